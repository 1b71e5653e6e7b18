/**
 * `polnear`: attribution (source, cue, content) on PolNeAR v1.0.0 (brat standoff, see loaders/brat.ts).
 * Gold: per article, the annotator file whose suffix sorts first. Default split: dev.
 *
 * The article text is fed as it is (paragraphs split at blank lines, no whitespace
 * normalisation), through nlp and the attribution stage, so offsets align with gold.
 *
 * Items. A gold item is one E line; each role is a list of fragments (discontinuous spans).
 * Our attributions that share the same cue span are merged into one item (a quote split by its
 * attribution, "“A,” said X. “B”", is one gold attribution with two content fragments; we emit
 * one attribution per fragment with the same cue). A role is scored only on items that have it
 * (gold items without a Source and our items with a null source are left out of source scores).
 *
 * Peer: where an article has a second annotator, that annotator's attributions scored against the
 * first's with the same metrics (human agreement, on those articles only).
 *
 * Metrics, each a P/R/F1 over one-to-one matchings:
 *  - `<role>_overlap_f1`: gold and predicted items match when their fragments share at least one
 *    character; pairs are taken greedily by largest shared character count (as matchOverlap).
 *  - `<role>_exact_f1`: items match when their fragment lists are equal after joining fragments
 *    separated only by whitespace and trimming each fragment of whitespace, quote marks and edge
 *    punctuation (, . ; :), empty fragments dropped.
 *  - `joint_f1`: an attribution counts when its content overlaps a gold attribution's content and
 *    its source overlaps that same gold attribution's source (gold without a source: content
 *    overlap alone); one-to-one, greedy by content overlap.
 */

import type { Attribution } from "../../contract/analysis.js";
import { analyzeDocument, documentFromText } from "../../pipeline/analyze.js";
import { type BratArticle, type Fragment, type GoldAttribution, loadBratSplit } from "../loaders/brat.js";
import { type Prf, prf, round } from "../metrics.js";
import type { Metrics, Suite } from "../types.js";

type Role = "content" | "source" | "cue";
const ROLES: Role[] = ["content", "source", "cue"];
type Item = Record<Role, Fragment[]>;

