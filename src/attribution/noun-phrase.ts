/**
 * Speaker noun phrases from POS tags alone (no parser): a maximal run of nominal tokens next to a
 * cue, allowing "of"/"and" between nouns ("the Ministry of Health", "China and Russia") and
 * possessives ("Clinton's spokesman").
 */
import type { Token } from "../nlp/index.js";
import * as H from "./heuristics.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const MAX_SOURCE_TOKENS = H.MAX_SOURCE_TOKENS;
const NP_JOINERS = H.NP_JOINERS;
const SUBJECT_PRONOUNS = H.SUBJECT_PRONOUNS;

/** Token range [first, last + 1). */
export interface TokenRange {
  first: number;
  end: number;
}

/** Tokens inside a parenthetical that may follow a speaker's name ("(R-Utah)"). */
const MAX_PARENTHETICAL = 6;
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const MODIFIER = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

const isPossessive = (t: Token) => t.normal === "'s" || t.normal === "’s" || t.normal === "'" || t.normal === "’";
const isHead = (t: Token) => NOMINAL.has(t.pos) || (t.pos === "PRON" && SUBJECT_PRONOUNS.has(t.normal));
/** The tagger reads some nouns after a determiner or noun as adjectives ("the general", "police chief"). */
const isHeadAt = (tokens: readonly Token[], j: number) => {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  return (
    isHead(t) ||
    isNameLike(tokens, j) ||
    (t.pos === "ADJ" &&
      prev !== undefined &&
      (prev.pos === "DET" || NOMINAL.has(prev.pos) || isPossessive(prev) || isPossessivePronoun(prev)))
  );
};
/** A capitalised word right after a name part is a name part too, whatever its tag ("Oliver K. Hedge"). */
function isNameLike(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  return prev !== undefined && prev.pos === "PROPN" && prev.sentence === t.sentence && /^\p{Lu}/u.test(t.text);
}
/**
 * The tagger reads some surnames as verbs ("Lynch said"): a capitalised "verb" right before
 * another verb, at the start of its phrase, is a name.
 */
function isMistaggedName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const prev = tokens[j - 1];
  const opens = prev === undefined || prev.sentence !== t.sentence || prev.pos === "PUNCT" || prev.pos === "PROPN";
  return t.pos === "VERB" && /^\p{Lu}/u.test(t.text) && next?.pos === "VERB" && opens;
}
/**
 * A capitalised word the tagger read as a verb or adjective between a determiner or name part and
 * a name ("The Associated Press", "the United Nations") is part of the name.
 */
function isNameInside(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (
    /^\p{Lu}/u.test(t.text) &&
    prev !== undefined &&
    (prev.pos === "DET" || prev.pos === "PROPN") &&
    next !== undefined &&
    next.pos === "PROPN" &&
    next.sentence === t.sentence
  );
}
/** Possessive determiners inside a phrase ("his spokesman", "its ministry"). */
const isPossessivePronoun = (t: Token) =>
  t.pos === "PRON" && !SUBJECT_PRONOUNS.has(t.normal) && /^(his|her|its|their|our|my|your)$/.test(t.normal);
const isInner = (t: Token) =>
  MODIFIER.has(t.pos) || isPossessive(t) || isPossessivePronoun(t) || t.text === "-" || t.text === "." || t.text === "&";

function isJoiner(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (!NP_JOINERS.has(t.normal)) return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    NOMINAL.has(before.pos) &&
    (NOMINAL.has(after.pos) || after.pos === "DET" || after.pos === "ADJ")
  );
}

/** The noun phrase ending just before token `end` (exclusive), not reaching before `floor`. */
export function nounPhraseBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  // "Rep. Jane Roe (D-Calif.) said": a short parenthetical after the name belongs to the phrase.
  if (tokens[end - 1]?.text === ")") {
    for (let k = end - 2; k >= Math.max(floor, end - 1 - MAX_PARENTHETICAL); k--) {
      if ((tokens[k] as Token).text === "(") {
        const np = nounPhraseBefore(tokens, k, floor);
        return np ? { first: np.first, end } : null;
      }
    }
    return null;
  }
  const last = end - 1;
  const head = tokens[last];
  if (last < floor || !head || !(isHeadAt(tokens, last) || isMistaggedName(tokens, last))) return null;
  if (head.pos === "PRON") return { first: last, end };
  let j = last - 1;
  while (j >= floor && end - j <= MAX_SOURCE_TOKENS) {
    const t = tokens[j] as Token;
    if (isInner(t) || isJoiner(tokens, j) || isNameLike(tokens, j)) j--;
    else break;
  }
  let first = j + 1;
  // A phrase does not start with a joiner, a possessive mark or punctuation.
  while (
    first < last &&
    (NP_JOINERS.has((tokens[first] as Token).normal) || isPossessive(tokens[first] as Token) || (tokens[first] as Token).pos === "PUNCT")
  ) {
    first++;
  }
  return { first, end };
}

/** The noun phrase starting at token `start`, not reaching `ceiling` (exclusive). */
export function nounPhraseAfter(tokens: readonly Token[], start: number, ceiling: number): TokenRange | null {
  const t0 = tokens[start];
  if (start >= ceiling || !t0) return null;
  if (t0.pos === "PRON") return SUBJECT_PRONOUNS.has(t0.normal) ? { first: start, end: start + 1 } : null;
  let j = start;
  while (j < ceiling && j - start < MAX_SOURCE_TOKENS) {
    const t = tokens[j] as Token;
    if (isInner(t) || (j > start && isJoiner(tokens, j)) || (j > start && isNameLike(tokens, j)) || isNameInside(tokens, j)) j++;
    else break;
  }
  let end = j;
  while (end > start && !isHeadAt(tokens, end - 1)) end--;
  if (end <= start) return null;
  return { first: start, end };
}

/** The phrase after "according to": up to the next comma, stop or "that", at most MAX_SOURCE_TOKENS. */
export function phraseUntilBreak(tokens: readonly Token[], start: number, ceiling: number): TokenRange | null {
  let end = start;
  while (end < ceiling && end - start < MAX_SOURCE_TOKENS) {
    const t = tokens[end] as Token;
    if (
      t.text === "," ||
      t.text === ";" ||
      t.text === "." ||
      t.normal === "that" ||
      (t.pos === "PUNCT" && t.text !== "-" && t.text !== "&" && t.text !== "'")
    )
      break;
    end++;
  }
  return end > start ? { first: start, end } : null;
}
