/**
 * Rules for calendar names: month dates (with coordination "May 16 and 17"), day-first dates,
 * numeric dates, years, decades, centuries, seasons, quarters and halves, holidays.
 */

import type { Point } from "./calendar.js";
import { chronoParse } from "./chrono-lite.js";
import { MOVABLE_HOLIDAYS } from "./holidays.js";
import { AMBIGUOUS_MONTHS, DECADE_WORDS, HOLIDAYS, MONTHS, ORDINALS, SEASONS, WEEKDAYS } from "./lexicon.js";
import { dayAt, isCapitalised, normalAt, type Rule, spokenYearAt, startsWithDigit, type TimeMatch, yearAt, yearSpanAt } from "./match.js";
import type { TimeSem } from "./resolve.js";
import type { Word } from "./words.js";

/** Words after which "May"/"March" are months, not a modal or a verb. */
const MONTH_CONTEXT = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "of",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "during",
  "from",
  "to",
  "through",
  "before",
  "after",
  "and",
  "or",
  "between",
  "end",
  "-",
  "beginning",
  "middle",
  "on",
]);
/** Words joining two days of one month: "May 16 and 17", "May 16-17". */
const DAY_JOINERS = new Set(["and", "or", "-", "to", "through", "–", "&"]);

function monthAt(ws: Word[], i: number): number | null {
  const w = ws[i];
  if (!w) return null;
  const m = MONTHS.get(w.normal);
  if (m === undefined) return null;
  if (!isCapitalised(w)) return null;
  // "Jan Kavan": an undotted abbreviation before another name is a name.
  if (w.normal.length === 3 && w.normal !== "may" && isCapitalised(ws[i + 1]) && dayAt(ws, i + 1) === null) return null;
  if (AMBIGUOUS_MONTHS.has(w.normal)) {
    const next = ws[i + 1];
    const dated = dayAt(ws, i + 1) !== null || yearAt(ws, i + 1) !== null || (next?.normal === "." && dayAt(ws, i + 2) !== null);
    if (!dated && !MONTH_CONTEXT.has(normalAt(ws, i - 1))) return null;
  }
  return m;
}

/** "this year" (0), "last year" (−1), "next year" (+1) right after a month or date. */
function yearShiftAt(ws: Word[], i: number): number | null {
  if (normalAt(ws, i + 1) !== "year") return null;
  const det = normalAt(ws, i);
  return det === "this" ? 0 : det === "last" ? -1 : det === "next" ? 1 : null;
}

/** "Aug. 7, 1998", "August 1998", "May 16 and 17", "August", "Friday, Aug. 7". */
export const monthDate: Rule = (ws, i) => {
  let j = i;
  let first = i;
  const wd = WEEKDAYS.get(normalAt(ws, j));
  if (wd !== undefined && isCapitalised(ws[j])) {
    // "Friday, Aug. 7", "Friday Oct. 13"
    const comma = normalAt(ws, j + 1) === "," ? 1 : 0;
    if (monthAt(ws, j + 1 + comma) === null) return null;
    j += 1 + comma;
  }
  const month = monthAt(ws, j);
  if (month === null) return null;
  first = i;
  j++;
  const afterMonth = j;
  if (normalAt(ws, j) === "." && dayAt(ws, j + 1) !== null) j++;
  const day = dayAt(ws, j);
  if (day === null || yearAt(ws, j) !== null) {
    // "August 1998", "August of 1998", "August"
    let k = afterMonth;
    if ((normalAt(ws, k) === "of" || normalAt(ws, k) === ",") && yearSpanAt(ws, k + 1) !== null) k++;
    const year = yearSpanAt(ws, k);
    if (year !== null) return [{ first, end: year.end, type: "DATE", sem: { k: "date", year: year.year, month, day: null }, mod: null }];
    // "June last year", "October of next year"
    const of = normalAt(ws, afterMonth) === "of" ? 1 : 0;
    const shift = yearShiftAt(ws, afterMonth + of);
    if (shift !== null) {
      const sem: TimeSem = { k: "date", year: null, month, day: null, yearShift: shift };
      return [{ first, end: afterMonth + of + 2, type: "DATE", sem, mod: null }];
    }
    return [{ first, end: afterMonth, type: "DATE", sem: { k: "date", year: null, month, day: null }, mod: null }];
  }
  let end = j + 1;
  // "May 16 and 17": a second day of the same month.
  let day2: number | null = null;
  let day2At = -1;
  if (DAY_JOINERS.has(normalAt(ws, end)) && dayAt(ws, end + 1) !== null && yearAt(ws, end + 1) === null) {
    day2 = dayAt(ws, end + 1);
    day2At = end + 1;
  }
  const yearPos = (day2At >= 0 ? day2At + 1 : end) + (normalAt(ws, day2At >= 0 ? day2At + 1 : end) === "," ? 1 : 0);
  const year = yearAt(ws, yearPos);
  if (day2 === null) {
    if (year !== null) end = yearPos + 1;
    const shift = year === null ? yearShiftAt(ws, end) : null;
    if (shift !== null) return [{ first, end: end + 2, type: "DATE", sem: { k: "date", year, month, day, yearShift: shift }, mod: null }];
    return [{ first, end, type: "DATE", sem: { k: "date", year, month, day }, mod: null }];
  }
  const out: TimeMatch[] = [{ first, end, type: "DATE", sem: { k: "date", year, month, day }, mod: null }];
  out.push({
    first: day2At,
    end: year !== null ? yearPos + 1 : day2At + 1,
    type: "DATE",
    sem: { k: "date", year, month, day: day2 },
    mod: null,
  });
  return out;
};

