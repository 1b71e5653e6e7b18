/**
 * Rules for expressions read against the publication date or the previous time: today/now/
 * recently, weekdays, "last/next/this <unit|weekday|month|season>", "two years ago",
 * "a year earlier", "earlier this month", durations ("two-day", "the past two years") and sets.
 */
import type { Grain } from "./calendar.js";
import {
  DAY_DEICTICS,
  DAY_PART_PLURALS,
  DAY_PARTS,
  MONTHS,
  NUMBER_WORDS,
  REF_WORDS,
  RELATIVE,
  SEASONS,
  SET_ADVERBS,
  UNITS,
  type UnitInfo,
  VAGUE_AMOUNTS,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from "./lexicon.js";
import { intAt, isCapitalised, normalAt, type Rule, startsWithDigit, type TimeMatch } from "./match.js";
import type { TimeSem } from "./resolve.js";
import { dayFirstDate, monthDate, quarter } from "./rules-calendar.js";
import type { Word } from "./words.js";

/** Reads a day part after a day word: "Friday morning", "yesterday afternoon". */
function partAt(ws: Word[], i: number): string | undefined {
  return DAY_PARTS.get(normalAt(ws, i));
}

/** today / yesterday / tomorrow / tonight, with a day part ("yesterday morning"). */
export const deictic: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  const offset = DAY_DEICTICS.get(n);
  if (offset === undefined) return null;
  const part = n === "tonight" ? "NI" : partAt(ws, i + 1);
  const end = part && n !== "tonight" ? i + 2 : i + 1;
  return [{ first: i, end, type: part ? "TIME" : "DATE", sem: { k: "deictic", offset, part }, mod: null }];
};

/** Single words for the middle of a part of day. */
const MID_PARTS = new Map([
  ["midmorning", "MO"],
  ["midafternoon", "AF"],
]);

/**
 * "mid-afternoon", "mid afternoon yesterday", "midmorning": a part of the publication day (or of
 * the day word after it). Reached after the grammar has read "mid" as a modifier.
 */
export const midDayPart: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  const afterMid = normalAt(ws, i - 1) === "mid" || (normalAt(ws, i - 1) === "-" && normalAt(ws, i - 2) === "mid");
  const part = MID_PARTS.get(n) ?? (afterMid ? DAY_PARTS.get(n) : undefined);
  if (!part || n === "overnight") return null;
  const offset = DAY_DEICTICS.get(normalAt(ws, i + 1));
  const end = offset !== undefined && normalAt(ws, i + 1) !== "tonight" ? i + 2 : i + 1;
  return [{ first: i, end, type: "TIME", sem: { k: "deictic", offset: end > i + 1 ? (offset as number) : 0, part }, mod: null }];
};

/** now, currently, recently, soon, "the future", "the past", "these days", "at present". */
export const reference: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  const ref = REF_WORDS.get(n);
  if (ref) {
    // "more recently" keeps its comparative.
    const first = normalAt(ws, i - 1) === "more" || normalAt(ws, i - 1) === "most" ? i - 1 : i;
    return [{ first, end: i + 1, type: "DATE", sem: { k: "value", value: ref }, mod: null }];
  }
  const next = normalAt(ws, i + 1);
  if (
    (n === "future" || n === "past") &&
    normalAt(ws, i - 1) === "the" &&
    !UNITS.has(next) &&
    !NUMBER_WORDS.has(next) &&
    intAt(ws, i + 1) === null &&
    !VAGUE_AMOUNTS.has(next)
  ) {
    if (ws[i + 1]?.pos === "NOUN" || ws[i + 1]?.pos === "PROPN") return null;
    return [
      {
        first: i,
        end: i + 1,
        type: "DATE",
        sem: { k: "value", value: n === "future" ? "FUTURE_REF" : "PAST_REF" },
        mod: null,
        takesThe: true,
      },
    ];
  }
  const ahead = aheadAt(ws, i) ?? currentAt(ws, i);
  if (ahead) return ahead;
  if ((n === "these" && next === "days") || (n === "at" && next === "present")) {
    return [{ first: i, end: i + 2, type: "DATE", sem: { k: "value", value: "PRESENT_REF" }, mod: null }];
  }
  return null;
};

/** Adjectives of "the near future", "the short term": a time ahead of unstated length. */
const AHEAD_ADJECTIVES = new Set(["near", "immediate", "short", "long", "distant"]);

