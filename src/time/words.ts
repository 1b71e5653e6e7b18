/**
 * The word stream the time grammar walks: nlp tokens with hyphenated tokens split at their
 * hyphens ("mid-1990s" → "mid", "-", "1990s"), so that "third-quarter" and "third - quarter"
 * read the same. Offsets stay exact because the parts are contiguous slices of the token.
 */
import type { NlpLayer, Token } from "../nlp/index.js";

export interface Word {
  start: number;
  end: number;
  /** Lower-cased text. */
  normal: string;
  /** Original text. */
  text: string;
  pos: string;
  /** Index of the nlp token the word comes from. */
  token: number;
  sentence: number;
}

const HYPHENATED = /^[^-]+(?:-[^-]+)+$/;

export function wordStream(nlp: NlpLayer): Word[] {
  const out: Word[] = [];
  const tokens = nlp.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text.length > 2 && t.text.includes("-") && HYPHENATED.test(t.text) && !/^\d{4}-\d\d-\d\d$/.test(t.text)) {
      let s = 0;
      for (const part of t.text.split("-")) {
        if (s > 0) out.push(word(t, i, s - 1, s, "-"));
        out.push(word(t, i, s, s + part.length, part));
        s += part.length + 1;
      }
    } else {
      out.push({ start: t.start, end: t.end, normal: t.normal, text: t.text, pos: t.pos, token: i, sentence: t.sentence });
    }
  }
  return out;
}

function word(t: Token, index: number, from: number, to: number, text: string): Word {
  return {
    start: t.start + from,
    end: t.start + to,
    normal: text.toLowerCase(),
    text,
    pos: /^\d/.test(text) ? "NUM" : t.pos,
    token: index,
    sentence: t.sentence,
  };
}
