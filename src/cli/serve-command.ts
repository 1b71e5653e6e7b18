/** `entente serve`: open the store and serve the JSON API and the web app. */
import { EntenteError } from "../contract/errors.js";
import { createApp } from "../server/app.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../server/serve.js";
import { DEFAULT_WEB_DIR, webDirExists } from "../server/static.js";
import { warmUp } from "../server/warm.js";
import { ensureWebBuilt } from "../server/web-build.js";
import { DEFAULT_DB_PATH, open } from "../store/index.js";

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new EntenteError("E_ARGS", `--port must be a number from 0 to 65535, not "${value}"`);
  return n;
}

export async function runServeCommand(
  opts: ServeOptions,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<string> {
  const port = parsePort(opts.port);
  const store = open(opts.db ?? DEFAULT_DB_PATH);
  try {
    await ensureWebBuilt(log);
  } catch (e) {
    // vite is a dev dependency: an installed package ships the built app instead
    log(`entente: could not build the web app (${(e as Error).message})`);
  }
  if (!webDirExists(DEFAULT_WEB_DIR)) log("entente: the web app is not built; serving the API only (run `npm run build:web`)");
  warmUp(store);
  const app = createApp({ store, webDir: DEFAULT_WEB_DIR });
  const server = await startServer(app, port, opts.host ?? DEFAULT_HOST);
  const stop = () => {
    void server.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const stats = store.stats();
  log(`entente: ${stats.articles} articles, ${stats.events} events in ${opts.db ?? DEFAULT_DB_PATH}`);
  process.stdout.write(`entente explorer: ${server.url}\n`);
  return server.url;
}