/** "the near future", "the near term", "the short term": FUTURE_REF ("the foreseeable future", an idiom for "indefinitely", is left out as news annotation leaves it). */
function aheadAt(ws: Word[], i: number): TimeMatch[] | null {
  if (!AHEAD_ADJECTIVES.has(normalAt(ws, i)) || normalAt(ws, i - 1) !== "the") return null;
  const head = normalAt(ws, i + 1);
  if (head !== "future" && head !== "term") return null;
  // "the short term debt", "the long term interest rate": a modifier, not a time.
  if (ws[i + 2]?.pos === "NOUN" || normalAt(ws, i + 2) === "-") return null;
  return [{ first: i, end: i + 2, type: "DATE", sem: { k: "value", value: "FUTURE_REF" }, mod: null, takesThe: true }];
}

/** Nouns after "current" that make a fixed term, not a time: "the current account", "a current of air". */
const CURRENT_TERMS = new Set(["account", "accounts", "affairs", "assets", "liabilities", "flow", "flows", "of"]);

/** "its current position", "current market conditions": PRESENT_REF; "the then current price": PAST_REF. */
function currentAt(ws: Word[], i: number): TimeMatch[] | null {
  if (normalAt(ws, i) !== "current") return null;
  const next = ws[i + 1];
  if (!next || (next.pos !== "NOUN" && next.pos !== "ADJ" && next.pos !== "NUM") || CURRENT_TERMS.has(next.normal)) return null;
  const then = normalAt(ws, i - 1) === "then";
  const value = then ? "PAST_REF" : "PRESENT_REF";
  return [{ first: then ? i - 1 : i, end: i + 1, type: "DATE", sem: { k: "value", value }, mod: null }];
}

/** "Thursday", "Thursday night"; plural "Mondays" is a set. */
export const weekdayRule: Rule = (ws, i) => {
  const w = ws[i];
  if (!isCapitalised(w)) return null;
  const plural = WEEKDAY_PLURALS.get(normalAt(ws, i));
  if (plural !== undefined) return [{ first: i, end: i + 1, type: "SET", sem: { k: "value", value: `XXXX-WXX-${plural}` }, mod: null }];
  const wd = WEEKDAYS.get(normalAt(ws, i));
  if (wd === undefined) return null;
  const every = everyPartAt(ws, i + 1);
  if (every) {
    const value = `XXXX-WXX-${wd}T${every.part}`;
    return [{ first: i, end: every.own ? i + 2 : i + 1, type: "SET", sem: { k: "value", value }, mod: null }];
  }
  const part = partAt(ws, i + 1);
  return [{ first: i, end: part ? i + 2 : i + 1, type: part ? "TIME" : "DATE", sem: { k: "weekday", wd, dir: null, part }, mod: null }];
};

/** Words that join weekdays in a list: "Monday, Tuesday and Friday nights". */
const WEEKDAY_LIST_JOINERS = new Set([",", "and", "or"]);
/** A list of weekdays longer than this many words is not read as sharing one day part. */
const MAX_WEEKDAY_LIST = 8;

/**
 * The plural day part at i ("nights": own) or ending a list of weekdays that starts at i
 * ("and Tuesday nights"): each weekday of the list names that part of every such day.
 */
function everyPartAt(ws: Word[], i: number): { part: string; own: boolean } | undefined {
  const own = DAY_PART_PLURALS.get(normalAt(ws, i));
  if (own) return { part: own, own: true };
  let j = i;
  while (j < i + MAX_WEEKDAY_LIST && (WEEKDAY_LIST_JOINERS.has(normalAt(ws, j)) || (isCapitalised(ws[j]) && WEEKDAYS.has(normalAt(ws, j)))))
    j++;
  const part = DAY_PART_PLURALS.get(normalAt(ws, j));
  return part && j > i && WEEKDAYS.has(normalAt(ws, j - 1)) ? { part, own: false } : undefined;
}

/** A count: digits, number words ("twenty-five"), or a vague amount (null: "several"). */
export function countAt(ws: Word[], i: number): { value: number | null; end: number } | null {
  const c = wholeCountAt(ws, i);
  if (!c || c.value === null) return c;
  // "2 1/2", "two and a half"
  if (normalAt(ws, c.end) === "1/2" || normalAt(ws, c.end) === "½") return { value: c.value + 0.5, end: c.end + 1 };
  if (isAndAHalf(ws, c.end)) return { value: c.value + 0.5, end: c.end + 3 };
  return c;
}

const isAndAHalf = (ws: Word[], i: number): boolean =>
  normalAt(ws, i) === "and" && normalAt(ws, i + 1) === "a" && normalAt(ws, i + 2) === "half";

