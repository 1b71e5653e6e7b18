/** The explorer's HTTP app: JSON API under /api, OpenAPI at /api/openapi.json, the built web app elsewhere. */
import { Hono } from "hono";
import type { Store } from "../store/index.js";
import { ApiRouter } from "./api.js";
import { HttpError, respondWithError } from "./errors.js";
import { type ArticleFetcher, fetchArticle } from "./fetch-article.js";
import { buildOpenApi } from "./openapi.js";
import { analyzeBodyLimit, registerAnalyze } from "./routes/analyze.js";
import { registerCorpusRoutes } from "./routes/corpus.js";
import { registerExports } from "./routes/exports.js";
import { staticHandler, webDirExists } from "./static.js";

export const API_VERSION = "1.0.0";

export interface AppOptions {
  /** The store the read routes query; without one they answer 503 E_NO_STORE (analyze still works). */
  store?: Store | null;
  /** Folder holding the built web app (index.html + assets); null serves the API only. */
  webDir?: string | null;
  /** Used by POST /api/analyze {url}; injectable so tests need no network. */
  fetchArticle?: ArticleFetcher;
}

export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono();
  app.onError(respondWithError);
  app.use("/api/analyze", analyzeBodyLimit);

  const getStore = (): Store => {
    if (!options.store) throw new HttpError(503, "E_NO_STORE", "no store is open: start the server with --db PATH");
    return options.store;
  };
  const api = new ApiRouter(app);
  registerAnalyze(api, options.fetchArticle ?? fetchArticle);
  registerCorpusRoutes(api, getStore);
  registerExports(api, getStore);

  const openapi = buildOpenApi(api.docs, API_VERSION);
  app.get("/api/openapi.json", (c) => c.json(openapi));
  app.all("/api/*", (c) => {
    throw new HttpError(404, "E_NOT_FOUND", `no API route ${c.req.method} ${c.req.path}`);
  });

  const webDir = options.webDir ?? null;
  if (webDir && webDirExists(webDir)) app.get("*", staticHandler(webDir));
  else app.get("*", (c) => c.text("entente API is running; the web app is not built (run `npm run build:web`).", 404));
  return app;
}
