/** Small token predicates shared by the mention finders. */
import type { Token } from "../nlp/index.js";

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** Starts with an upper-case letter ("Lavrov", "US", "McCain"). */
export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && UPPER_START.test(t.text);
}

/** All letters upper-case and at least one letter ("NATO", "U.S."). */
export function isAllCaps(t: Token | undefined): boolean {
  return t !== undefined && HAS_LETTER.test(t.text) && !HAS_LOWER.test(t.text);
}

/** First token of its sentence, or right after an opening quote/bracket/colon at the start. */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const p = tokens[i - 1];
  if (!p || p.sentence !== t.sentence) return true;
  if (p.text === '"' || p.text === "“" || p.text === "'" || p.text === "(" || p.text === ":" || p.text === "-" || p.text === "—") {
    const pp = tokens[i - 2];
    return !pp || pp.sentence !== t.sentence || pp.text === ":" || pp.text === ".";
  }
  return false;
}

/** Sentence index bounds [a, b) of token i. */
export function sentenceOf(
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
  tokens: readonly Token[],
  i: number,
): readonly [number, number] {
  return sentenceTokens[(tokens[i] as Token).sentence] ?? [i, i + 1];
}