function wholeCountAt(ws: Word[], i: number): { value: number | null; end: number } | null {
  const n = normalAt(ws, i);
  const digits = intAt(ws, i);
  if (digits !== null) return { value: digits, end: i + 1 };
  if (startsWithDigit(n) && /^\d+\.\d+$/.test(n)) return { value: Number(n), end: i + 1 };
  if ((n === "a" || n === "an") && (normalAt(ws, i + 1) === "few" || normalAt(ws, i + 1) === "couple")) {
    const end = normalAt(ws, i + 2) === "of" ? i + 3 : i + 2;
    return { value: normalAt(ws, i + 1) === "couple" ? 2 : null, end };
  }
  if (n === "couple" && normalAt(ws, i + 1) === "of") {
    return { value: 2, end: i + 2 };
  }
  const word = NUMBER_WORDS.get(n);
  if (word !== undefined) {
    if (word >= 20 && word < 100 && word % 10 === 0) {
      // "twenty-four", "twenty four"
      const k = normalAt(ws, i + 1) === "-" ? i + 2 : i + 1;
      const unit = NUMBER_WORDS.get(normalAt(ws, k));
      if (unit !== undefined && unit >= 1 && unit < 10 && normalAt(ws, k) !== "a" && normalAt(ws, k) !== "an")
        return { value: word + unit, end: k + 1 };
    }
    return { value: word, end: i + 1 };
  }
  if (VAGUE_AMOUNTS.has(n) && n !== "recent" && n !== "coming" && n !== "next") {
    return { value: null, end: normalAt(ws, i + 1) === "of" ? i + 2 : i + 1 };
  }
  return null;
}

/** "n <unit>s ago": back from publication, as a day for weeks and a year for decades and centuries. */
function agoSem(n: number, grain: Grain): TimeSem {
  // "two weeks ago" is a day (TimeBank writes a week as often as a day); "a decade ago" a year.
  if (grain === "week") return { k: "relative", grain: "day", n: 7 * n, dir: -1, from: "anchor", ago: true };
  if (grain === "decade" || grain === "century") {
    return { k: "relative", grain: "year", n: n * (grain === "decade" ? 10 : 100), dir: -1, from: "anchor", ago: true };
  }
  return { k: "relative", grain, n, dir: -1, from: "anchor", ago: true };
}

/** Units written as multiples of another in TIMEX3 durations ("two decades" → P20Y, "three quarters" → P9M). */
const UNIT_MULTIPLES: Record<string, [number, string]> = { DE: [10, "Y"], CE: [100, "Y"], Q: [3, "M"] };

/** The next smaller unit, for writing the fraction of a duration ("2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M). */
const SMALLER_UNIT: Record<string, [number, string]> = { Y: [12, "M"], W: [7, "D"], D: [24, "TH"], TH: [60, "TM"], TM: [60, "TS"] };

/** ISO 8601 duration from (amount, code) parts; codes starting with T are clock units. */
function isoDuration(parts: Array<[string, string]>): string {
  const date = parts.filter(([, c]) => !c.startsWith("T")).map(([n, c]) => n + c);
  const time = parts.filter(([, c]) => c.startsWith("T")).map(([n, c]) => n + c.slice(1));
  return `P${date.join("")}${time.length ? `T${time.join("")}` : ""}`;
}

export function durationValue(n: number | null, unit: UnitInfo): string {
  let code = unit.code;
  let amount = n;
  const multiple = UNIT_MULTIPLES[code];
  if (multiple && amount !== null) {
    amount *= multiple[0];
    code = multiple[1];
  }
  if (amount === null) return isoDuration([["X", code]]);
  const smaller = SMALLER_UNIT[code];
  const whole = Math.floor(amount);
  const rest = smaller ? (amount - whole) * smaller[0] : 0;
  if (smaller && rest > 0 && Number.isInteger(rest)) {
    const parts: Array<[string, string]> = whole > 0 ? [[String(whole), code]] : [];
    parts.push([String(rest), smaller[1]]);
    return isoDuration(parts);
  }
  return isoDuration([[String(amount), code]]);
}

/** Words between a count and its time unit that leave the length as counted. */
const UNIT_FILLERS = new Set(["more", "additional", "extra", "further", "trading", "business", "working", "straight", "consecutive"]);

const BEFORE_SET = new Set(["twice", "once", "times", "per"]);

/** Modals before "one day" that make it some day ahead ("Islam will one day be …"). */
const MODALS = new Set(["will", "would", "could", "may", "might", "can", "should", "'ll"]);

/**
 * Whether the word before i ends an amount (a number, a counted noun, a percent): then "a year",
 * "annually" after it is the unit of a rate ("$2 million a year", "20% annually"), which TimeML
 * news annotation mostly leaves untagged, unlike "twice a week".
 */
function isRateAfter(ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev) return false;
  return prev.pos === "NUM" || prev.pos === "NOUN" || prev.pos === "PROPN" || prev.normal === "%" || prev.normal === "percent";
}

