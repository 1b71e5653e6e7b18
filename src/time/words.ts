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

/** Whether token t, which has a hyphen inside, is hyphenated words (not "--" or an ISO date). */
const isSplit = (t: Token): boolean => HYPHENATED.test(t.text) && !ISO_DATE.test(t.text);

export function wordStream(text: string, nlp: NlpLayer): WordStream {
  const tokens = nlp.tokens;
  // Most documents have few hyphenated tokens: copy only from the first one on. The hyphens are
  // found with one indexOf pass over the text (wink's token strings are slices, slow to search).
  let words: Word[] | null = null;
  let tokenOf: number[] | null = null;
  let hyphen = text.indexOf("-");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (hyphen >= 0 && hyphen <= t.start) hyphen = text.indexOf("-", hyphen + 1);
    // A hyphen strictly inside the token, not at its last character.
    if (hyphen < 0 || hyphen >= t.end - 1 || !isSplit(t)) {
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
