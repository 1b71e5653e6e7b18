/** Small token predicates shared by the mention finders. */
import type { Token } from "../nlp/index.js";

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** Starts with an upper-case letter ("Lavrov", "US", "McCain"). ASCII answered without a regex. */
export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

/** All letters upper-case and at least one letter ("NATO", "U.S."). */
export function isAllCaps(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const s = t.text;
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return HAS_LETTER.test(s) && !HAS_LOWER.test(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
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