/** Whether a noun or adjective follows at i ("a second group"): the word before is an ordinal. */
const isModified = (ws: Word[], i: number): boolean => ws[i]?.pos === "NOUN" || ws[i]?.pos === "ADJ" || ws[i]?.pos === "PROPN";

/**
 * "two years", "two-day", "a year ago", "three days later", "several months"; with "the past/
 * next/first" before it, handled in relativeRule.
 */
export const countedUnit: Rule = (ws, i) => {
  const count = countAt(ws, i);
  if (!count) return null;
  const n = normalAt(ws, i);
  let j = count.end;
  const hyphen = normalAt(ws, j) === "-";
  if (hyphen) j++;
  // "two more weeks", "an additional year", "eight trading days"
  if (!hyphen && UNIT_FILLERS.has(normalAt(ws, j)) && UNITS.has(normalAt(ws, j + 1))) j++;
  const unit = UNITS.get(normalAt(ws, j));
  if (!unit) return null;
  // "a weeks-long siege": "a" counts the siege, not the weeks.
  if ((n === "a" || n === "an") && count.value === 1 && unit.plural) return null;
  // "a minute and a half"
  if (count.value !== null && !unit.plural && isAndAHalf(ws, j + 1)) {
    return [{ first: i, end: j + 4, type: "DURATION", sem: { k: "value", value: durationValue(count.value + 0.5, unit) }, mod: null }];
  }
  // "1990 quarter" is a year and a quarter, not 1,990 of them.
  if (count.value !== null && count.value >= 1000) return null;
  const end = j + 1;
  const after = normalAt(ws, end);
  // "a 6-year-old": an age; "three-quarters of": a fraction.
  if (after === "old" || (after === "-" && normalAt(ws, end + 1) === "old")) return null;
  // "a year-long war": "a" counts the war (the length is read at "year"); "two-hour-long" is the length.
  if (after === "-" && normalAt(ws, end + 1) === "long") {
    if (n === "a" || n === "an") return null;
    return [{ first: i, end: end + 2, type: "DURATION", sem: { k: "value", value: durationValue(count.value, unit) }, mod: null }];
  }
  // "a year-earlier loss": the adjective is read at "year" (yearAgoAdjective).
  if (after === "-" && (normalAt(ws, end + 1) === "earlier" || normalAt(ws, end + 1) === "ago")) return null;
  // "a week or so ago": an approximate distance back.
  if (after === "or" && normalAt(ws, end + 1) === "so" && normalAt(ws, end + 2) === "ago" && unit.grain && count.value !== null) {
    const sem = agoSem(count.value, unit.grain);
    return [{ first: i, end: end + 3, type: "DATE", sem, mod: "APPROX" }];
  }
  if (unit.grain === "quarter" && (after === "of" || count.value === null || n === "a" || (hyphen && unit.plural))) return null;
  if (unit.grain && (after === "ago" || after === "earlier" || after === "later" || after === "before" || after === "after")) {
    const nextPos = ws[end + 1]?.pos;
    const bare = after === "ago" || after === "earlier" || after === "later" || !nextPos || nextPos === "PUNCT";
    // "several years ago": some time in the past.
    if (after === "ago" && count.value === null) {
      return [{ first: i, end: end + 1, type: "DATE", sem: { k: "value", value: "PAST_REF" }, mod: null }];
    }
    if (bare && count.value !== null) {
      if (after === "ago") return [{ first: i, end: end + 1, type: "DATE", sem: agoSem(count.value, unit.grain), mod: null }];
      const dir = after === "earlier" || after === "before" ? -1 : 1;
      // "two weeks later" is a day; "a decade earlier" a year.
      const grain = unit.grain === "week" ? "day" : unit.grain === "decade" || unit.grain === "century" ? "year" : unit.grain;
      const steps = count.value * (unit.grain === "week" ? 7 : unit.grain === "decade" ? 10 : unit.grain === "century" ? 100 : 1);
      const sem: TimeSem = { k: "relative", grain, n: steps, dir, from: "last" };
      return [{ first: i, end: end + 1, type: "DATE", sem, mod: null }];
    }
  }
  if ((n === "a" || n === "an" || n === "per") && BEFORE_SET.has(normalAt(ws, i - 1))) {
    return [{ first: i, end, type: "SET", sem: { k: "value", value: durationValue(1, unit) }, mod: null }];
  }
  // "$500 million a year", "four flights a week": the time unit of a rate, part of the quantity.
  if ((n === "a" || n === "an" || n === "per") && isRateAfter(ws, i)) return null;
  // "a second betrayal": an ordinal; "will one day be": some day ahead.
  if (n === "a" && unit.code === "TS" && !unit.plural && isModified(ws, end)) return null;
  if (n === "one" && unit.grain === "day" && !unit.plural && (MODALS.has(normalAt(ws, i - 1)) || ws[end]?.pos === "VERB")) {
    return [{ first: i, end, type: "DATE", sem: { k: "value", value: "FUTURE_REF" }, mod: null }];
  }
  const value = durationValue(count.value, unit);
  return [{ first: i, end, type: "DURATION", sem: { k: "value", value }, mod: null, takesThe: true }];
};

