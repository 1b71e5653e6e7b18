/**
 * The time grammar: one pass over the word stream; at each word, optional modifiers ("early",
 * "the end of", "about", "more than") and "the", then the longest match of the rules.
 */
import { MODS } from "./lexicon.js";
import { normalAt, type Rule, type TimeMatch } from "./match.js";
import { century, dayFirstDate, holiday, monthDate, numericDate, quarter, season, yearOrDecade } from "./rules-calendar.js";
import { clockRule } from "./rules-clock.js";
import {
  countedUnit,
  deictic,
  reference,
  relativeRule,
  reportedQuarter,
  setRule,
  weekdayRule,
  yearAgoAdjective,
} from "./rules-relative.js";
import type { Word } from "./words.js";

const RULES: Rule[] = [
  clockRule,
  numericDate,
  monthDate,
  dayFirstDate,
  holiday,
  century,
  quarter,
  yearOrDecade,
  season,
  setRule,
  relativeRule,
  yearAgoAdjective,
  reportedQuarter,
  countedUnit,
  deictic,
  weekdayRule,
  reference,
];

/** Two-word modifiers, looked up before one-word ones. */
const MULTI_MODS = ["more than", "less than", "at least", "up to", "no more than", "as early as", "as late as"];
const MULTI_MOD_VALUES: Record<string, string> = {
  "no more than": "EQUAL_OR_LESS",
  "as early as": "START",
  "as late as": "END",
};

/** Reads modifiers at i: returns the mod and where the core may start. */
function readMod(ws: Word[], i: number): { mod: string; next: number } | null {
  for (const phrase of MULTI_MODS) {
    const parts = phrase.split(" ");
    if (parts.every((p, k) => normalAt(ws, i + k) === p)) {
      return { mod: MULTI_MOD_VALUES[phrase] ?? (MODS.get(phrase) as string), next: i + parts.length };
    }
  }
  const n = normalAt(ws, i);
  // "the end of", "the beginning of", "the middle of"
  if ((n === "end" || n === "beginning" || n === "start" || n === "middle") && normalAt(ws, i + 1) === "of") {
    return { mod: MODS.get(n) as string, next: i + 2 };
  }
  if (n === "early" || n === "late" || n === "mid") {
    const next = normalAt(ws, i + 1) === "-" ? i + 2 : i + 1;
    return { mod: MODS.get(n) as string, next };
  }
  if (n === "about" || n === "around" || n === "nearly" || n === "almost" || n === "approximately" || n === "roughly") {
    return { mod: MODS.get(n) as string, next: i + 1 };
  }
  return null;
}

function matchCore(ws: Word[], i: number): TimeMatch[] | null {
  let best: TimeMatch[] | null = null;
  for (const rule of RULES) {
    const m = rule(ws, i);
    if (m && m.length > 0 && (!best || (m[m.length - 1] as TimeMatch).end > (best[best.length - 1] as TimeMatch).end)) best = m;
  }
  return best;
}

/** Modifiers that only make sense on a point in time, or on a length of time. */
const POINT_MODS = new Set(["START", "MID", "END"]);

function matchAt(ws: Word[], i: number): TimeMatch[] | null {
  let j = i;
  let hasThe = false;
  if (normalAt(ws, j) === "the") {
    hasThe = true;
    j++;
  }
  const mod = readMod(ws, j);
  if (mod) {
    let k = mod.next;
    if (normalAt(ws, k) === "the") k++;
    const core = matchCore(ws, k);
    if (core && core.length === 1) {
      const m = core[0] as TimeMatch;
      const fits = POINT_MODS.has(mod.mod) ? m.type !== "DURATION" && m.type !== "SET" : m.type === "DURATION" || m.type === "TIME";
      if (fits) return [{ ...m, first: hasThe ? i : j, mod: mod.mod }];
    }
  }
  const core = matchCore(ws, j);
  if (!core) return null;
  const head = core[0] as TimeMatch;
  if (hasThe && head.takesThe && head.first === j) core[0] = { ...head, first: i };
  return core;
}

/** Every time expression in the word stream, in order, non-overlapping. */
export function matchTimes(ws: Word[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (let i = 0; i < ws.length; ) {
    const m = matchAt(ws, i);
    if (!m) {
      i++;
      continue;
    }
    for (const x of m) out.push(x);
    i = Math.max(i + 1, (m[m.length - 1] as TimeMatch).end);
  }
  return out;
}