const TRIM_CHARS = /[\s"'“”‘’«»,.;:]/;

/**
 * Runs nlp and the attribution stage on the raw text (offsets unchanged). Entities are left
 * empty: no metric here reads source.entityId, and speaker spans never depend on entities.
 */
export function analyzeRaw(id: string, text: string): Attribution[] {
  return analyzeDocument(id, documentFromText(text), { only: ["attribution"] }).attributions;
}

/** Our attributions as items: those sharing a cue span merge into one. */
export function predictedItems(attributions: Attribution[]): Item[] {
  const byCue = new Map<string, Item>();
  const out: Item[] = [];
  for (const a of attributions) {
    const key = a.cue ? `${a.cue.start}:${a.cue.end}` : null;
    let item = key ? byCue.get(key) : undefined;
    if (!item) {
      item = {
        content: [],
        source: a.source ? [{ start: a.source.start, end: a.source.end }] : [],
        cue: a.cue ? [{ start: a.cue.start, end: a.cue.end }] : [],
      };
      out.push(item);
      if (key) byCue.set(key, item);
    }
    item.content.push({ start: a.content.start, end: a.content.end });
  }
  for (const item of out) item.content.sort((x, y) => x.start - y.start);
  return out;
}

function sharedChars(a: Fragment[], b: Fragment[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** One-to-one greedy matching by shared characters; `ok` can veto a pair. */
function matchItems(gold: Fragment[][], pred: Fragment[][], ok: (g: number, p: number) => boolean = () => true): number {
  const cands: Array<[number, number, number]> = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < pred.length; j++) {
      const ov = sharedChars(gold[i] as Fragment[], pred[j] as Fragment[]);
      if (ov > 0 && ok(i, j)) cands.push([ov, i, j]);
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
  }
  return usedG.size;
}

/** Fragments separated only by whitespace are one span (the annotation tool splits at line breaks). */
function joinFragments(text: string, frags: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of [...frags].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && f.start >= last.end && text.slice(last.end, f.start).trim() === "") last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

function exactKey(text: string, frags: Fragment[]): string {
  const parts: string[] = [];
  for (const f of joinFragments(text, frags)) {
    let s = f.start;
    let e = f.end;
    while (s < e && TRIM_CHARS.test(text[s] as string)) s++;
    while (e > s && TRIM_CHARS.test(text[e - 1] as string)) e--;
    if (e > s) parts.push(`${s}-${e}`);
  }
  return parts.join("|");
}

function exactMatches(text: string, gold: Fragment[][], pred: Fragment[][]): number {
  const g = new Map<string, number>();
  for (const f of gold) {
    const k = exactKey(text, f);
    g.set(k, (g.get(k) ?? 0) + 1);
  }
  let tp = 0;
  for (const f of pred) {
    const k = exactKey(text, f);
    const n = g.get(k) ?? 0;
    if (n > 0) {
      tp++;
      g.set(k, n - 1);
    }
  }
  return tp;
}

interface Counts {
  tp: number;
  gold: number;
  pred: number;
}
const zero = (): Counts => ({ tp: 0, gold: 0, pred: 0 });
const toPrf = (c: Counts): Prf => prf(c.tp, c.pred - c.tp, c.gold - c.tp);

export interface PolnearScores {
  overlap: Record<Role, Counts>;
  exact: Record<Role, Counts>;
  joint: Counts;
}

export function emptyScores(): PolnearScores {
  return {
    overlap: { content: zero(), source: zero(), cue: zero() },
    exact: { content: zero(), source: zero(), cue: zero() },
    joint: zero(),
  };
}

/** Adds one article's counts to `into`. */
export function scoreArticle(text: string, gold: GoldAttribution[], pred: Item[], into: PolnearScores): void {
  for (const role of ROLES) {
    const g = gold.map((x) => x[role]).filter((f) => f.length > 0);
    const p = pred.map((x) => x[role]).filter((f) => f.length > 0);
    for (const c of [into.overlap[role], into.exact[role]]) {
      c.gold += g.length;
      c.pred += p.length;
    }
    into.overlap[role].tp += matchItems(g, p);
    into.exact[role].tp += exactMatches(text, g, p);
  }
  const gc = gold.filter((x) => x.content.length > 0);
  into.joint.gold += gc.length;
  into.joint.pred += pred.length;
  into.joint.tp += matchItems(
    gc.map((x) => x.content),
    pred.map((x) => x.content),
    (i, j) => {
      const gs = (gc[i] as GoldAttribution).source;
      return gs.length === 0 || sharedChars(gs, (pred[j] as Item).source) > 0;
    },
  );
}

export function polnearMetrics(s: PolnearScores): Metrics {
  const m: Metrics = {};
  for (const role of ROLES) {
    const o = toPrf(s.overlap[role]);
    const e = toPrf(s.exact[role]);
    m[`${role}_overlap_f1`] = round(o.f1);
    m[`${role}_overlap_p`] = round(o.precision);
    m[`${role}_overlap_r`] = round(o.recall);
    m[`${role}_exact_f1`] = round(e.f1);
  }
  const j = toPrf(s.joint);
  m.joint_f1 = round(j.f1);
  m.joint_p = round(j.precision);
  m.joint_r = round(j.recall);
  return m;
}

const overlapping = (a: Fragment[], b: Fragment[]) => sharedChars(a, b) > 0;

/** Where a predicted content edge lies against gold's after trimming: "ok", "earlier" or "later". */
function edge(text: string, gold: number, pred: number): string {
  const between = text.slice(Math.min(gold, pred), Math.max(gold, pred));
  if (between.split("").every((ch) => TRIM_CHARS.test(ch))) return "ok";
  return pred < gold ? "earlier" : "later";
}

/**
 * ENTENTE_EVAL_DEBUG: one stderr line per miss, to group them (scoring unchanged): a gold item
 * whose cue no prediction overlaps (MISS), a matched cue whose content is not an exact match
 * (BOUND, with which edge is off and which way), a wrong or missing source (SOURCE), a predicted
 * cue that overlaps no gold cue (FP). Category counts are added to `counts`.
 */
function debugArticle(a: BratArticle, pred: Item[], counts: Map<string, number>): void {
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const say = (f: Fragment[]) =>
    f
      .map((x) => a.text.slice(x.start, x.end))
      .join(" … ")
      .replace(/\s+/g, " ")
      .slice(0, 140);
  for (const g of a.attributions) {
    const p = pred.find((x) => overlapping(x.cue, g.cue));
    if (!p) {
      bump("MISS");
      process.stderr.write(`MISS ${a.id} cue=${say(g.cue)} | ${say(g.content)}\n`);
      continue;
    }
    if (exactKey(a.text, g.content) !== exactKey(a.text, p.content) && g.content.length > 0 && p.content.length > 0) {
      const gs = Math.min(...g.content.map((f) => f.start));
      const ge = Math.max(...g.content.map((f) => f.end));
      const kind = `BOUND start=${edge(a.text, gs, (p.content[0] as Fragment).start)} end=${edge(a.text, ge, Math.max(...p.content.map((f) => f.end)))}`;
      bump(kind);
      process.stderr.write(`${kind} ${a.id} cue=${say(g.cue)}\n  gold: ${say(g.content)}\n  ours: ${say(p.content)}\n`);
    }
    if (g.source.length > 0 && !overlapping(g.source, p.source)) {
      const kind = `SOURCE ${p.source.length > 0 ? "wrong" : "none"}`;
      bump(kind);
      process.stderr.write(`${kind} ${a.id} cue=${say(g.cue)} gold=${say(g.source)} ours=${say(p.source)}\n`);
    }
  }
  for (const p of pred) {
    if (a.attributions.some((g) => overlapping(p.cue, g.cue))) continue;
    bump("FP");
    process.stderr.write(`FP ${a.id} cue=${say(p.cue)} | ${say(p.content)}\n`);
  }
}

function scoreArticles(articles: BratArticle[]): { scores: PolnearScores; ms: number } {
  const scores = emptyScores();
  const debug = process.env.ENTENTE_EVAL_DEBUG ? new Map<string, number>() : null;
  let ms = 0;
  for (const a of articles) {
    const t = performance.now();
    const ours = analyzeRaw(a.id, a.text);
    ms += performance.now() - t;
    const items = predictedItems(ours);
    scoreArticle(a.text, a.attributions, items, scores);
    if (debug) debugArticle(a, items, debug);
  }
  if (debug) for (const [k, n] of [...debug].sort((x, y) => y[1] - x[1])) process.stderr.write(`count ${n} ${k}\n`);
  return { scores, ms };
}

export const suite: Suite = {
  name: "polnear",
  description: "Attribution source/cue/content, PolNeAR (overlap and exact span F1, joint F1)",
  defaultData: "attribution-polnear",
  gated: ["content_overlap_f1", "source_overlap_f1", "cue_overlap_f1", "content_exact_f1", "joint_f1"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const split = options.split ?? "dev";
    const articles = loadBratSplit(dataDir, split, options.limit);
    const { scores, ms } = scoreArticles(articles);
    // Human agreement: a second annotator scored against the first, where an article has two.
    const agreement = emptyScores();
    const doubly = articles.filter((a) => a.alternates.length > 0);
    for (const a of doubly) scoreArticle(a.text, a.attributions, a.alternates[0] as GoldAttribution[], agreement);
    const gold = articles.reduce((n, a) => n + a.attributions.length, 0);
    return {
      suite: "polnear",
      data: `attribution-polnear ${split} (${articles.length} articles)`,
      split,
      metrics: polnearMetrics(scores),
      peers: doubly.length > 0 ? { [`second annotator (${doubly.length} articles)`]: polnearMetrics(agreement) } : {},
      counts: { articles: articles.length, gold_attributions: gold, predicted_items: scores.joint.pred },
      notes: [
        "gold: one annotator per article (the .ann whose annotator suffix sorts first)",
        `nlp + attribution: ${(ms / articles.length).toFixed(1)} ms/article (use \`entente bench\` for stage speed)`,
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