/** Words between "the" and "year" that name the year a company reports on. */
const REPORT_YEAR_WORDS = new Set(["fiscal", "full", "financial", "entire", "whole"]);
/** Words before "of the year/month/week" that make it the current one: "the end of the year". */
const PART_OF_WORDS = new Set(["end", "beginning", "start", "middle", "rest", "remainder", "close"]);

/** "(the end of) the year", "(the rest of) the month": the current unit. */
function partOfCurrent(ws: Word[], i: number): TimeMatch[] | null {
  const unit = UNITS.get(normalAt(ws, i));
  if (!unit?.grain || unit.plural || unit.grain === "day" || unit.grain === "quarter") return null;
  if (normalAt(ws, i - 1) !== "the" || normalAt(ws, i - 2) !== "of" || !PART_OF_WORDS.has(normalAt(ws, i - 3))) return null;
  const sem: TimeSem = { k: "relative", grain: unit.grain, n: 1, dir: 0, from: "anchor" };
  return [{ first: i, end: i + 1, type: "DATE", sem, mod: null, takesThe: true }];
}
/** Verbs after "the year" that make it a twelve-month length: "the year ended March 31". */
const YEAR_ENDED = new Set(["ended", "ending", "ends", "to"]);

/**
 * "the year ended March 31", "the fiscal year ending June 30" (a twelve-month duration);
 * "for the year." and "the fiscal year", "the full year" (the current reporting year).
 */
function reportingYear(ws: Word[], i: number): TimeMatch[] | null {
  let j = i;
  const lead = normalAt(ws, j);
  if (REPORT_YEAR_WORDS.has(lead)) j++;
  if (normalAt(ws, j) !== "year" || normalAt(ws, i - 1) !== "the") return null;
  const after = normalAt(ws, j + 1);
  if (YEAR_ENDED.has(after) && (after !== "to" || ws[j + 2]?.pos === "PROPN")) {
    return [{ first: i, end: j + 1, type: "DURATION", sem: { k: "value", value: "P1Y" }, mod: null, takesThe: true }];
  }
  // "the full year", "for the year", "nine months of the year.", "a high for the year of $42": the year of the period just reported on, else the current one.
  const current: TimeSem = { k: "period-year" };
  const before = normalAt(ws, i - 2);
  const forTheYear = j === i && (before === "for" || before === "of") && (ws[j + 1]?.pos === "PUNCT" || normalAt(ws, j + 1) === "of");
  if (forTheYear || (j > i && ws[j + 1]?.pos !== "NOUN")) {
    return [{ first: i, end: j + 1, type: "DATE", sem: current, mod: null, takesThe: true }];
  }
  return null;
}

/**
 * "year-end", "year end", "year's end": the end of the publication year (of the year before,
 * after "since").
 */
function yearEnd(ws: Word[], i: number): TimeMatch[] | null {
  if (normalAt(ws, i) !== "year") return null;
  const j = normalAt(ws, i + 1) === "-" || normalAt(ws, i + 1) === "'s" ? i + 2 : i + 1;
  if (normalAt(ws, j) !== "end") return null;
  const dir = normalAt(ws, i - 1) === "since" ? -1 : 0;
  return [
    { first: i, end: j + 1, type: "DATE", sem: { k: "relative", grain: "year", n: 1, dir, from: "anchor" }, mod: "END", takesThe: true },
  ];
}

/** "the first nine months", "the first two weeks": a length, counted from the start of a period. */
function firstUnits(ws: Word[], i: number): TimeMatch[] | null {
  const count = countAt(ws, i + 1);
  const unit = count ? UNITS.get(normalAt(ws, count.end)) : undefined;
  if (!count || count.value === null || !unit?.plural || unit.grain === "quarter") return null;
  const value = durationValue(count.value, unit);
  return [{ first: i, end: count.end + 1, type: "DURATION", sem: { k: "value", value }, mod: null, takesThe: true }];
}