/** "16 May 2024", "the 16th of May". */
export const dayFirstDate: Rule = (ws, i) => {
  const day = dayAt(ws, i);
  if (day === null) return null;
  let j = i + 1;
  if (normalAt(ws, j) === "of") j++;
  const w = ws[j];
  const month = w && isCapitalised(w) ? MONTHS.get(w.normal) : undefined;
  if (month === undefined) return null;
  // "12 May": a date unless a base-form verb follows ("the 12 May fall" reads May as a modal).
  const after = ws[j + 1];
  const modal = after && (after.pos === "VERB" || after.pos === "AUX") && after.normal === after.lemma;
  if (normalAt(ws, j) === "may" && normalAt(ws, i + 1) !== "of" && yearAt(ws, j + 1) === null && modal) return null;
  let end = j + 1;
  if (normalAt(ws, end) === "." || (normalAt(ws, end) === "," && yearAt(ws, end + 1) !== null)) end++;
  const year = yearAt(ws, end);
  if (year !== null) end++;
  else end = j + 1;
  return [{ first: i, end, type: "DATE", sem: { k: "date", year, month, day }, mod: null }];
};

/** "2024-05-14" and US numeric dates ("10/27/98"), the latter read by chrono-node. */
export const numericDate: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  if (!startsWithDigit(n)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(n);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return [{ first: i, end: i + 1, type: "DATE", sem: { k: "date", year: Number(iso[1]), month, day }, mod: null }];
  }
  if (!/^\d{1,2}\/\d{1,2}\/(\d{2}|\d{4})$/.test(n)) return null;
  const parsed = chronoParse(n);
  if (!parsed || parsed.text !== n) return null;
  const year = parsed.start.get("year");
  const month = parsed.start.get("month");
  const day = parsed.start.get("day");
  if (year === null || month === null || day === null) return null;
  return [{ first: i, end: i + 1, type: "DATE", sem: { k: "date", year, month, day }, mod: null }];
};

/** Words that make a following 4-digit number a count, not a year. */
const NOT_YEAR_BEFORE = new Set([
  "$",
  "€",
  "£",
  "¥",
  "no",
  "no.",
  "number",
  "#",
  "article",
  "section",
  "flight",
  "route",
  "page",
  "resolution",
  "paragraph",
  "chapter",
  "model",
]);
/** Words after a 4-digit number that make it a count or a unit. */
const NOT_YEAR_AFTER = new Set([
  "%",
  "percent",
  "people",
  "troops",
  "soldiers",
  "men",
  "women",
  "km",
  "miles",
  "metres",
  "meters",
  "feet",
  "tons",
  "tonnes",
  "dollars",
  "euros",
  "hours",
  "-",
  "/",
]);

const APOSTROPHE = 39;

