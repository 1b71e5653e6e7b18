/**
 * Name candidates from the statistical tagger, one nlp sentence at a time, plus the spans it
 * reads as other names (MISC: events, elections, products, nationalities), inside which the
 * KB and rules must not find a PER/ORG/LOC ("the 2011 Ontario general election").
 */
import type { Token } from "../../nlp/index.js";
import { ORG_OF_HEADS } from "../heuristics.js";
import type { Candidate, TextView } from "../types.js";
import { kbHashes } from "./gazetteer.js";
import { labelSpans } from "./model.js";
import { Tagger } from "./scorer.js";
import { defaultWeights } from "./storage.js";

export interface Tagged {
  candidates: Candidate[];
  /** Token ranges [first, end) tagged MISC. */
  misc: Array<[number, number]>;
}

let tagger: Tagger | null = null;

/**
 * Token index of a capitalised organisation head two tokens before `first` in "Head of <name>"
 * ("Ministry of", "Bank of", "University of"), inside the sentence starting at `from`; else -1.
 */
function orgOfHead(view: TextView, from: number, first: number): number {
  if (first - 2 < from) return -1;
  const of = view.tokens[first - 1] as Token;
  const head = view.tokens[first - 2] as Token;
  if (of.normal !== "of" || !ORG_OF_HEADS.has(head.normal) || !/^\p{Lu}/u.test(head.text)) return -1;
  return first - 2;
}

export function taggerCandidates(view: TextView): Tagged {
  tagger ??= new Tagger(defaultWeights());
  const candidates: Candidate[] = [];
  const misc: Array<[number, number]> = [];
  const kb = kbHashes(view.tokens, view.sentenceTokens);
  for (const [a, b] of view.sentenceTokens) {
    const labels = tagger.tag(view.tokens.slice(a, b), kb, a);
    for (const s of labelSpans(labels)) {
      if (s.type === "MISC") {
        misc.push([a + s.first, a + s.end]);
        continue;
      }
      const head = orgOfHead(view, a, a + s.first);
      if (head >= 0) {
        // "[Ministry of] Foreign Affairs": the tagger often misses the head of an "X of Y"
        // organisation name; the whole phrase is the organisation (and any span on the head goes).
        const last = candidates[candidates.length - 1];
        if (last && last.end > head) candidates.pop();
      }
      candidates.push({
        first: head >= 0 ? head : a + s.first,
        end: a + s.end,
        type: head >= 0 ? "ORG" : s.type,
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
