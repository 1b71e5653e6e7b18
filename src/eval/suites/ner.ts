/**
 * `ner`: named PER / ORG / LOC mention recognition on column-format NER sets, exact-span F1.
 *
 * Data (`--data DIR`, default ../shared/data/entities-uner-ewt), format picked from the folder:
 *  - uner-ewt (IOB2): PER, ORG, LOC as given; split dev (default) or test;
 *  - crossner-politics: politician, person → PER; politicalparty, organisation → ORG;
 *    country, location → LOC; election, event, misc dropped; split dev (default) or test;
 *  - wikigold (IO): PER, ORG, LOC as given, MISC dropped; "dev" is every 5th document
 *    (index % 5 === 4), which the tagger is never trained on;
 *  - wnut17: person → PER; location → LOC; corporation, group → ORG; product, creative-work
 *    dropped; split dev (default) or test.
 * Each sentence's text is its tokens joined by single spaces; the entities stage runs on that
 * text, and every entity mention of kind "name" or "metonym" (a place name read as its
 * government is still a name on the page) is scored: person → PER, organization/group → ORG,
 * country/location → LOC, and a metonym → LOC whatever it stands for (CoNLL-style sets type the
 * surface: "Beijing said" is LOC). A match needs the same [start, end) and type.
 * ENTENTE_NER_MODE=rules|tagger|combined scores one component alone (for ablations).
 */
import type { Entity, Mention } from "../../contract/analysis.js";
import { findEntitiesInText } from "../../entities/index.js";
import { loadNer, type NerType } from "../loaders/conll.js";
import { matchKeys, prf, round } from "../metrics.js";
import type { Suite } from "../types.js";

export function nerTypeOf(kind: Entity["kind"], mention: Mention["kind"] = "name"): NerType {
  // a place name read as its government ("Beijing said", "the Kremlin") is a place name on the
  // page: NER sets (CoNLL-style) type the surface, LOC, whatever it stands for
  if (mention === "metonym") return "LOC";
  if (kind === "person") return "PER";
  if (kind === "organization" || kind === "group") return "ORG";
  return "LOC";
}

/** Our scored spans "start:end:TYPE" for one text. */
export function predictedKeys(text: string): string[] {
  const out: string[] = [];
  for (const e of findEntitiesInText(text, null)) {
    for (const m of e.mentions) {
      if (m.kind === "name" || m.kind === "metonym") out.push(`${m.start}:${m.end}:${nerTypeOf(e.kind, m.kind)}`);
    }
  }
  return out;
}

export const suite: Suite = {
  name: "ner",
  description: "Named PER/ORG/LOC mentions on column NER sets (uner-ewt, crossner, wikigold, wnut17), exact-span F1",
  defaultData: "entities-uner-ewt",
  gated: ["f1"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const split = options.split ?? "dev";
    const { format, sentences: all } = loadNer(dataDir, split);
    const sentences = options.limit ? all.slice(0, options.limit) : all;
    const byType: Record<NerType, { tp: number; fp: number; fn: number }> = {
      PER: { tp: 0, fp: 0, fn: 0 },
      ORG: { tp: 0, fp: 0, fn: 0 },
      LOC: { tp: 0, fp: 0, fn: 0 },
    };
    let gold = 0;
    const untyped = { tp: 0, fp: 0, fn: 0 };
    for (const s of sentences) {
      const g = s.spans.map((x) => `${x.start}:${x.end}:${x.type}`);
      gold += g.length;
      const p = predictedKeys(s.text);
      const u = matchKeys(
        g.map((k) => k.slice(0, k.lastIndexOf(":"))),
        p.map((k) => k.slice(0, k.lastIndexOf(":"))),
      );
      untyped.tp += u.tp;
      untyped.fp += u.fp;
      untyped.fn += u.fn;
      for (const type of ["PER", "ORG", "LOC"] as NerType[]) {
        const m = matchKeys(
          g.filter((k) => k.endsWith(type)),
          p.filter((k) => k.endsWith(type)),
        );
        byType[type].tp += m.tp;
        byType[type].fp += m.fp;
        byType[type].fn += m.fn;
      }
    }
    const tp = byType.PER.tp + byType.ORG.tp + byType.LOC.tp;
    const fp = byType.PER.fp + byType.ORG.fp + byType.LOC.fp;
    const fn = byType.PER.fn + byType.ORG.fn + byType.LOC.fn;
    const all3 = prf(tp, fp, fn);
    const metrics: Record<string, number> = { f1: round(all3.f1), precision: round(all3.precision), recall: round(all3.recall) };
    metrics.f1_untyped = round(prf(untyped.tp, untyped.fp, untyped.fn).f1);
    for (const type of ["PER", "ORG", "LOC"] as NerType[]) {
      const r = byType[type];
      metrics[`f1_${type}`] = round(prf(r.tp, r.fp, r.fn).f1);
    }
    return {
      suite: "ner",
      data: `${format} (${sentences.length} sentences)`,
      split,
      metrics,
      peers: {},
      counts: { sentences: sentences.length, gold, predicted: tp + fp },
      notes: [`mode: ${process.env.ENTENTE_NER_MODE ?? "combined"}`, "types mapped to PER/ORG/LOC as documented in src/eval/suites/ner.ts"],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
