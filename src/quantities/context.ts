/**
 * What surrounds an amount: the hedge before it ("more than", "about"), whether it is a label
 * or an identifier rather than an amount, and the head noun of what it counts or measures.
 */
import type { Quantity } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { HEDGES_BEFORE, LABEL_WORDS } from "./lexicon.js";

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

/** The hedge ending right before token i, and the token where it starts. */
export function hedgeBefore(tokens: Token[], i: number, sentenceStart: number): { approx: Quantity["approx"]; first: number } | null {
  for (const [words, approx] of HEDGES_BEFORE) {
    const first = i - words.length;
    if (first < sentenceStart) continue;
    if (words.every((w, k) => lower(tokens[first + k]) === w)) return { approx: approx as Quantity["approx"], first };
  }
  return null;
}

/** "or more" / "or so" after the amount. */
export function hedgeAfter(tokens: Token[], end: number): Quantity["approx"] | null {
  const a = lower(tokens[end]);
  const b = lower(tokens[end + 1]);
  if (a === "or" && (b === "more" || b === "above")) return "at-least";
  if (a === "or" && (b === "less" || b === "fewer")) return "up-to";
  if (a === "or" && b === "so") return "about";
  return null;
}

const PHONE = /^\+?\d[\d-]{6,}\d$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/i;

/**
 * Integers used as names in this document ("787s", "the 787 Dreamliner", "Boeing 737"): a model
 * number written as a plural, before a name, or after one. Every bare use of them is a name too.
 */
export function identifierNumbers(tokens: Token[]): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\d{3,4}$/.test(t.text)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const attachedS = next && next.start === t.end && /^s\.?$/.test(next.text);
    const beforeName = next && next.pos === "PROPN" && /^[A-Z]/.test(next.text) && Number(t.text) % 10 !== 0;
    const afterName = prev && prev.pos === "PROPN" && /^[A-Z]/.test(prev.text) && prev.sentence === t.sentence && next?.pos !== "NOUN";
    if (attachedS || beforeName || afterName) ids.add(t.text);
  }
  return ids;
}

/** "(202) 555-0143": an area code in brackets before the rest of a phone number. */
function isAreaCode(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")" && /^\d{3}-\d{4}$/.test(tokens[i + 2]?.text ?? "");
}

/** "a 45-year-old man", "aged 45 years old": an age, which describes the person rather than counting. */
function isAge(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.text === "-") j++;
  if (!/^(year|years|month|months)$/i.test(tokens[j]?.text ?? "")) return false;
  j++;
  if (tokens[j]?.text === "-") j++;
  return lower(tokens[j]) === "old";
}

/** Words that end a street name: "10 Downing Street", "1600 Pennsylvania Avenue". */
const STREET_WORDS = new Set(["street", "avenue", "road", "boulevard", "lane", "square", "place", "drive", "st.", "ave.", "rd."]);
/** Capitalised words a street name may have between its number and STREET_WORDS. */
const STREET_NAME_WORDS = 3;

/** "10 Downing Street": a house number. */
function isStreetNumber(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + STREET_NAME_WORDS + 1; j++) {
    const w = tokens[j];
    if (!w || !/^[A-Z]/.test(w.text)) return false;
    if (j > i + 1 && STREET_WORDS.has(lower(w))) return true;
  }
  return false;
}