/** "1990", "fiscal 1990", "the 1990s", "'90s", "1980's", "mid-1990s". */
export const yearOrDecade: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  // "the year 2000", "the year two thousand"
  if (n === "year" && normalAt(ws, i - 1) === "the") {
    const y = yearSpanAt(ws, i + 1);
    if (y) return [{ first: i, end: y.end, type: "DATE", sem: { k: "year", year: y.year }, mod: null, takesThe: true }];
  }
  // "the nineties"
  const decadeWord = DECADE_WORDS.get(n);
  if (decadeWord !== undefined && normalAt(ws, i - 1) === "the") {
    return [{ first: i, end: i + 1, type: "DATE", sem: { k: "short-decade", decade: decadeWord }, mod: null, takesThe: true }];
  }
  const spoken = spokenYearAt(ws, i);
  if (spoken) return [{ first: i, end: spoken.end, type: "DATE", sem: { k: "year", year: spoken.year }, mod: null }];
  // Decades, short decades and years are written with digits ("1990s", "'90s", "90s", "1990").
  if (!startsWithDigit(n) && n.charCodeAt(0) !== APOSTROPHE) return null;
  const plural = n.endsWith("s");
  const decade = plural ? /^(\d{3})0'?s$/.exec(n) : null;
  if (decade) return [{ first: i, end: i + 1, type: "DATE", sem: { k: "value", value: decade[1] as string }, mod: null, takesThe: true }];
  const short = plural ? /^'?([1-9]0)s$/.exec(n) : null;
  if (short && (n.startsWith("'") || normalAt(ws, i - 1) === "the" || normalAt(ws, i - 1) === "and")) {
    return [{ first: i, end: i + 1, type: "DATE", sem: { k: "short-decade", decade: Number(short[1]) }, mod: null, takesThe: true }];
  }
  const year = yearAt(ws, i);
  if (year === null) return null;
  if (normalAt(ws, i + 1) === "'" && normalAt(ws, i + 2) === "s" && year % 10 === 0) {
    return [{ first: i, end: i + 3, type: "DATE", sem: { k: "value", value: String(year / 10) }, mod: null, takesThe: true }];
  }
  if (normalAt(ws, i + 1) === "s" && year % 10 === 0) {
    return [{ first: i, end: i + 2, type: "DATE", sem: { k: "value", value: String(year / 10) }, mod: null, takesThe: true }];
  }
  if (NOT_YEAR_BEFORE.has(normalAt(ws, i - 1)) || (NOT_YEAR_AFTER.has(normalAt(ws, i + 1)) && yearAt(ws, i + 2) === null)) return null;
  const first = normalAt(ws, i - 1) === "fiscal" ? i - 1 : i;
  return [{ first, end: i + 1, type: "DATE", sem: { k: "year", year }, mod: null }];
};

/** "the nineteenth century", "the 19th century", "20th-century". */
export const century: Rule = (ws, i) => {
  const n = normalAt(ws, i);
  let ord = ORDINALS.get(n);
  const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(n);
  if (digits) ord = Number(digits[1]);
  if (ord === undefined || ord < 1) return null;
  let j = i + 1;
  if (normalAt(ws, j) === "-") j++;
  if (normalAt(ws, j) !== "century") return null;
  return [{ first: i, end: j + 1, type: "DATE", sem: { k: "value", value: String(ord - 1).padStart(2, "0") }, mod: null, takesThe: true }];
};

/** "summer 2024", "the summer of 2024", "in the fall" (a bare season needs "in/the/this…" before it). */
export const season: Rule = (ws, i) => {
  const s = SEASONS.get(normalAt(ws, i));
  if (s === undefined) return null;
  let j = i + 1;
  if (normalAt(ws, j) === "of" && yearSpanAt(ws, j + 1) !== null) j++;
  const year = yearSpanAt(ws, j);
  if (year !== null) {
    const sem: TimeSem = { k: "season", season: s, year: year.year, dir: null };
    return [{ first: i, end: year.end, type: "DATE", sem, mod: null, takesThe: true }];
  }
  const prev = normalAt(ws, i - 1);
  if (prev !== "the" && prev !== "in" && prev !== "during" && prev !== "by" && prev !== "early" && prev !== "late") return null;
  if (ws[i + 1]?.pos === "NOUN") return null;
  return [{ first: i, end: i + 1, type: "DATE", sem: { k: "season", season: s, year: null, dir: null }, mod: null, takesThe: true }];
};

/** "the third quarter (of 2024)", "third-quarter", "Q1 2024", "the first half", "fiscal 1990 first quarter". */
/** "the last half" (H2), "the first two quarters" (H1), "the final two quarters" (H2): a half year by another name. */
function halfAt(ws: Word[], i: number): { q: number; end: number } | null {
  const n = normalAt(ws, i);
  const q = n === "first" ? 1 : n === "last" || n === "final" || n === "second" ? 2 : 0;
  if (q === 0) return null;
  const end =
    n === "last" && normalAt(ws, i + 1) === "half"
      ? i + 2
      : normalAt(ws, i + 1) === "two" && normalAt(ws, i + 2) === "quarters"
        ? i + 3
        : -1;
  // "the last half of the '80s" is half a decade.
  if (end < 0 || (normalAt(ws, end) === "of" && normalAt(ws, end + 1) === "the" && normalAt(ws, end + 2) !== "year")) return null;
  return { q, end };
}

