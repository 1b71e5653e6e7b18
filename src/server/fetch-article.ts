/** Fetching one article page for POST /api/analyze {url}: http(s) only, bounded in time and size. */
import type { RawInput } from "../acquire/raw-input.js";
import { EntenteError } from "../contract/errors.js";

/** A news page is well under this; larger bodies are refused instead of buffered. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** Slow servers should not hold a request open indefinitely. */
export const FETCH_TIMEOUT_MS = 15_000;

export async function fetchArticle(url: string, fetchImpl: typeof fetch = fetch): Promise<RawInput> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EntenteError("E_INPUT", `not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new EntenteError("E_UNSUPPORTED", `only http and https URLs can be fetched, not ${parsed.protocol}`);
  }
  let response: Response;
  try {
    response = await fetchImpl(parsed, { redirect: "follow", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    throw new EntenteError("E_FETCH", `cannot fetch ${parsed.href}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new EntenteError("E_FETCH", `${parsed.href} answered HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_FETCH_BYTES)
    throw new EntenteError("E_TOO_LARGE", `${parsed.href} is ${declared} bytes; the limit is ${MAX_FETCH_BYTES}`);
  const bytes = await readBounded(response, parsed.href);
  return { id: parsed.href, bytes, url: response.url || parsed.href, contentType: response.headers.get("content-type") };
}

async function readBounded(response: Response, href: string): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FETCH_BYTES) {
      await reader.cancel();
      throw new EntenteError("E_TOO_LARGE", `${href} is larger than ${MAX_FETCH_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
