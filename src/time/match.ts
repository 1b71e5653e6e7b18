/** What a grammar rule returns, and small readers over the word stream shared by the rules. */
import type { Time } from "../contract/analysis.js";
import { CARDINAL_WORDS } from "../text/number-words.js";
import type { TimeSem } from "./resolve.js";
import type { Word } from "./words.js";

export interface TimeMatch {
  /** Word range [first, end). */
  first: number;
  end: number;
  type: Time["type"];
  sem: TimeSem;
  mod: string | null;
  /** Whether a leading "the" belongs to the expression ("the third quarter", not "the 1990 budget"). */
  takesThe?: boolean;
}

export type Rule = (ws: Word[], i: number) => TimeMatch[] | null;

export const normalAt = (ws: Word[], i: number): string => ws[i]?.normal ?? "";

/** Whether s starts with a digit: a cheap test before the regular expressions below (most words fail it). */
export const startsWithDigit = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};

export const isDigits = (s: string): boolean => startsWithDigit(s) && /^\d+$/.test(s);

/** A plain integer token ("12", "1,200" is not accepted: times never use thousands separators). */
export function intAt(ws: Word[], i: number): number | null {
  const n = normalAt(ws, i);
  return isDigits(n) ? Number(n) : null;
}

/** Day of month: "7", "7th", "21st" (1–31). */
export function dayAt(ws: Word[], i: number): number | null {
  const n = normalAt(ws, i);
  if (!startsWithDigit(n) || n.length > 4) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(n);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** Four-digit year in the range news talks about. */
export function yearAt(ws: Word[], i: number): number | null {
  const n = normalAt(ws, i);
  if (n.length !== 4 || !startsWithDigit(n) || !/^\d{4}$/.test(n)) return null;
  const y = Number(n);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** Years outside this range are read as plain numbers. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

export const isCapitalised = (w: Word | undefined): boolean => !!w && /^[A-Z]/.test(w.text);

/** Spoken centuries that start a year read as words: "nineteen ninety-six", "eighteen twelve". */
const SPOKEN_CENTURIES = new Map([
  ["eighteen", 1800],
  ["nineteen", 1900],
]);
/** Words before "two thousand" that make it a year ("in two thousand", "the year two thousand"). */
const MILLENNIUM_CONTEXT = new Set(["year", "in", "since", "by", "until", "till", "before", "after"]);

/** A number word below 100 at i ("ninety", "ninety-six", "ninety six", "twelve"): value and end. */
function smallNumberAt(ws: Word[], i: number): { n: number; end: number } | null {
  const tens = CARDINAL_WORDS[normalAt(ws, i)];
  if (tens === undefined) return null;
  if (tens >= 20 && tens % 10 === 0) {
    const j = normalAt(ws, i + 1) === "-" ? i + 2 : i + 1;
    const unit = CARDINAL_WORDS[normalAt(ws, j)];
    if (unit !== undefined && unit < 10) return { n: tens + unit, end: j + 1 };
  }
  return { n: tens, end: i + 1 };
}

/** A year written in words: "nineteen ninety-six" (1996), "the year two thousand" (2000), "two thousand and one". */
export function spokenYearAt(ws: Word[], i: number): { year: number; end: number } | null {
  const n = normalAt(ws, i);
  const century = SPOKEN_CENTURIES.get(n);
  if (century !== undefined) {
    const rest = smallNumberAt(ws, i + 1);
    return rest && rest.n >= 10 ? { year: century + rest.n, end: rest.end } : null;
  }
  if (n !== "two" || normalAt(ws, i + 1) !== "thousand" || !MILLENNIUM_CONTEXT.has(normalAt(ws, i - 1))) return null;
  const j = normalAt(ws, i + 2) === "and" ? i + 3 : i + 2;
  const rest = smallNumberAt(ws, j);
  // "two thousand five hundred" is a count.
  if (rest && normalAt(ws, rest.end) !== "hundred") return { year: 2000 + rest.n, end: rest.end };
  if (rest) return null;
  // "in two thousand cases" is a count; "the year two thousand" is not.
  return ws[i + 2]?.pos === "NOUN" && normalAt(ws, i - 1) !== "year" ? null : { year: 2000, end: i + 2 };
}

/** A year in digits or words, with where it ends. */
export function yearSpanAt(ws: Word[], i: number): { year: number; end: number } | null {
  const y = yearAt(ws, i);
  return y !== null ? { year: y, end: i + 1 } : spokenYearAt(ws, i);
}
