/** The idempotence key of an input: its raw bytes (and publication date) hashed. */
import { createHash } from "node:crypto";
import type { RawInput } from "../acquire/raw-input.js";

/** The bytes an input was given as (text and HTML as UTF-8). */
export function rawBytes(input: RawInput): Uint8Array {
  if (input.text !== undefined) return Buffer.from(input.text, "utf8");
  if (input.html !== undefined) return Buffer.from(input.html, "utf8");
  return input.bytes ?? new Uint8Array();
}

export function contentHash(input: RawInput): { hash: string; raw: Uint8Array; contentType: string | null } {
  const raw = rawBytes(input);
  const h = createHash("sha256");
  h.update(raw);
  // the same bytes published under another date are another input (the date anchors relative times)
  h.update(`\u0000${input.publishedAt ?? ""}`);
  return { hash: h.digest("hex"), raw, contentType: input.contentType ?? (input.html !== undefined ? "text/html" : "text/plain") };
}
