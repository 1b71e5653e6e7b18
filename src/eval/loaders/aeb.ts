/**
 * Loader for the Article Extraction Benchmark (scrapinghub/article-extraction-benchmark):
 * ground-truth.json maps a page id to {articleBody, url}; html/<id>.html.gz holds the page bytes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { EntenteError } from "../../contract/errors.js";

export interface AebPage {
  id: string;
  url: string | null;
  /** Undecoded page bytes (charset detection is part of what is measured). */
  bytes: Uint8Array;
  /** Gold article body. */
  body: string;
}

export function loadAeb(dir: string, limit?: number): AebPage[] {
  const gtPath = join(dir, "ground-truth.json");
  if (!existsSync(gtPath)) throw new EntenteError("E_DATA", `no ground-truth.json in ${dir}`);
  const gt = JSON.parse(readFileSync(gtPath, "utf8")) as Record<string, { articleBody?: string; url?: string }>;
  const pages: AebPage[] = [];
  for (const id of Object.keys(gt).sort()) {
    if (limit !== undefined && pages.length >= limit) break;
    const file = join(dir, "html", `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const entry = gt[id] ?? {};
    pages.push({ id, url: entry.url ?? null, bytes: gunzipSync(readFileSync(file)), body: entry.articleBody ?? "" });
  }
  if (pages.length === 0) throw new EntenteError("E_DATA", `no pages found under ${dir}/html`);
  return pages;
}
