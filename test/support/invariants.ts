/**
 * The evidence invariant, asserted on every fixture output: every object in an Analysis that has
 * numeric start/end is a valid [start, end) range into document.text, and where it carries `text`,
 * `text === document.text.slice(start, end)`. Also validates the Analysis against the zod contract.
 */
import assert from "node:assert/strict";
import { Analysis } from "../../src/contract/analysis.js";

export function collectSpans(value: unknown, path = "$", out: Array<{ path: string; start: number; end: number; text?: string }> = []) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectSpans(value[i], `${path}[${i}]`, out);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number") {
      out.push({ path, start: o.start, end: o.end, text: typeof o.text === "string" ? o.text : undefined });
    }
    for (const [k, v] of Object.entries(o)) if (k !== "document") collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}

export function assertValidAnalysis(a: unknown): void {
  const parsed = Analysis.safeParse(a);
  assert.ok(parsed.success, `Analysis does not match the contract: ${parsed.success ? "" : parsed.error.message}`);
  const analysis = parsed.data;
  const text = analysis.document.text;
  const spans = collectSpans(analysis);
  for (const p of analysis.document.paragraphs) spans.push({ path: "$.document.paragraphs", start: p.start, end: p.end });
  for (const s of spans) {
    assert.ok(
      s.start >= 0 && s.start <= s.end && s.end <= text.length,
      `${s.path}: [${s.start}, ${s.end}) outside text of length ${text.length}`,
    );
    if (s.text !== undefined)
      assert.equal(s.text, text.slice(s.start, s.end), `${s.path}: text differs from document.text.slice(start, end)`);
  }
}
