/**
 * `npm start`: build the web app if needed, ingest the bundled Voice of America corpus when the store is
 * empty, then serve the explorer and print its URL.
 * Options: --db PATH (default ./entente.db), --port N (default 8787), --host ADDR.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parsePort } from "../src/cli/serve-command.js";
import { toErrorInfo } from "../src/contract/errors.js";
import { ingest } from "../src/corpus/ingest.js";
import { createApp } from "../src/server/app.js";
import { DEFAULT_HOST, startServer } from "../src/server/serve.js";
import { DEFAULT_WEB_DIR } from "../src/server/static.js";
import { warmUp } from "../src/server/warm.js";
import { ensureWebBuilt } from "../src/server/web-build.js";
import { DEFAULT_DB_PATH, open } from "../src/store/index.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const BUNDLED_CORPUS = join(ROOT, "examples/voa/voa-stories.jsonl");
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: "string" }, port: { type: "string" }, host: { type: "string" } } });
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const t0 = Date.now();
  await ensureWebBuilt(log);
  const dbPath = values.db ?? process.env.ENTENTE_DB ?? DEFAULT_DB_PATH;
  const store = open(dbPath);
  if (store.stats().articles === 0) {
    log(`the store ${dbPath} is empty: ingesting the bundled Voice of America stories (public domain)…`);
    const summary = await ingest([BUNDLED_CORPUS], { db: store, progress: process.stderr });
    log(`ingested ${summary.added} articles in ${summary.seconds.toFixed(1)} s (${summary.failed} failed)`);
  }
  warmUp(store);
  const app = createApp({ store, webDir: DEFAULT_WEB_DIR });
  const server = await startServer(app, parsePort(values.port ?? process.env.PORT), values.host ?? DEFAULT_HOST);
  const stats = store.stats();
  log(
    `${stats.articles} articles, ${stats.events} events, ${stats.attributions} quotes; ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  process.stdout.write(`entente explorer: ${server.url}\n`);
  const stop = () => {
    void server.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e) => {
  const { code, message } = toErrorInfo(e);
  process.stderr.write(`entente: ${code}: ${message}\n`);
  process.exit(1);
});
