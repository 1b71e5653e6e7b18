/**
 * MEANTIME (Wikinews, CC BY 4.0): named PER/ORG/LOC mentions, TIMEX3 and VALUE, scored on the
 * annotated first six sentences of each article.
 * - names: exact span and type match of our `name` and `metonym` mentions (person→PER,
 *   organization/group→ORG, country/location→LOC, a metonym→LOC, as in the ner suite) against the proper-name core of each gold NAM mention (see nameCore).
 * - timex: strict (same span) and relaxed (overlap, one-to-one) detection F1; value accuracy =
 *   share of relaxed matches with the same TIMEX3 value; type accuracy likewise. The creation
 *   time (the dateline) is not a scored TIMEX3 in the gold, so predictions on it are ignored.
 * - value: VALUE (QUANTITY/MONEY/PERCENT) detection F1 against our quantities, strict and relaxed.
 * Splits: dev = airbus + gm topics (default), train = apple (free for training), all.
 */
import type { Analysis } from "../../contract/analysis.js";
import { analyzeDocument, documentFromText } from "../../pipeline/analyze.js";
import { overlaps } from "../../text/span.js";
import { chronoTimes } from "../../time/chrono-baseline.js";
import { type GoldSpan, loadMeantime } from "../loaders/meantime.js";
import { type Interval, matchKeys, matchOverlap, prf, round } from "../metrics.js";
import type { Metrics, Suite } from "../types.js";
import { nerTypeOf } from "./ner.js";

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (t: Tally, m: { tp: number; fp: number; fn: number }) => {
  t.tp += m.tp;
  t.fp += m.fp;
  t.fn += m.fn;
};

function predictedNames(a: Analysis, limit: number): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const e of a.entities) {
    // a place name read as its government ("Beijing said") is still a name on the page, typed LOC, as in the ner suite
    for (const m of e.mentions) {
      if ((m.kind === "name" || m.kind === "metonym") && m.end <= limit)
        out.push({ start: m.start, end: m.end, type: nerTypeOf(e.kind, m.kind) });
    }
  }
  return out;
}

interface TimexScore {
  strict: Tally;
  relaxed: Tally;
  valueOk: number;
  typeOk: number;
}

function scoreTimex(score: TimexScore, gold: GoldSpan[], pred: Array<Interval & { type: string; value: string | null }>): void {
  add(
    score.strict,
    matchKeys(
      gold.map((g) => `${g.start}:${g.end}`),
      pred.map((p) => `${p.start}:${p.end}`),
    ),
  );
  const rel = matchOverlap(gold, pred);
  add(score.relaxed, rel);
  for (const [gi, pi] of rel.pairs) {
    const g = gold[gi] as GoldSpan;
    const p = pred[pi] as { type: string; value: string | null };
    if (p.value !== null && p.value === g.value) score.valueOk++;
    if (p.type === g.type) score.typeOk++;
  }
}

function timexMetrics(s: TimexScore): Metrics {
  const strict = prf(s.strict.tp, s.strict.fp, s.strict.fn);
  const relaxed = prf(s.relaxed.tp, s.relaxed.fp, s.relaxed.fn);
  const valueAcc = s.relaxed.tp ? s.valueOk / s.relaxed.tp : 0;
  return {
    "timex.strict_f1": round(strict.f1),
    "timex.relaxed_f1": round(relaxed.f1),
    "timex.value_accuracy": round(valueAcc),
    "timex.value_f1": round(relaxed.f1 * valueAcc),
    "timex.type_accuracy": round(s.relaxed.tp ? s.typeOk / s.relaxed.tp : 0),
  };
}

export const suite: Suite = {
  name: "meantime",
  description: "MEANTIME news: named PER/ORG/LOC mentions, TIMEX3 normalisation, numeric VALUE detection",
  defaultData: "entities-meantime",
  gated: ["names.f1", "timex.relaxed_f1", "timex.value_accuracy", "value.relaxed_f1"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const split = options.split ?? "dev";
    let docs = loadMeantime(dataDir, split);
    if (options.limit) docs = docs.slice(0, options.limit);
    const names = tally();
    const namesUntyped = tally();
    const ours: TimexScore = { strict: tally(), relaxed: tally(), valueOk: 0, typeOk: 0 };
    const chrono: TimexScore = { strict: tally(), relaxed: tally(), valueOk: 0, typeOk: 0 };
    const valStrict = tally();
    const valRelaxed = tally();
    let goldNames = 0;
    let goldTimex = 0;
    let goldValues = 0;
    for (const d of docs) {
      const text = d.text;
      const a = analyzeDocument(d.id, documentFromText(text, d.dct?.slice(0, 10) ?? null));
      const limit = d.annotatedEnd;
      const pn = predictedNames(a, limit);
      goldNames += d.names.length;
      add(
        names,
        matchKeys(
          d.names.map((g) => `${g.start}:${g.end}:${g.type}`),
          pn.map((p) => `${p.start}:${p.end}:${p.type}`),
        ),
      );
      add(
        namesUntyped,
        matchKeys(
          d.names.map((g) => `${g.start}:${g.end}`),
          pn.map((p) => `${p.start}:${p.end}`),
        ),
      );

      goldTimex += d.timexes.length;
      const scored = (t: Interval) => t.end <= limit && !(d.dctSpan && overlaps(t, d.dctSpan));
      scoreTimex(ours, d.timexes, a.times.filter(scored));
      scoreTimex(chrono, d.timexes, chronoTimes(text.slice(0, limit), d.dct).filter(scored));

      goldValues += d.values.length;
      const pq = a.quantities.filter((q) => q.end <= limit);
      add(
        valStrict,
        matchKeys(
          d.values.map((g) => `${g.start}:${g.end}`),
          pq.map((q) => `${q.start}:${q.end}`),
        ),
      );
      add(valRelaxed, matchOverlap(d.values, pq));
    }
    const n = prf(names.tp, names.fp, names.fn);
    const metrics: Metrics = {
      "names.precision": round(n.precision),
      "names.recall": round(n.recall),
      "names.f1": round(n.f1),
      "names.untyped_f1": round(prf(namesUntyped.tp, namesUntyped.fp, namesUntyped.fn).f1),
      ...timexMetrics(ours),
      "value.strict_f1": round(prf(valStrict.tp, valStrict.fp, valStrict.fn).f1),
      "value.relaxed_f1": round(prf(valRelaxed.tp, valRelaxed.fp, valRelaxed.fn).f1),
    };
    return {
      suite: "meantime",
      data: `entities-meantime (${docs.length} articles)`,
      split,
      metrics,
      peers: { "chrono-node": timexMetrics(chrono) },
      counts: { articles: docs.length, goldNames, goldTimex, goldValues },
      notes: [
        "Only sentences 0–5 (headline, dateline, four body sentences) are annotated and scored.",
        "Gold names are the proper-name core of MEANTIME's whole-NP NAM mentions (CoNLL-style spans: a person's leading titles are left out; nested mentions with the same core count once).",
        `names mode: ${process.env.ENTENTE_NER_MODE ?? "combined"} (ENTENTE_NER_MODE=tagger|rules for ablations)`,
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