/** "(earlier in) the year", "(later in) the day": the unit of the time just mentioned, else the current one. */
function inTheUnit(ws: Word[], i: number): TimeMatch[] | null {
  const lead = normalAt(ws, i);
  if ((lead !== "earlier" && lead !== "later") || normalAt(ws, i + 1) !== "in" || normalAt(ws, i + 2) !== "the") return null;
  const unit = UNITS.get(normalAt(ws, i + 3));
  if (!unit?.grain || unit.plural || unit.grain === "quarter") return null;
  const sem: TimeSem = { k: "relative", grain: unit.grain, n: 1, dir: 0, from: "last", whole: true, orAnchor: true };
  // TimeML tags "the day" of "later in the day".
  return [{ first: i + 2, end: i + 4, type: "DATE", sem, mod: null }];
}

/** "the week of March 6": the week holding that day. */
function weekOf(ws: Word[], i: number): TimeMatch[] | null {
  if (normalAt(ws, i) !== "week" || normalAt(ws, i - 1) !== "the" || normalAt(ws, i + 1) !== "of") return null;
  const date = (monthDate(ws, i + 2) ?? dayFirstDate(ws, i + 2))?.[0];
  if (date?.sem.k !== "date" || date.sem.day === null || date.first !== i + 2) return null;
  return [{ first: i, end: date.end, type: "DATE", sem: { k: "week-of", date: date.sem }, mod: null, takesThe: true }];
}

/** Determiners of "the same month a year ago", "the corresponding period last year". */
const SAME_WORDS = new Set(["same", "corresponding", "comparable", "equivalent"]);

/** Where "a year ago", "a year earlier", "last year", "the previous year" ends at i, else -1. */
function yearBackEnd(ws: Word[], i: number): number {
  const a = normalAt(ws, i);
  const b = normalAt(ws, i + 1);
  if ((a === "a" || a === "one") && b === "year" && (normalAt(ws, i + 2) === "ago" || normalAt(ws, i + 2) === "earlier")) return i + 3;
  if ((a === "last" || a === "a") && b === "year") return a === "last" ? i + 2 : -1;
  if (a === "the" && (b === "previous" || b === "prior") && normalAt(ws, i + 2) === "year") return i + 3;
  return -1;
}

/** "the same month a year ago", "the corresponding period last year", "the same quarter a year earlier". */
function sameLastYear(ws: Word[], i: number): TimeMatch[] | null {
  if (!SAME_WORDS.has(normalAt(ws, i)) || normalAt(ws, i - 1) !== "the") return null;
  const head = normalAt(ws, i + 1);
  const unit = UNITS.get(head);
  if (head !== "period" && (!unit?.grain || unit.plural)) return null;
  const end = yearBackEnd(ws, i + 2);
  if (end < 0) return null;
  const sem: TimeSem = { k: "year-before-last", grain: head === "period" ? null : (unit?.grain ?? null) };
  return [{ first: i, end, type: "DATE", sem, mod: null, takesThe: true }];
}

/** Units that "last/next/this" move by, beyond the calendar grains. */
function relativeUnit(n: string): { grain: Grain; weekend?: boolean } | null {
  if (n === "weekend") return { grain: "week", weekend: true };
  const unit = UNITS.get(n);
  return unit?.grain && !unit.plural ? { grain: unit.grain } : null;
}

/** One match starting at word `first`, without a modifier. */
function matchFrom(first: number, m: Omit<TimeMatch, "first" | "mod">): TimeMatch[] {
  return [{ first, mod: null, ...m }];
}

/** Determiners that make "the previous day", "the next week" count from the last time mentioned. */
const FROM_LAST = new Set(["previous", "following", "preceding", "prior", "same", "that", "next"]);

/**
 * "last week", "next month", "this year", "the past two years", "the coming weeks",
 * "last Friday", "next May", "this summer", "the previous day", "earlier this month".
 */
