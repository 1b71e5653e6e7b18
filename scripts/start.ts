/**
 * `npm start`: ingest the bundled Voice of America corpus when the store is empty, then do what
 * `entente serve` does (build the web app if needed, serve the explorer, print its URL).
 * Options: --db PATH (default ./entente.db), --port N (default 8787), --host ADDR.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parsePort, runServeCommand } from "../src/cli/serve-command.js";
import { toErrorInfo } from "../src/contract/errors.js";
import { ingest } from "../src/corpus/ingest.js";
import { DEFAULT_DB_PATH, open } from "../src/store/index.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const BUNDLED_CORPUS = join(ROOT, "examples/voa/voa-stories.jsonl");
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: "string" }, port: { type: "string" }, host: { type: "string" } } });
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const t0 = Date.now();
  const dbPath = values.db ?? process.env.ENTENTE_DB ?? DEFAULT_DB_PATH;
  const port = values.port ?? process.env.PORT;
  parsePort(port); // a bad --port fails before the ingest, not after it
  const store = open(dbPath);
  try {
    if (store.stats().articles === 0) {
      log(`the store ${dbPath} is empty: ingesting the bundled Voice of America stories (public domain)…`);
      const summary = await ingest([BUNDLED_CORPUS], { db: store, progress: process.stderr });
      log(`ingested ${summary.added} articles in ${summary.seconds.toFixed(1)} s (${summary.failed} failed)`);
    }
  } finally {
    store.close();
  }
  await runServeCommand({ db: dbPath, port, host: values.host }, log);
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  const { code, message } = toErrorInfo(e);
  process.stderr.write(`entente: ${code}: ${message}\n`);
  process.exit(1);
});
