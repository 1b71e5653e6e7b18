/** What a grammar rule returns, and small readers over the word stream shared by the rules. */
import type { Time } from "../contract/analysis.js";
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

export const isDigits = (s: string): boolean => /^\d+$/.test(s);

/** A plain integer token ("12", "1,200" is not accepted: times never use thousands separators). */
export function intAt(ws: Word[], i: number): number | null {
  const n = normalAt(ws, i);
  return isDigits(n) ? Number(n) : null;
}

/** Day of month: "7", "7th", "21st" (1–31). */
export function dayAt(ws: Word[], i: number): number | null {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(normalAt(ws, i));
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** Four-digit year in the range news talks about. */
export function yearAt(ws: Word[], i: number): number | null {
  const n = normalAt(ws, i);
  if (!/^\d{4}$/.test(n)) return null;
  const y = Number(n);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** Years outside this range are read as plain numbers. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

export const isCapitalised = (w: Word | undefined): boolean => !!w && /^[A-Z]/.test(w.text);
