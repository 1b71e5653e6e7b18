/**
 * Loader for Mozilla Readability's test pages: test-pages/<case>/{source.html, expected-metadata.json}.
 * Only the metadata is used here (title, byline, publishedTime); expected.html is Readability's own output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EntenteError } from "../../contract/errors.js";

export interface ReadabilityCase {
  name: string;
  html: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

const nonEmpty = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export function loadReadabilityCases(dir: string, limit?: number): ReadabilityCase[] {
  if (!existsSync(dir)) throw new EntenteError("E_DATA", `no readability test pages at ${dir}`);
  const cases: ReadabilityCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (limit !== undefined && cases.length >= limit) break;
    const src = join(dir, name, "source.html");
    const meta = join(dir, name, "expected-metadata.json");
    if (!existsSync(src) || !existsSync(meta)) continue;
    const m = JSON.parse(readFileSync(meta, "utf8")) as Record<string, unknown>;
    cases.push({
      name,
      html: readFileSync(src, "utf8"),
      title: nonEmpty(m.title),
      byline: nonEmpty(m.byline),
      publishedTime: nonEmpty(m.publishedTime),
    });
  }
  if (cases.length === 0) throw new EntenteError("E_DATA", `no test cases found under ${dir}`);
  return cases;
}
