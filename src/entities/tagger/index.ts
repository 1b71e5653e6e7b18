/** Name candidates from the statistical tagger, one nlp sentence at a time. */
import type { Candidate, TextView } from "../types.js";
import { gazetteerCodes } from "./gazetteer.js";
import { defaultWeights, labelSpans, tagSentence } from "./model.js";

export function taggerCandidates(view: TextView): Candidate[] {
  const weights = defaultWeights();
  const out: Candidate[] = [];
  for (const [a, b] of view.sentenceTokens) {
    const sent = view.tokens.slice(a, b);
    const labels = tagSentence(weights, sent, gazetteerCodes(sent));
    for (const s of labelSpans(labels)) {
      out.push({
        first: a + s.first,
        end: a + s.end,
        type: s.type,
        kind: "name",
        entityKind: null,
        source: "tagger",
        kbId: null,
        country: null,
        sector: null,
        roles: [],
      });
    }
  }
  return out;
}
