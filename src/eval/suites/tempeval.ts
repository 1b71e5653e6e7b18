/**
 * `tempeval`: TempEval-3 task A (time expression extraction and normalisation) on TimeML.
 *
 * Data: TBAQ-cleaned (TimeBank 1.2 + AQUAINT, 256 documents). The held-out te3-platinum test set
 * is not in ../shared, so all of TBAQ is our dev split ("all"; "timebank" and "aquaint" select
 * one part), read in sorted path order. Each document's <TEXT> content, tags removed, is the
 * plain text we analyse, so our offsets are the TimeML offsets; the CREATION_TIME TIMEX3 (DCT)
 * is publishedAt. The time stage runs on the nlp layer of that text, exactly as in analyze().
 *
 * Metrics, as the TempEval-3 scorer defines them: one-to-one matching of extents; strict =
 * identical extent, relaxed = any overlap; P = matches / predicted, R = matches / gold. Attribute
 * F1 (value, type) = attribute accuracy over relaxed matches × relaxed F1 (equivalently P and R
 * counting only matches whose attribute is right). Values are compared after canonicalValue (two-
 * digit ISO week numbers), which the gold's "2000-W7" spelling needs. The peer is chrono-node
 * alone on the same text, scored the same way.
 */
import type { Time } from "../../contract/analysis.js";
import { analyzeDocument, documentFromText } from "../../pipeline/analyze.js";
import { chronoTimes } from "../../time/chrono-baseline.js";
import { loadTimeml, type TimemlDoc, type TimemlTimex } from "../loaders/timeml.js";
import { matchKeys, matchOverlap, prf, round } from "../metrics.js";
import type { Metrics, Suite } from "../types.js";

interface Tally {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

const emptyTally = (): Tally => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

function score(doc: TimemlDoc, predicted: Time[], tally: Tally, debug: string[] | null): void {
  const gold = doc.timexes;
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  tally.strict += matchKeys(
    gold.map((g) => `${g.start}:${g.end}`),
    predicted.map((p) => `${p.start}:${p.end}`),
  ).tp;
  const { pairs } = matchOverlap(gold, predicted);
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  for (const [gi, pi] of pairs) {
    const g = gold[gi] as TimemlTimex;
    const p = predicted[pi] as Time;
    matchedGold.add(gi);
    matchedPred.add(pi);
    tally.relaxed++;
    if (p.value !== null && canonicalValue(p.value) === canonicalValue(g.value)) tally.value++;
    else
      debug?.push(
        `VAL\t${valueMismatchCause(g, p)}\t${doc.dct}\t${g.text}\t${g.value}\t${p.text}\t${p.value}\t${g.type}\t${context(doc.text, g)}`,
      );
    if (p.type === g.type) tally.type++;
  }
  if (debug) {
    gold.forEach((g, i) => {
      if (!matchedGold.has(i)) debug.push(`FN\t${doc.dct}\t${g.text}\t${g.value}\t${g.type}\t${context(doc.text, g)}`);
    });
    predicted.forEach((p, i) => {
      if (!matchedPred.has(i)) debug.push(`FP\t${doc.dct}\t${p.text}\t${p.value}\t${p.type}\t${context(doc.text, p)}`);
    });
  }
}

/**
 * A TIMEX3 value in canonical ISO 8601 form, for comparison: week numbers have two digits
 * ("2000-W7" in a few TBAQ gold values is week 07). Only spelling is normalised, never meaning.
 */
export function canonicalValue(v: string): string {
  return v.replace(/-W(\d)(?=$|-)/, "-W0$1");
}

/** Clock part of day ("TNI") at the end of a value. */
const PART_OF_DAY = /T(MO|AF|EV|NI)$/;
/** A value written as a length ("P2Y", "PT3H"), as opposed to a point or a set. */
const isLength = (v: string): boolean => v.startsWith("P") && !v.endsWith("_REF");

/**
 * Why a matched value differs from the gold, for ENTENTE_EVAL_DEBUG: groups the mismatches so
 * a rule change can be aimed at the largest group (the score never depends on it).
 */
export function valueMismatchCause(g: { value: string }, p: { value: string | null }): string {
  const gv = g.value;
  const pv = p.value ?? "";
  if (!pv) return "unresolved";
  if (PART_OF_DAY.test(pv) !== PART_OF_DAY.test(gv) && pv.replace(PART_OF_DAY, "") === gv.replace(PART_OF_DAY, "")) return "part-of-day";
  if (gv.endsWith("_REF") || pv.endsWith("_REF")) return "ref-vs-other";
  if (isLength(gv) !== isLength(pv)) return "length-vs-point";
  if (isLength(gv)) return "length";
  if (/X/.test(gv) && !/X/.test(pv)) return "gold-underspecified";
  if (gv.includes("Q") || pv.includes("Q")) return "quarter";
  if (/W\d/.test(gv) || /W\d/.test(pv)) return "week";
  if (gv.slice(0, 4) !== pv.slice(0, 4)) return "year";
  if (gv.length !== pv.length) return "granularity";
  return "same-grain";
}

function context(text: string, s: { start: number; end: number }): string {
  return text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, " ");
}

