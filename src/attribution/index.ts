/**
 * Attribution stage: quotations and claims with source, cue, content and stance.
 * Cues come from a token pass (cues.ts), each cue proposes a source and content
 * (candidates.ts), overlapping proposals are resolved and quote paragraphs without a cue inherit
 * the previous speaker (resolve.ts). The speaker span is found from tokens and POS alone; only
 * its entityId comes from the entities layer.
 */
import type { Attribution, Entity } from "../contract/analysis.js";
import type { Stage, WorkingDoc } from "../pipeline/stage.js";
import { boundaryModel, refineStart } from "./boundary-model.js";
import { type Candidate, candidateFor } from "./candidates.js";
import { attributionClassifier, type Classifier, candidateProbability, isWordCue } from "./classifier.js";
import { type AttributionContext, CORE_CUE_HEAD, CUE_HEAD, makeContext } from "./context.js";
import { type Cue, cueStance, findCues } from "./cues.js";
import { UNSOURCED_MIN_PROB } from "./heuristics.js";
import { toAttribution } from "./output.js";
import { carryOver, selectCandidates, sourceRange, tokenRangeChars } from "./resolve.js";

export function contextOf(doc: Readonly<WorkingDoc>): AttributionContext {
  return makeContext(doc.document.text, doc.nlp.tokens, doc.nlp.sentenceTokens, doc.document.paragraphs);
}

/** Every cue of the text and the candidate attribution each proposes (before the learnt steps). */
export function proposeCandidates(ctx: AttributionContext): { cues: Cue[]; candidates: Candidate[] } {
  const candidates: Candidate[] = [];
  const cues = findCues(ctx.tokens);
  for (const cue of cues) ctx.isCueHead[cue.head] = cue.core ? CORE_CUE_HEAD : CUE_HEAD;
  for (const cue of cues) {
    const c = candidateFor(ctx, cue);
    if (c) candidates.push(c);
  }
  return { cues, candidates };
}

/** Candidates the learnt classifier (when its model is present) finds likely enough. */
function filterCandidates(ctx: AttributionContext, candidates: Candidate[], clf: Classifier | null): Candidate[] {
  if (!clf) return candidates;
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!isWordCue(c)) {
      kept.push(c);
      continue;
    }
    const score = candidateProbability(clf, ctx, c);
    if (score >= (c.source ? clf.threshold : Math.max(clf.threshold, UNSOURCED_MIN_PROB))) kept.push({ ...c, score });
  }
  return kept;
}

export function findAttributions(doc: Readonly<WorkingDoc>): Attribution[] {
  if (doc.nlp.tokens.length === 0) return [];
  const ctx = contextOf(doc);
  const { cues, candidates } = proposeCandidates(ctx);
  // The filter judges the rules' own boundaries (it was trained on them); the boundary model then moves the content's start.
  const model = boundaryModel();
  const filtered = filterCandidates(ctx, candidates, attributionClassifier());
  const kept = selectCandidates(ctx, model ? filtered.map((c) => refineStart(ctx, c, model)) : filtered);
  const all = [...kept, ...carryOver(ctx, kept, cues)];
  const out: Attribution[] = [];
  for (const c of all) {
    const src = sourceRange(ctx, c);
    const speaker = c.antecedent ? tokenRangeChars(ctx, c.antecedent) : src;
    for (const range of c.contents) {
      const a = toAttribution(ctx, c, range, src, cueStance(c.cue), doc.entities as Entity[], speaker);
      if (a) out.push(a);
    }
  }
  out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  out.forEach((a, i) => {
    a.id = `a${i + 1}`;
  });
  return out;
}

export const attributionStage: Stage<"attributions"> = {
  name: "attribution",
  reads: ["document", "nlp", "entities"],
  writes: "attributions",
  run: (doc) => findAttributions(doc),
};