export const relativeRule: Rule = (ws, i) => {
  let j = i;
  let first = i;
  const lead = normalAt(ws, j);
  // "recent years", "for weeks", "within months": an unspecified length.
  const plural = lead === "recent" || lead === "for" || lead === "within" ? UNITS.get(normalAt(ws, i + 1)) : undefined;
  if (plural?.plural) {
    const f = lead === "recent" ? i : i + 1;
    if (lead !== "recent" && (normalAt(ws, i + 2) === "of" || ws[i + 2]?.pos === "NOUN")) return null;
    return [{ first: f, end: i + 2, type: "DURATION", sem: { k: "value", value: durationValue(null, plural) }, mod: null, takesThe: true }];
  }
  // "over the weekend", "the weekend": the last weekend before (or at) publication.
  if (lead === "weekend" && normalAt(ws, i - 1) === "the") {
    return [{ first: i, end: i + 1, type: "DATE", sem: { k: "weekend" }, mod: null, takesThe: true }];
  }
  const reporting =
    reportingYear(ws, i) ?? sameLastYear(ws, i) ?? partOfCurrent(ws, i) ?? weekOf(ws, i) ?? yearEnd(ws, i) ?? inTheUnit(ws, i);
  if (reporting) return reporting;
  if (
    (lead === "earlier" || lead === "later") &&
    (normalAt(ws, j + 1) === "this" || normalAt(ws, j + 1) === "next" || normalAt(ws, j + 1) === "last")
  )
    j++;
  const det = normalAt(ws, j);
  const dir = RELATIVE.get(det);
  if (dir === undefined) return det === "first" ? firstUnits(ws, j) : null;
  const hasThe = normalAt(ws, first - 1) === "the";
  j++;
  // "last fiscal year", "the current fiscal year"
  if (normalAt(ws, j) === "fiscal" && normalAt(ws, j + 1) === "year") j++;
  const next = normalAt(ws, j);
  // "the past two years", "the next five months", "last three weeks", "the past few years"
  const count = countAt(ws, j);
  if (count && count.value !== 1 && det !== "this" && det !== "that" && det !== "current" && det !== "same") {
    const unit = UNITS.get(normalAt(ws, count.end));
    if (unit?.plural)
      return matchFrom(first, {
        end: count.end + 1,
        type: "DURATION",
        sem: { k: "value", value: durationValue(count.value, unit) },
        takesThe: true,
      });
  }
  const unit = UNITS.get(next);
  if (unit?.plural && det !== "that" && det !== "same" && det !== "these") {
    return matchFrom(first, { end: j + 1, type: "DURATION", sem: { k: "value", value: durationValue(null, unit) }, takesThe: true });
  }
  const rel = relativeUnit(next);
  if (rel) {
    const fromLast = FROM_LAST.has(det) && (hasThe || det === "that") && !(det === "next" && rel.grain !== "day");
    if (det === "these" || (det === "next" && hasThe && rel.grain !== "day")) return null;
    const sem: TimeSem = fromLast
      ? { k: "relative", grain: rel.grain, n: 1, dir: det === "same" || det === "that" ? 0 : dir, from: "last", whole: true }
      : { k: "relative", grain: rel.grain, n: 1, dir, from: "anchor", weekend: rel.weekend };
    if (lead === "earlier" || lead === "later") first = i;
    return matchFrom(first, { end: j + 1, type: "DATE", sem, takesThe: true });
  }
  const part = DAY_PARTS.get(next);
  // "the next morning", "that night": a part of the day after (or of) the day just mentioned.
  if (part && ((hasThe && FROM_LAST.has(det)) || det === "that")) {
    const sem: TimeSem = { k: "relative", grain: "day", n: 1, dir, from: "last", whole: true, part };
    return matchFrom(first, { end: j + 1, type: "TIME", sem, takesThe: true });
  }
  if (det === "these" || det === "that" || det === "same" || det === "current" || det === "coming") return null;
  // "last Friday", "this morning", "last night"
  if (part && (det === "this" || det === "last")) {
    const offset = det === "last" && part === "NI" ? -1 : 0;
    return matchFrom(first, { end: j + 1, type: "TIME", sem: { k: "deictic", offset, part } });
  }
  const w = ws[j];
  const wd = isCapitalised(w) ? WEEKDAYS.get(next) : undefined;
  if (wd !== undefined) {
    // "the previous Friday", "the following Monday": counted from the day just mentioned.
    const fromLast = hasThe && FROM_LAST.has(det);
    return matchFrom(first, { end: j + 1, type: "DATE", sem: { k: "weekday", wd, dir, fromLast }, takesThe: fromLast });
  }
  const month = isCapitalised(w) ? MONTHS.get(next) : undefined;
  if (month !== undefined && det !== "past") {
    // "last Oct. 23": a day of that month.
    const dated = monthDate(ws, j)?.[0];
    if (dated && dated.sem.k === "date" && dated.sem.day !== null && dated.sem.year === null) {
      return matchFrom(first, { end: dated.end, type: "DATE", sem: { ...dated.sem, dir } });
    }
    return matchFrom(first, { end: j + 1, type: "DATE", sem: { k: "date", year: null, month, day: null, dir } });
  }
  const s = SEASONS.get(next);
  if (s !== undefined)
    return matchFrom(first, { end: j + 1, type: "DATE", sem: { k: "season", season: s, year: null, dir }, takesThe: true });
  return null;
};

