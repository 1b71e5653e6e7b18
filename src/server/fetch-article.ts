/**
 * Fetching one article page for POST /api/analyze {url} with the project's polite fetcher: http(s)
 * only, loopback and private addresses refused, robots.txt obeyed, bounded in time and size.
 */
import { Fetcher } from "../acquire/fetch.js";
import type { RawInput } from "../acquire/raw-input.js";

export type ArticleFetcher = (url: string) => Promise<RawInput>;

/** A news page is well under this; larger bodies are refused instead of buffered. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;

let shared: Fetcher | null = null;

export const fetchArticle: ArticleFetcher = async (url) => {
  shared ??= new Fetcher({ maxBytes: MAX_FETCH_BYTES });
  const page = await shared.fetch(url, "article");
  return { id: page.url, bytes: page.body, url: page.url, contentType: page.contentType };
};
