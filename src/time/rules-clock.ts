/** Clock times ("3:30 p.m.", "10 a.m. EST Wednesday", "noon Thursday"). */
import { CARDINAL_WORDS } from "../text/number-words.js";
import { DAY_DEICTICS, MONTHS, WEEKDAYS } from "./lexicon.js";
import { dayAt, isCapitalised, normalAt, type Rule, startsWithDigit } from "./match.js";
import type { TimeSem } from "./resolve.js";
import type { Word } from "./words.js";

const MERIDIEM = new Set(["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]);
const ZONES = new Set(["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt"]);
/** Zones written as Z in a TIMEX3 value. */
const UTC_ZONES = new Set(["utc", "gmt"]);
const NAMED = new Map([
  ["noon", "12:00"],
  ["midday", "12:00"],
  ["midnight", "24:00"],
]);

const pad = (n: number) => String(n).padStart(2, "0");

/** Hours added for "in the morning/afternoon/evening": "4 in the morning" is 04:00, "8 in the evening" 20:00. */
const PART_HOURS = new Map([
  ["morning", 0],
  ["afternoon", 12],
  ["evening", 12],
]);

/** "4 in the morning", "five in the afternoon": an hour of 1–12 and the part of day that places it. */
function hourInPart(ws: Word[], i: number): { clock: string; end: number } | null {
  const add = PART_HOURS.get(normalAt(ws, i + 3));
  if (add === undefined || normalAt(ws, i + 1) !== "in" || normalAt(ws, i + 2) !== "the") return null;
  const n = normalAt(ws, i);
  const hour = /^\d{1,2}$/.test(n) ? Number(n) : CARDINAL_WORDS[n];
  if (hour === undefined || hour < 1 || hour > 12) return null;
  return { clock: `${pad((hour % 12) + add)}:00`, end: i + 4 };
}

function clockAt(ws: Word[], i: number): { clock: string; end: number } | null {
  const n = normalAt(ws, i);
  const named = NAMED.get(n);
  if (named) return { clock: named, end: i + 1 };
  // Every other clock time starts with a number: words that are none cost no look-ahead.
  const digit = startsWithDigit(n);
  if (!digit && CARDINAL_WORDS[n] === undefined) return null;
  const inPart = hourInPart(ws, i);
  if (inPart) return inPart;
  if (!digit) return null;
  const hasColon = /^\d{1,2}:\d{2}$/.test(n);
  const meridiem = MERIDIEM.has(normalAt(ws, i + 1));
  if (!hasColon && !(/^\d{1,2}$/.test(n) && meridiem)) return null;
  const colon = n.indexOf(":");
  const t = hourMinute(
    Number(colon < 0 ? n : n.slice(0, colon)),
    colon < 0 ? 0 : Number(n.slice(colon + 1)),
    meridiem ? normalAt(ws, i + 1) : null,
  );
  if (!t) return null;
  return { clock: `${pad(t.hour)}:${pad(t.minute)}`, end: meridiem ? i + 2 : i + 1 };
}

/**
 * Hour and minute on the 24-hour clock, as chrono-node reads them (checked on every hour and
 * minute below 100 with each meridiem): "12 a.m." is 00:00, "12 p.m." 12:00; without a meridiem
 * the hour may be 0–24; a minute above 59, or an hour above 12 with a meridiem, is no time.
 */
export function hourMinute(hour: number, minute: number, meridiem: string | null): { hour: number; minute: number } | null {
  if (minute > 59) return null;
  if (meridiem === null) return hour <= 24 ? { hour, minute } : null;
  if (hour > 12) return null;
  return { hour: (hour % 12) + (meridiem.startsWith("p") ? 12 : 0), minute };
}

/** The day a clock time is on, when a day word follows: "Wednesday", "yesterday", "Nov. 9". */
function dayAfter(ws: Word[], i: number, clock: string): { sem: TimeSem; end: number } | null {
  const j = normalAt(ws, i) === "," ? i + 1 : i;
  const n = normalAt(ws, j);
  const wd = isCapitalised(ws[j]) ? WEEKDAYS.get(n) : undefined;
  if (wd !== undefined) return { sem: { k: "weekday", wd, dir: null, clock }, end: j + 1 };
  const offset = n === "tonight" ? undefined : DAY_DEICTICS.get(n);
  if (offset !== undefined) return { sem: { k: "deictic", offset, clock }, end: j + 1 };
  const month = isCapitalised(ws[j]) ? MONTHS.get(n) : undefined;
  if (month !== undefined) {
    const k = normalAt(ws, j + 1) === "." ? j + 2 : j + 1;
    const day = dayAt(ws, k);
    if (day !== null) return { sem: { k: "date", year: null, month, day, clock }, end: k + 1 };
  }
  return null;
}

export const clockRule: Rule = (ws, i) => {
  const c = clockAt(ws, i);
  if (!c) return null;
  let end = c.end;
  let clock = c.clock;
  if (UTC_ZONES.has(normalAt(ws, end))) clock += "Z";
  if (ZONES.has(normalAt(ws, end))) end++;
  else if (normalAt(ws, end) === "local" && normalAt(ws, end + 1) === "time") end += 2;
  const day = dayAfter(ws, end, clock);
  if (day) return [{ first: i, end: day.end, type: "TIME", sem: day.sem, mod: null }];
  return [{ first: i, end, type: "TIME", sem: { k: "clock", clock }, mod: null }];
};
