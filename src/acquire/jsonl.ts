/** JSONL batch input: one `{"id", "text"}` or `{"id", "html", "url"?}` object per line. */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { EntenteError } from "../contract/errors.js";
import type { RawInput } from "./raw-input.js";

export type JsonlRecord = { ok: true; input: RawInput } | { ok: false; id: string | null; error: EntenteError };

const optionalString = (v: unknown): v is string | undefined | null => v === undefined || v === null || typeof v === "string";

/** Parse one JSONL line; never throws. `lineNo` names lines that carry no id. */
export function parseJsonlLine(line: string, lineNo: number): JsonlRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: null, error: new EntenteError("E_INPUT", `line ${lineNo}: not valid JSON (${(e as Error).message})`) };
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    return { ok: false, id: null, error: new EntenteError("E_INPUT", `line ${lineNo}: expected a JSON object`) };
  }
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : null;
  const fail = (msg: string): JsonlRecord => ({ ok: false, id, error: new EntenteError("E_INPUT", `line ${lineNo}: ${msg}`) });
  if (id === null) return fail('missing "id" (string or number)');
  const hasText = typeof o.text === "string";
  const hasHtml = typeof o.html === "string";
  if (!hasText && !hasHtml) return fail('needs a "text" or "html" string');
  if (!optionalString(o.url)) return fail('"url" must be a string');
  if (!optionalString(o.publishedAt)) return fail('"publishedAt" must be a string');
  if (typeof o.publishedAt === "string" && !isIsoDate(o.publishedAt)) return fail('"publishedAt" must be YYYY-MM-DD or ISO 8601');
  const input: RawInput = { id, url: (o.url as string | undefined) ?? null, publishedAt: (o.publishedAt as string | undefined) ?? null };
  if (hasHtml) input.html = o.html as string;
  else input.text = o.text as string;
  return { ok: true, input };
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10)));
}

/** Stream records from a readable, one per non-blank line, in order, with constant memory. */
export async function* readJsonl(stream: Readable): AsyncGenerator<JsonlRecord> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === "") continue;
    yield parseJsonlLine(line, lineNo);
  }
}
