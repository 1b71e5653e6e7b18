/** One article from a URL (for `entente analyze URL`): fetched politely, decoded with its charset. */
import { Fetcher, type FetchOptions } from "./fetch.js";
import type { RawInput } from "./raw-input.js";
import { pageInput } from "./sources.js";

export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<RawInput> {
  const fetcher = new Fetcher({ hostDelayMs: 0, ...opts });
  try {
    return pageInput(url, await fetcher.fetch(url, "article"));
  } finally {
    await fetcher.close();
  }
}
