/**
 * `readability`: metadata accuracy on Mozilla Readability's test pages (title, byline, published date).
 * Each field is scored only on cases whose expected-metadata.json has a non-empty value for it.
 *
 * Normalisation before comparing (both sides): Unicode NFKC; curly quotes → straight quotes;
 * en/em dashes and minus → "-"; whitespace runs → one space; trimmed; lower-cased. Bylines also lose
 * a leading "by " and a trailing comma/period. Dates match when the first YYYY-MM-DD of each string
 * is the same (a time suffix does not count), or when both carry a time with a zone and denote the
 * same instant ("2017-02-23T17:18:13-08:00" = "2017-02-24T01:18:13Z").
 * The peer is plain Readability on linkedom; the expected values are Readability's own reviewed output,
 * so its figure is close to 1 by construction and shown only for reference.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractDocument } from "../../extract/index.js";
import { loadReadabilityCases, type ReadabilityCase } from "../loaders/readability.js";
import { round } from "../metrics.js";
import type { Metrics, Suite } from "../types.js";

export function normaliseText(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2012-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function normaliseByline(s: string | null | undefined): string {
  return normaliseText(s)
    .replace(/^by:?\s+/, "")
    .replace(/[,.]$/, "")
    .trim();
}

export function normaliseDate(s: string | null | undefined): string {
  return /\d{4}-\d{2}-\d{2}/.exec(s ?? "")?.[0] ?? "";
}

const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export function sameDate(gold: string | null, got: string | null): boolean {
  if (normaliseDate(gold) === normaliseDate(got)) return true;
  const [g, p] = [(gold ?? "").trim(), (got ?? "").trim()];
  return ZONED_TIME.test(g) && ZONED_TIME.test(p) && Date.parse(g) === Date.parse(p);
}

interface Prediction {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

function scoreAll(cases: ReadabilityCase[], preds: Prediction[], misses?: string[]): Metrics {
  const acc: Record<"title" | "byline" | "date", { ok: number; n: number }> = {
    title: { ok: 0, n: 0 },
    byline: { ok: 0, n: 0 },
    date: { ok: 0, n: 0 },
  };
  cases.forEach((c, i) => {
    const p = preds[i] as Prediction;
    const check = (
      key: keyof typeof acc,
      gold: string | null,
      got: string | null,
      same: (a: string | null, b: string | null) => boolean,
    ) => {
      if (gold === null) return;
      acc[key].n++;
      if (same(gold, got)) acc[key].ok++;
      else misses?.push(`${key} ${c.name}: gold=${JSON.stringify(gold)} got=${JSON.stringify(got)}`);
    };
    check("title", c.title, p.title, (a, b) => normaliseText(a) === normaliseText(b));
    check("byline", c.byline, p.byline, (a, b) => normaliseByline(a) === normaliseByline(b));
    check("date", c.publishedTime, p.publishedAt, sameDate);
  });
  const rate = ({ ok, n }: { ok: number; n: number }) => round(n ? ok / n : 0);
  return { title: rate(acc.title), byline: rate(acc.byline), published_date: rate(acc.date) };
}

function ours(c: ReadabilityCase): Prediction {
  try {
    const d = extractDocument({ id: c.name, html: c.html });
    return { title: d.title, byline: d.byline, publishedAt: d.publishedAt };
  } catch {
    return { title: null, byline: null, publishedAt: null };
  }
}

function peer(c: ReadabilityCase): Prediction {
  try {
    const a = new Readability(parseHTML(c.html).document as unknown as Document).parse();
    return { title: a?.title ?? null, byline: a?.byline ?? null, publishedAt: a?.publishedTime ?? null };
  } catch {
    return { title: null, byline: null, publishedAt: null };
  }
}

export const suite: Suite = {
  name: "readability",
  description: "Title, byline and published-date accuracy on Mozilla Readability's test pages",
  defaultData: "extraction-readability",
  gated: ["title", "byline", "published_date"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const cases = loadReadabilityCases(dataDir, options.limit);
    const misses: string[] = [];
    const metrics = scoreAll(cases, cases.map(ours), misses);
    if (process.env.ENTENTE_EVAL_DEBUG) for (const m of misses) process.stderr.write(`${m}\n`);
    return {
      suite: "readability",
      data: `extraction-readability (${cases.length} cases)`,
      split: options.split ?? "all",
      metrics,
      peers: { "readability+linkedom": scoreAll(cases, cases.map(peer)) },
      counts: {
        cases: cases.length,
        title: cases.filter((c) => c.title).length,
        byline: cases.filter((c) => c.byline).length,
        published_date: cases.filter((c) => c.publishedTime).length,
      },
      notes: ["gold is Readability's own reviewed output, so the peer's figures are near 1 by construction"],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
