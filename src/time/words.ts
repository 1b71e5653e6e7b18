/**
 * The word stream the time grammar walks: nlp tokens with hyphenated tokens split at their
 * hyphens ("mid-1990s" → "mid", "-", "1990s"), so that "third-quarter" and "third - quarter"
 * read the same. Offsets stay exact because the parts are contiguous slices of the token.
 * Unsplit tokens are reused as they are (no copy per token: most tokens are plain words).
 */
import type { NlpLayer, Token } from "../nlp/index.js";

/** A word: an nlp token, or a part of a hyphenated one (same shape, so property reads stay monomorphic). */
export type Word = Token;

export interface WordStream {
  words: Word[];
  /** For each word, the index of the nlp token it comes from; null when words are the tokens themselves. */
  tokenOf: number[] | null;
}

const HYPHENATED = /^[^-]+(?:-[^-]+)+$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * Whether token t is hyphenated. The hyphen is looked for in the document text, not in the
 * token's own string: wink's token strings are slices, which are slow to search.
 */
function isSplit(text: string, t: Token): boolean {
  if (t.end - t.start <= 2) return false;
  for (let k = t.start + 1; k < t.end - 1; k++) {
    if (text.charCodeAt(k) === HYPHEN) return HYPHENATED.test(t.text) && !ISO_DATE.test(t.text);
  }
  return false;
}
const HYPHEN = 45;

export function wordStream(text: string, nlp: NlpLayer): WordStream {
  const tokens = nlp.tokens;
  // Most documents have few hyphenated tokens: copy only from the first one on.
  let words: Word[] | null = null;
  let tokenOf: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isSplit(text, t)) {
      if (words && tokenOf) {
        words.push(t);
        tokenOf.push(i);
      }
      continue;
    }
    if (!words || !tokenOf) {
      words = tokens.slice(0, i);
      tokenOf = words.map((_, k) => k);
    }
    let s = 0;
    for (const part of t.text.split("-")) {
      if (s > 0) {
        words.push(piece(t, s - 1, s, "-"));
        tokenOf.push(i);
      }
      words.push(piece(t, s, s + part.length, part));
      tokenOf.push(i);
      s += part.length + 1;
    }
  }
  return words ? { words, tokenOf } : { words: tokens, tokenOf: null };
}

/** The nlp token index of word `i`. */
export const tokenIndex = (stream: WordStream, i: number): number => (stream.tokenOf ? (stream.tokenOf[i] as number) : i);

function piece(t: Token, from: number, to: number, text: string): Word {
  const normal = text.toLowerCase();
  return {
    start: t.start + from,
    end: t.start + to,
    text,
    normal,
    lemma: normal,
    pos: /^\d/.test(text) ? "NUM" : t.pos,
    sentence: t.sentence,
  };
}