/** "every year", "each Thursday", "every other week", "daily", "annually". */
export const setRule: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  const adverb = SET_ADVERBS.get(n);
  if (adverb) {
    if (ws[i]?.pos === "ADJ" && ws[i + 1]?.pos === "NOUN") return null;
    if (isRateAfter(ws, i)) return null;
    return [{ first: i, end: i + 1, type: "SET", sem: { k: "value", value: adverb }, mod: null }];
  }
  if (n !== "every" && n !== "each") return null;
  let j = i + 1;
  let step = 1;
  if (normalAt(ws, j) === "other") {
    step = 2;
    j++;
  }
  const count = countAt(ws, j);
  if (count && count.value !== null && count.value > 1) {
    step = count.value;
    j = count.end;
  }
  const unitWord = normalAt(ws, j);
  const unit = UNITS.get(unitWord);
  if (unit) return [{ first: i, end: j + 1, type: "SET", sem: { k: "value", value: durationValue(step, unit) }, mod: null }];
  const wd = WEEKDAYS.get(unitWord);
  if (wd !== undefined) return [{ first: i, end: j + 1, type: "SET", sem: { k: "value", value: `XXXX-WXX-${wd}` }, mod: null }];
  const month = MONTHS.get(unitWord);
  if (month !== undefined && isCapitalised(ws[j])) {
    return [{ first: i, end: j + 1, type: "SET", sem: { k: "value", value: `XXXX-${String(month).padStart(2, "0")}` }, mod: null }];
  }
  const s = SEASONS.get(unitWord);
  if (s !== undefined)
    return [{ first: i, end: j + 1, type: "SET", sem: { k: "value", value: `XXXX-${["SP", "SU", "FA", "WI"][s]}` }, mod: null }];
  return null;
};

/**
 * "year-earlier", "the year-ago quarter", "the year-ago third quarter": the same period a year
 * before the one reported on (the quarter, when the head says so or a quarter was mentioned).
 */
export const yearAgoAdjective: Rule = (ws, i) => {
  if (normalAt(ws, i) !== "year" || normalAt(ws, i + 1) !== "-") return null;
  const rel = normalAt(ws, i + 2);
  if (rel !== "earlier" && rel !== "ago") return null;
  const end = i + 3;
  const head = normalAt(ws, end);
  // "the year-ago third quarter": that quarter of the previous year.
  const q = quarter(ws, end)?.[0];
  if (q && q.sem.k === "quarter" && q.sem.year === null && q.first === end) {
    return [{ ...q, first: i, sem: { ...q.sem, yearShift: -1 }, takesThe: true }];
  }
  if (head === "quarter" || head === "period") {
    return [{ first: i, end: end + 1, type: "DATE", sem: { k: "current-quarter", yearShift: -1 }, mod: null, takesThe: true }];
  }
  const sem: TimeSem = { k: "relative", grain: "year", n: 1, dir: -1, from: "anchor", ago: true };
  return [{ first: i, end, type: "DATE", sem, mod: null, takesThe: true }];
};

/** "the latest quarter", "the quarter", "the latest period": the quarter being reported. */
export const reportedQuarter: Rule = (ws, i) => {
  let j = i;
  if (normalAt(ws, j) === "latest" || normalAt(ws, j) === "recent") j++;
  else if (normalAt(ws, j) === "most" && normalAt(ws, j + 1) === "recent") j += 2;
  const head = normalAt(ws, j);
  if (head !== "quarter" && !(head === "period" && (j > i || yearBackEnd(ws, j + 1) > 0))) return null;
  if (normalAt(ws, i - 1) !== "the") return null;
  // "the quarter-to-quarter comparison": an adjective.
  if (normalAt(ws, j + 1) === "-" && normalAt(ws, j + 2) === "to") return null;
  // "the quarter a year ago": one time, the reported quarter a year back; "the period last year": the period just named, a year back.
  const back = yearBackEnd(ws, j + 1);
  if (back > 0) {
    const sem: TimeSem = head === "quarter" ? { k: "current-quarter", yearShift: -1 } : { k: "year-before-last", grain: null };
    return [{ first: i, end: back, type: "DATE", sem, mod: null, takesThe: true }];
  }
  // "the quarter ended July 31": a fiscal quarter, dated by its last day (which is tagged apart).
  const ended = normalAt(ws, j + 1);
  const date = ended === "ended" || ended === "ending" ? monthDate(ws, j + 2)?.[0] : undefined;
  if (head === "quarter" && date?.first === j + 2 && date.sem.k === "date" && date.sem.day !== null) {
    return [{ first: i, end: j + 1, type: "DATE", sem: { k: "quarter-ended", date: date.sem }, mod: null, takesThe: true }];
  }
  return [{ first: i, end: j + 1, type: "DATE", sem: { k: "current-quarter" }, mod: null, takesThe: true }];
};
