/**
 * Time words inside names of shows, films and papers ("ABC's This Week", "60 Minutes", "High
 * Noon", "VOA Today"): a generic time word written with a capital inside running text is part of
 * a title, not a time. Title-case headlines ("Talks Resume Next Week") are left alone.
 */
import type { NlpLayer, Token } from "../nlp/index.js";
import { DAY_DEICTICS, UNITS } from "./lexicon.js";
import type { TimeMatch } from "./match.js";
import type { Word } from "./words.js";

/** Time words that are lower case in running text (weekdays, months and holidays are not: "Election Day"). */
const GENERIC = new Set<string>(
  [...UNITS.keys(), ...DAY_DEICTICS.keys(), "noon", "midnight", "midday", "this", "next", "last", "now"].filter((w) => w !== "day"),
);

/** A sentence with more than this share of capitalised words is a title-case headline. */
const HEADLINE_CAPS_SHARE = 0.6;

const capitalised = (w: Word | Token | undefined): boolean => !!w && /^[A-Z][a-z]/.test(w.text);

function isHeadline(nlp: NlpLayer, sentence: number): boolean {
  const [from, to] = nlp.sentenceTokens[sentence] ?? [0, 0];
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = nlp.tokens[i] as Token;
    if (t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM") continue;
    words++;
    if (capitalised(t)) caps++;
  }
  return words > 0 && caps / words > HEADLINE_CAPS_SHARE;
}

/** Whether match m reads as (part of) a title rather than a time. */
export function isInTitle(ws: Word[], m: TimeMatch, nlp: NlpLayer): boolean {
  let titled = false;
  for (let k = m.first; k < m.end && !titled; k++) {
    const w = ws[k] as Word;
    if (!GENERIC.has(w.normal) || !capitalised(w)) continue;
    // A capitalised time word after the first ("This Week", "60 Minutes"), or the first after a capitalised word ("High Noon").
    const prev = ws[k - 1];
    titled = k > m.first || (!!prev && prev.sentence === w.sentence && /^[A-Z]/.test(prev.text));
  }
  return titled && !isHeadline(nlp, (ws[m.first] as Word).sentence);
}
