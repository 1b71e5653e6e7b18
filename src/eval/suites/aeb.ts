/**
 * `aeb`: article body extraction on the Article Extraction Benchmark (181 pages upstream, 127 here).
 *
 * Metric, exactly as upstream evaluate.py (string_shingle_matching + metrics_from_tp_fp_fns):
 *  - tokens are the matches of Python's `\w+` with Unicode semantics: runs of letters (L*),
 *    numbers (N*) and "_" (Python's \w does not match combining marks, so neither do we);
 *    tokens are case-sensitive;
 *  - shingles are the 4-grams of consecutive tokens, as a multiset; a text of fewer than 4 tokens
 *    yields one shingle of all its tokens, an empty text none;
 *  - per page: tp = Σ min(gold, pred), fp = Σ max(0, pred − gold), fn = Σ max(0, gold − pred) over
 *    shingles, then (tp, fp, fn) divided by their sum so that each page weighs the same;
 *  - precision is the mean over pages with tp + fp > 0, recall the mean over pages with tp + fn > 0
 *    (a page with fp = fn = 0 scores 1 for both), and F1 is the harmonic mean of those two means.
 * The peer is plain @mozilla/readability on linkedom, scored on its `textContent`.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractDocument } from "../../extract/index.js";
import { type AebPage, loadAeb } from "../loaders/aeb.js";
import { f1Of, round } from "../metrics.js";
import type { Metrics, Suite } from "../types.js";

const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - NGRAM + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + NGRAM);
    if (gram.length === 0) continue;
    const key = gram.join("\u0001");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export type TpFpFn = [number, number, number];

/** Normalised (tp, fp, fn) of one page. */
export function shingleMatch(gold: string, pred: string): TpFpFn {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export function aebMetrics(pages: TpFpFn[]): Metrics {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const [tp, fp, fn] of pages) {
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) ps.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(perfect ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { f1: round(f1Of(precision, recall)), precision: round(precision), recall: round(recall) };
}

function ourBody(page: AebPage): string {
  try {
    return extractDocument({ id: page.id, bytes: page.bytes, url: page.url, contentType: "text/html" }).text;
  } catch {
    return "";
  }
}

function readabilityBody(page: AebPage): string {
  try {
    const { document } = parseHTML(new TextDecoder("utf-8").decode(page.bytes));
    return new Readability(document as unknown as Document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

export const suite: Suite = {
  name: "aeb",
  description: "Article body extraction, Article Extraction Benchmark (4-gram shingle P/R/F1)",
  defaultData: "extraction-aeb",
  gated: ["f1"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const pages = loadAeb(dataDir, options.limit);
    const ours: TpFpFn[] = [];
    const peer: TpFpFn[] = [];
    let ourMs = 0;
    let peerMs = 0;
    const worst: Array<[number, string]> = [];
    for (const page of pages) {
      let t = performance.now();
      const body = ourBody(page);
      ourMs += performance.now() - t;
      t = performance.now();
      const rBody = readabilityBody(page);
      peerMs += performance.now() - t;
      const m = shingleMatch(page.body, body);
      ours.push(m);
      peer.push(shingleMatch(page.body, rBody));
      worst.push([m[0], page.id.slice(0, 12)]);
    }
    if (process.env.ENTENTE_EVAL_DEBUG) {
      worst.sort((a, b) => a[0] - b[0]);
      for (const [s, id] of worst.slice(0, 25)) process.stderr.write(`${s.toFixed(3)} ${id}\n`);
    }
    return {
      suite: "aeb",
      data: `extraction-aeb (${pages.length} pages)`,
      split: options.split ?? "all",
      metrics: aebMetrics(ours),
      peers: { "readability+linkedom": aebMetrics(peer) },
      counts: { pages: pages.length },
      notes: [
        `extraction time: entente ${(ourMs / pages.length).toFixed(1)} ms/page, readability+linkedom ${(peerMs / pages.length).toFixed(1)} ms/page (use \`entente bench\` for speed figures)`,
        "peer decodes page bytes as UTF-8 and is scored on Readability's textContent",
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