/** Whether the number at token i is a label ("Article 5", "No. 10"), an identifier or a phone number. */
export function isNotAmount(tokens: Token[], i: number, hasUnit: boolean, end: number): boolean {
  const t = tokens[i] as Token;
  // "3D", "7e7": letters glued to the number that are no unit.
  const glued = tokens[i + 1];
  if (
    !hasUnit &&
    i + 1 >= end &&
    glued &&
    glued.start === t.end &&
    /^[A-Za-z]/.test(glued.text) &&
    glued.pos !== "NUM" &&
    !/^s\.?$/.test(glued.text)
  )
    return true;
  // "Ford Five Hundred": a capitalised number word inside a sentence is part of a name.
  if (/^[A-Z][a-z]/.test(t.text) && tokens[i - 1]?.sentence === t.sentence && !/^(One|A|An)$/.test(t.text)) return true;
  if (ORDINAL.test(t.text) || t.text.includes(":") || t.text.includes("/")) return true;
  if (/^\d{3}-\d{3,4}(-\d{4})?$/.test(t.text) || (PHONE.test(t.text) && (t.text.match(/-/g)?.length ?? 0) >= 2)) return true;
  if (t.text.startsWith("+")) return true;
  if (isAreaCode(tokens, i) || isAge(tokens, i) || isStreetNumber(tokens, i)) return true;
  const prev = tokens[i - 1];
  if (prev && LABEL_WORDS.has(lower(prev))) return true;
  // "the two companies": a small number word after "the" points back to things already counted.
  if (lower(prev) === "the" && /^(two|three|both)$/i.test(t.text)) return true;
  // "Boeing 737", "Windows 10": a number right after a name, with nothing counted after it.
  if (!hasUnit && prev && prev.pos === "PROPN" && prev.sentence === t.sentence && /[A-Z]/.test(prev.text)) {
    const next = tokens[i + 1];
    if (next?.pos !== "NOUN" || /^[A-Z]/.test(next.text)) return true;
  }
  return false;
}

/** Words between a noun and the amount it has: "trade of $240 billion", "a deal worth $15bn". */
const LINKS_BEFORE = new Set(["of", "worth", "at", "totalling", "totaling", "valued"]);
/** Fillers between a verb and its amount: "reached a record $240 billion". */
const FILLERS = new Set([
  "a",
  "an",
  "the",
  "record",
  "new",
  "total",
  "some",
  "high",
  "low",
  "all-time",
  "estimated",
  "further",
  "additional",
  "extra",
  "another",
  "just",
  "only",
]);

/** The last NOUN of the noun phrase that starts at token j (adjectives and names may precede it). */
function nounPhraseHead(tokens: Token[], j: number, sentence: number): number | null {
  let head: number | null = null;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    if (t.pos === "NOUN") head = k;
    else if (t.pos === "ADJ" || t.pos === "PROPN" || (t.pos === "PUNCT" && t.text === "-")) {
      if (head !== null) break;
    } else break;
  }
  return head;
}

/** The noun right before token i (skipping fillers), or the subject of the verb before it. */
function headBefore(tokens: Token[], i: number, sentenceStart: number): number | null {
  let k = i - 1;
  while (k >= sentenceStart && FILLERS.has(lower(tokens[k]))) k--;
  const t = tokens[k];
  if (!t || k < sentenceStart) return null;
  const linked = tokens[k - 1];
  if (LINKS_BEFORE.has(lower(t)) && (linked?.pos === "NOUN" || linked?.pos === "PROPN") && k - 1 >= sentenceStart) return k - 1;
  let v = k;
  if (lower(t) === "to" || lower(t) === "by") v--;
  const verb = tokens[v];
  if (verb && (verb.pos === "VERB" || verb.pos === "AUX") && v >= sentenceStart) {
    // Subject: nearest noun before the verb (skipping auxiliaries and adverbs).
    for (let s = v - 1; s >= sentenceStart && s >= v - 4; s--) {
      const c = tokens[s] as Token;
      if (c.pos === "NOUN" || c.pos === "PROPN") return s;
      if (c.pos !== "AUX" && c.pos !== "ADV" && c.pos !== "VERB" && c.pos !== "PART") break;
    }
  }
  return null;
}

/** Head of what the amount at tokens [first, end) counts or measures. */
export function measuredHead(tokens: Token[], first: number, end: number, kind: Quantity["kind"], sentenceStart: number): number | null {
  const sentence = (tokens[first] as Token).sentence;
  const next = lower(tokens[end]);
  if (next === "of" || (kind === "money" && (next === "in" || next === "for"))) {
    const h = nounPhraseHead(tokens, end + 1 + (lower(tokens[end + 1]) === "the" ? 1 : 0), sentence);
    if (h !== null) return h;
  }
  if (kind === "money" || kind === "percent") {
    const before = headBefore(tokens, first, sentenceStart);
    if (before !== null) return before;
  }
  return nounPhraseHead(tokens, end, sentence);
}
