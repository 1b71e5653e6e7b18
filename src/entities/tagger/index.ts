/**
 * Name candidates from the statistical tagger, one nlp sentence at a time, plus the spans it
 * reads as other names (MISC: events, elections, products, nationalities), inside which the
 * KB and rules must not find a PER/ORG/LOC ("the 2011 Ontario general election").
 */
import type { Candidate, TextView } from "../types.js";
import { gazetteerCodes } from "./gazetteer.js";
import { defaultWeights, labelSpans, tagSentence } from "./model.js";

export interface Tagged {
  candidates: Candidate[];
  /** Token ranges [first, end) tagged MISC. */
  misc: Array<[number, number]>;
}

export function taggerCandidates(view: TextView): Tagged {
  const weights = defaultWeights();
  const candidates: Candidate[] = [];
  const misc: Array<[number, number]> = [];
  for (const [a, b] of view.sentenceTokens) {
    const sent = view.tokens.slice(a, b);
    const labels = tagSentence(weights, sent, gazetteerCodes(sent));
    for (const s of labelSpans(labels)) {
      if (s.type === "MISC") {
        misc.push([a + s.first, a + s.end]);
        continue;
      }
      candidates.push({
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
  return { candidates, misc };
}
