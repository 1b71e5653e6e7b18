/**
 * The time grammar: one pass over the word stream; at each word, optional modifiers ("early",
 * "the end of", "about", "more than") and "the", then the longest match of the rules.
 */

import { MOVABLE_HOLIDAYS } from "./holidays.js";
import {
  DAY_DEICTICS,
  DAY_PARTS,
  DECADE_WORDS,
  HOLIDAYS,
  MODS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  REF_WORDS,
  RELATIVE,
  SEASONS,
  SET_ADVERBS,
  UNITS,
  VAGUE_AMOUNTS,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from "./lexicon.js";
import { isCapitalised, normalAt, type Rule, type TimeMatch } from "./match.js";
import {
  century,
  dayFirstDate,
  holiday,
  monthDate,
  numericDate,
  possessiveQuarter,
  quarter,
  season,
  yearOrDecade,
} from "./rules-calendar.js";
import { clockRule } from "./rules-clock.js";
import { unitLong } from "./rules-lengths.js";
import {
  countedUnit,
  deictic,
  midDayPart,
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
  possessiveQuarter,
  yearOrDecade,
  season,
  setRule,
  relativeRule,
  yearAgoAdjective,
  reportedQuarter,
  countedUnit,
  unitLong,
  deictic,
  midDayPart,
  weekdayRule,
  reference,
];

/** Two-word modifiers, looked up before one-word ones. */
const MULTI_MODS = ["more than", "less than", "at least", "up to", "no more than", "as early as", "as late as"];
const MULTI_MOD_PARTS = MULTI_MODS.map((p) => [p, p.split(" ")] as const);
/** First words of the two-word modifiers: other words skip the phrase loop. */
const MULTI_MOD_FIRSTS = new Set(MULTI_MODS.map((p) => p.split(" ")[0] as string));
const MULTI_MOD_VALUES: Record<string, string> = {
  "no more than": "EQUAL_OR_LESS",
  "as early as": "START",
  "as late as": "END",
};

/** Reads modifiers at i: returns the mod and where the core may start. */
function readMod(ws: Word[], i: number): { mod: string; next: number } | null {
  if (MULTI_MOD_FIRSTS.has(normalAt(ws, i))) return readMultiMod(ws, i) ?? readSingleMod(ws, i);
  return readSingleMod(ws, i);
}

function readMultiMod(ws: Word[], i: number): { mod: string; next: number } | null {
  for (const [phrase, parts] of MULTI_MOD_PARTS) {
    if (parts.every((p, k) => normalAt(ws, i + k) === p)) {
      return { mod: MULTI_MOD_VALUES[phrase] ?? (MODS.get(phrase) as string), next: i + parts.length };
    }
  }
  return null;
}

function readSingleMod(ws: Word[], i: number): { mod: string; next: number } | null {
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

/**
 * Words that can start a time expression (with its modifiers): every other word is skipped
 * with one Set lookup, which keeps the stage fast (most words are not times).
 */
const STARTERS = new Set<string>([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAY_PLURALS.keys(),
  ...SEASONS.keys(),
  ...DECADE_WORDS.keys(),
  ...UNITS.keys(),
  ...NUMBER_WORDS.keys(),
  ...ORDINALS.keys(),
  ...DAY_DEICTICS.keys(),
  ...DAY_PARTS.keys(),
  ...REF_WORDS.keys(),
  ...RELATIVE.keys(),
  ...SET_ADVERBS.keys(),
  ...VAGUE_AMOUNTS.keys(),
  ...MODS.keys(),
  ...[...MODS.keys()].map((k) => k.split(" ")[0] as string),
  ...["the", "every", "each", "per", "no", "as", "earlier", "later", "for", "within", "weekend", "latest", "most", "these", "at"],
  ...[
    "corresponding",
    "comparable",
    "equivalent",
    "future",
    "fiscal",
    "full",
    "financial",
    "noon",
    "midday",
    "midnight",
    "year",
    "couple",
    "final",
    "middle",
    "midmorning",
    "midafternoon",
    "current",
    // "the near term": read at "the" (the adjectives are too common to start a time themselves)
    "term",
  ],
]);

/** Common words that start a time only when a time word follows within a few words ("the end of May"). */
const FUNCTION_STARTERS = new Set([
  "the",
  "a",
  "an",
  "for",
  "at",
  "as",
  "no",
  "within",
  "most",
  "per",
  "some",
  "these",
  "that",
  "this",
  "each",
  "every",
  "over",
  "about",
  "around",
  "nearly",
  "almost",
  "approximately",
  "roughly",
  "more",
  "less",
  "up",
  "under",
  "early",
  "late",
  "mid",
  "end",
  "beginning",
  "start",
  "middle",
  "one",
  "last",
  "next",
]);
/** How far past a common word the time word may be: "the end of the year" is four words on. */
const LOOKAHEAD = 4;

/** What a word can do at the start of a time: nothing, start one itself, or start one if a time word follows. */
enum Starter {
  None = 0,
  Content = 1,
  Function = 2,
  /** Starts a time only when capitalised: the first word of a holiday's name ("New Year's Day", not "new"). */
  Capitalised = 3,
}

/** STARTERS and FUNCTION_STARTERS folded into one Map, so each word costs one lookup. */
const STARTER_KIND = new Map<string, Starter>();
for (const w of STARTERS) STARTER_KIND.set(w, Starter.Content);
for (const w of FUNCTION_STARTERS) STARTER_KIND.set(w, Starter.Function);
for (const name of [...HOLIDAYS.keys(), ...MOVABLE_HOLIDAYS.keys()]) {
  const w = name.split(" ")[0] as string;
  if (!STARTER_KIND.has(w)) STARTER_KIND.set(w, Starter.Capitalised);
}

/**
 * For each (first letter, last letter) pair of a starter, the bit set of its lengths (bit 31: 31
 * or longer). Most words fail this test, which costs less than hashing them for the Map lookup.
 */
const SHAPES = new Uint32Array(128 * 128);
const shapeIndex = (first: number, last: number): number => (first << 7) | last;
const lengthBit = (n: number): number => 1 << Math.min(n, 31);
for (const w of STARTER_KIND.keys()) {
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  if (first < 128 && last < 128) SHAPES[shapeIndex(first, last)] = (SHAPES[shapeIndex(first, last)] as number) | lengthBit(w.length);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function starterKind(w: Word): Starter {
  const n = w.normal;
  const c = n.charCodeAt(0);
  // Digits and "'80s" start numbers, years, dates and clock times ("'s" and a lone "'" start nothing).
  if (isDigit(c) || (c === 39 && isDigit(n.charCodeAt(1)))) return Starter.Content;
  const last = n.charCodeAt(n.length - 1);
  if (c >= 128 || last >= 128 || ((SHAPES[shapeIndex(c, last)] as number) & lengthBit(n.length)) === 0) return Starter.None;
  const kind = STARTER_KIND.get(n) ?? Starter.None;
  if (kind !== Starter.Capitalised) return kind;
  return isCapitalised(w) ? Starter.Content : Starter.None;
}

/** Starter kind of every word, computed once per document. */
function starterKinds(ws: Word[]): Uint8Array {
  const kinds = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) kinds[i] = starterKind(ws[i] as Word);
  return kinds;
}

function mayStart(kinds: Uint8Array, i: number): boolean {
  const kind = kinds[i];
  if (kind !== Starter.Function) return kind === Starter.Content;
  const stop = Math.min(kinds.length, i + LOOKAHEAD + 1);
  for (let k = i + 1; k < stop; k++) if (kinds[k] === Starter.Content) return true;
  return false;
}

/** Every time expression in the word stream, in order, non-overlapping. */
export function matchTimes(ws: Word[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  const kinds = starterKinds(ws);
  for (let i = 0; i < ws.length; ) {
    if (!mayStart(kinds, i)) {
      i++;
      continue;
    }
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