/** Counts of the debug lines by kind (VAL, FN, FP) and value mismatches by cause. */
function debugSummary(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [kind, cause] = line.split("\t");
    const key = kind === "VAL" ? `VAL ${cause}` : (kind ?? "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `# ${k}: ${n}`)
    .join("\n");
}

function metricsOf(t: Tally): Metrics {
  const strict = prf(t.strict, t.predicted - t.strict, t.gold - t.strict);
  const relaxed = prf(t.relaxed, t.predicted - t.relaxed, t.gold - t.relaxed);
  const valueAcc = t.relaxed ? t.value / t.relaxed : 0;
  const typeAcc = t.relaxed ? t.type / t.relaxed : 0;
  return {
    relaxed_f1: round(relaxed.f1),
    relaxed_p: round(relaxed.precision),
    relaxed_r: round(relaxed.recall),
    strict_f1: round(strict.f1),
    strict_p: round(strict.precision),
    strict_r: round(strict.recall),
    value_f1: round(valueAcc * relaxed.f1),
    value_accuracy: round(valueAcc),
    type_f1: round(typeAcc * relaxed.f1),
    type_accuracy: round(typeAcc),
  };
}

/** Milliseconds spent in the nlp layer and in the time stage itself. */
const clock = { nlp: 0, time: 0 };

function ourTimes(doc: TimemlDoc): Time[] {
  const timings: Record<string, number> = {};
  const a = analyzeDocument(doc.id, { ...documentFromText(doc.text, doc.dct), paragraphs: [] }, { only: ["time"], timings });
  clock.nlp += timings.nlp ?? 0;
  clock.time += timings.time ?? 0;
  return a.times;
}

function selectSplit(docs: TimemlDoc[], split: string): TimemlDoc[] {
  if (split === "timebank") return docs.filter((d) => d.id.startsWith("TimeBank/"));
  if (split === "aquaint") return docs.filter((d) => d.id.startsWith("AQUAINT/"));
  return docs;
}

export const suite: Suite = {
  name: "tempeval",
  description: "TempEval-3 task A on TimeML (TBAQ-cleaned): TIMEX3 detection (strict/relaxed), value and type",
  defaultData: "time-tempeval3/TBAQ-cleaned",
  gated: ["relaxed_f1", "value_f1"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const split = options.split ?? "all";
    const docs = selectSplit(loadTimeml(dataDir), split).slice(0, options.limit);
    const debug = process.env.ENTENTE_EVAL_DEBUG ? ([] as string[]) : null;
    const ours = emptyTally();
    const peer = emptyTally();
    let peerMs = 0;
    clock.nlp = 0;
    clock.time = 0;
    for (const doc of docs) {
      const predicted = ourTimes(doc);
      score(doc, predicted, ours, debug);
      const t = performance.now();
      const chrono = chronoTimes(doc.text, doc.dct);
      peerMs += performance.now() - t;
      score(doc, chrono, peer, null);
    }
    if (debug) process.stderr.write(`${debug.join("\n")}\n${debugSummary(debug)}\n`);
    return {
      suite: "tempeval",
      data: `TBAQ-cleaned (${docs.length} documents)`,
      split,
      metrics: metricsOf(ours),
      peers: { "chrono-node": metricsOf(peer) },
      counts: { documents: docs.length, gold: ours.gold, predicted: ours.predicted, chrono_predicted: peer.predicted },
      notes: [
        "te3-platinum (the TempEval-3 test set) is absent from ../shared: all of TBAQ-cleaned is the dev split, so these are dev figures",
        "DCT (CREATION_TIME) is publishedAt; the <TEXT> content with tags removed is analysed as is, so offsets are TimeML's",
        "values are compared in canonical ISO spelling: a one-digit week number in the gold (2000-W7) equals 2000-W07",
        `wall time per document: entente time stage ${(clock.time / Math.max(1, docs.length)).toFixed(2)} ms (plus nlp layer ${(clock.nlp / Math.max(1, docs.length)).toFixed(1)} ms), chrono-node ${(peerMs / Math.max(1, docs.length)).toFixed(1)} ms`,
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
