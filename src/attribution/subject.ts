/**
 * Speakers that are not next to their cue: the subject of the verb that governs a participle or
 * infinitive ("Cook declined to say", "McCain said, citing …", "tripped him up by calling …"),
 * and the agent of a passive cue ("was first reported by MSNBC").
 */
import type { Token } from "../nlp/index.js";
import type { AttributionContext } from "./context.js";
import * as H from "./heuristics.js";
import { nounPhraseAfter, nounPhraseBefore, type TokenRange } from "./noun-phrase.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const CUE_AUXILIARIES = H.CUE_AUXILIARIES;
const FALLBACK_SUBJECT_MAX_TOKENS = H.FALLBACK_SUBJECT_MAX_TOKENS;
const SUBJECT_PRONOUNS = H.SUBJECT_PRONOUNS;

const BE_FORMS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "’s"]);
const CLAUSE_STOPS = new Set([";", ":"]);

/** The noun phrase before the nearest verb (outside quotations) left of token `idx` in the clause. */
export function governingSubject(ctx: AttributionContext, idx: number, sA: number): TokenRange | null {
  const { tokens } = ctx;
  // "X told Y that A had B and said …": verbs after a complementiser belong to the reported
  // clause; the governing verb comes before the first "that".
  let from = idx - 1;
  for (let k = sA + 1; k < idx; k++) {
    if ((tokens[k] as Token).normal === "that" && (ctx.tokenQuote[k] as number) < 0 && (tokens[k - 1] as Token).pos !== "DET") {
      from = k - 1;
      break;
    }
  }
  for (let k = from; k >= sA; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_STOPS.has(t.text)) return null;
    if ((ctx.tokenQuote[k] as number) >= 0 || !(t.pos === "VERB" || t.pos === "AUX")) continue;
    let first = k;
    while (
      first > sA &&
      (CUE_AUXILIARIES.has((tokens[first - 1] as Token).normal) ||
        (tokens[first - 1] as Token).pos === "AUX" ||
        (tokens[first - 1] as Token).pos === "ADV")
    )
      first--;
    const np = nounPhraseBefore(tokens, first, sA);
    if (np) return np;
    k = first;
  }
  return null;
}

/** "X was reported by Y": the agent after "by" when the cue is a passive participle. */
export function passiveAgent(ctx: AttributionContext, cueFirst: number, cueHead: number, cueEnd: number, sB: number): TokenRange | null {
  const { tokens } = ctx;
  let passive = false;
  for (let k = cueFirst; k < cueHead; k++) if (BE_FORMS.has((tokens[k] as Token).normal)) passive = true;
  if (!passive || tokens[cueEnd]?.normal !== "by") return null;
  return nounPhraseAfter(tokens, cueEnd + 1, sB);
}

/** Determiners that stand alone as a subject ("all agreed", "most of whom say", "each touting"). */
const QUANTIFIER_SUBJECTS = new Set(["all", "each", "both", "those", "these", "some", "many", "most", "few", "several", "others"]);

/** Indefinite pronouns that can make a statement ("someone asked"); "nobody"/"no one" report none. */
const INDEFINITE_SPEAKERS = new Set(["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "others"]);

/** Tokens that close the clause before a cue when looking back for its subject. */
const SUBJECT_BOUNDARIES = new Set([",", ";", ":", "(", ")", "—", "–", "--", "―"]);

/**
 * Fallback subject of a verb of saying when no noun phrase stands right before it: the stretch
 * back to the clause start, when it holds a noun, pronoun or lone quantifier ("Those close to him say", "all the
 * experts I interviewed said", "many of whom say"). Overlap with the speaker is what matters for
 * the joint reading; an over-long span is better than no speaker.
 */
export function clauseSubject(ctx: AttributionContext, end: number, sA: number): TokenRange | null {
  const { tokens } = ctx;
  let first = end;
  while (first > sA && end - first < FALLBACK_SUBJECT_MAX_TOKENS) {
    const t = tokens[first - 1] as Token;
    if (SUBJECT_BOUNDARIES.has(t.text) || (ctx.tokenQuote[first - 1] as number) >= 0 || t.normal === "that") break;
    first--;
  }
  while (first < end && ((tokens[first] as Token).pos === "CCONJ" || (tokens[first] as Token).pos === "ADV")) first++;
  if (first >= end || (first > sA && end - first >= FALLBACK_SUBJECT_MAX_TOKENS)) return null;
  for (let k = first; k < end; k++) {
    const t = tokens[k] as Token;
    const pronoun = t.pos === "PRON" && (SUBJECT_PRONOUNS.has(t.normal) || INDEFINITE_SPEAKERS.has(t.normal));
    if (t.pos === "NOUN" || t.pos === "PROPN" || pronoun || QUANTIFIER_SUBJECTS.has(t.normal)) return { first, end };
  }
  return null;
}