export const quarter: Rule = (ws, i) => {
  // "the 1988 third quarter", "the 1988 quarter"
  const leadYear = yearAt(ws, i);
  if (leadYear !== null && normalAt(ws, i - 1) === "the") {
    if (normalAt(ws, i + 1) === "quarter" || normalAt(ws, i + 1) === "period") {
      return [{ first: i, end: i + 2, type: "DATE", sem: { k: "year-quarter", year: leadYear }, mod: null, takesThe: true }];
    }
    const inner = quarter(ws, i + 1);
    const m = inner?.[0];
    if (m && m.sem.k === "quarter" && m.sem.year === null) return [{ ...m, first: i, sem: { ...m.sem, year: leadYear } }];
    return null;
  }
  const n = normalAt(ws, i);
  let q: number | undefined;
  let j = i + 1;
  let grain: "quarter" | "half" = "quarter";
  const qTok = n.length === 2 ? /^q([1-4])$/.exec(n) : null;
  const half = halfAt(ws, i);
  if (qTok) q = Number(qTok[1]);
  else if (half) {
    q = half.q;
    grain = "half";
    j = half.end;
  } else {
    q = n === "final" ? 4 : ORDINALS.get(n);
    if (q === undefined || q < 1 || q > 4) return null;
    if (normalAt(ws, j) === "-") j++;
    if (normalAt(ws, j) === "fiscal") j++;
    const unit = normalAt(ws, j);
    if (unit === "half" && q <= 2) grain = "half";
    else if (unit !== "quarter") return null;
    j++;
  }
  let k = j;
  if ((normalAt(ws, k) === "of" || normalAt(ws, k) === "in") && yearAt(ws, k + 1) !== null) k++;
  if (normalAt(ws, k) === "fiscal" && yearAt(ws, k + 1) !== null) k++;
  const year = yearAt(ws, k);
  let end = year !== null ? k + 1 : j;
  let first = i;
  if (normalAt(ws, i - 1) === "fiscal") first--;
  // "the first quarter of last year"
  const shift = year === null && normalAt(ws, j) === "of" ? yearShiftAt(ws, j + 1) : null;
  if (shift !== null) end = j + 3;
  const sem: TimeSem = { k: "quarter", grain, q, year, dir: null, yearShift: shift ?? undefined };
  return [{ first, end, type: "DATE", sem, mod: null, takesThe: true }];
};

/** "next year's first quarter", "1990's second half": a quarter of a possessive year. */
export const possessiveQuarter: Rule = (ws, i) => {
  const year = yearAt(ws, i);
  const shift = year === null ? yearShiftAt(ws, i) : null;
  if (year === null && shift === null) return null;
  const j = year !== null ? i + 1 : i + 2;
  if (normalAt(ws, j) !== "'s") return null;
  // "last year's quarter", "1988's period": the quarter reported on, in that year.
  const head = normalAt(ws, j + 1);
  if (head === "quarter" || head === "period") {
    const sem: TimeSem = year !== null ? { k: "year-quarter", year } : { k: "current-quarter", yearShift: shift ?? 0 };
    return [{ first: i, end: j + 2, type: "DATE", sem, mod: null }];
  }
  const inner = quarter(ws, j + 1)?.[0];
  if (inner?.sem.k !== "quarter" || inner.sem.year !== null) return null;
  const sem: TimeSem = { ...inner.sem, year, yearShift: shift ?? undefined };
  return [{ ...inner, first: i, sem }];
};

/** "Christmas", "New Year's Day": a month and day whose year follows the tense. */
/** First words of holiday names, so that other words cost one lookup. */
const HOLIDAY_STARTS = new Set([...HOLIDAYS.keys(), ...MOVABLE_HOLIDAYS.keys()].map((k) => k.split(" ")[0] as string));
/** "last Christmas" (−1), "next Easter" (+1), "this Thanksgiving" (0). */
const HOLIDAY_DIRS = new Map([
  ["last", -1],
  ["next", 1],
  ["this", 0],
]);

/** "Christmas", "New Year's Day", "Thanksgiving Day", "last Easter". */
export const holiday: Rule = (ws, i) => {
  const dir = HOLIDAY_DIRS.get(normalAt(ws, i));
  const h = dir === undefined ? i : i + 1;
  if (!HOLIDAY_STARTS.has(normalAt(ws, h)) || !isCapitalised(ws[h])) return null;
  for (const len of [4, 3, 2, 1]) {
    const parts: string[] = [];
    for (let k = 0; k < len; k++) parts.push(normalAt(ws, h + k));
    const phrase = parts.join(" ").replace(/ 's/g, "'s");
    const md = HOLIDAYS.get(phrase);
    const movable = MOVABLE_HOLIDAYS.get(phrase);
    if (!md && !movable) continue;
    const y = yearSpanAt(ws, h + len);
    const end = y ? y.end : h + len;
    const sem: TimeSem = md
      ? { k: "date", year: y?.year ?? null, month: md[0], day: md[1], dir }
      : { k: "movable", day: movable as (year: number) => Point, year: y?.year ?? null, dir: dir ?? null };
    // "Easter week", "Christmas week": the (ISO) week holding the day.
    if (!y && normalAt(ws, end) === "week") return [{ first: i, end: end + 1, type: "DATE", sem: { k: "week-of", date: sem }, mod: null }];
    return [{ first: i, end, type: "DATE", sem, mod: null }];
  }
  return null;
};
