/** Word lists of the time grammar, precompiled into Maps keyed by the lower-cased token. */
import { CARDINAL_WORDS } from "../text/number-words.js";
import type { Grain } from "./calendar.js";

function invert<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table));
}

export const MONTHS = invert<number>({
  january: 1,
  jan: 1,
  "jan.": 1,
  february: 2,
  feb: 2,
  "feb.": 2,
  march: 3,
  "mar.": 3,
  april: 4,
  apr: 4,
  "apr.": 4,
  may: 5,
  june: 6,
  jun: 6,
  "jun.": 6,
  july: 7,
  jul: 7,
  "jul.": 7,
  august: 8,
  aug: 8,
  "aug.": 8,
  september: 9,
  sept: 9,
  "sept.": 9,
  sep: 9,
  "sep.": 9,
  october: 10,
  oct: 10,
  "oct.": 10,
  november: 11,
  nov: 11,
  "nov.": 11,
  december: 12,
  dec: 12,
  "dec.": 12,
});

/** Month words that are also ordinary words ("may", "march"): need a date context to count. */
export const AMBIGUOUS_MONTHS = new Set(["may", "march", "jan", "jun", "jul", "sep", "dec", "oct", "nov", "aug", "apr", "feb"]);

export const WEEKDAYS = invert<number>({
  monday: 1,
  mon: 1,
  "mon.": 1,
  tuesday: 2,
  "tue.": 2,
  "tues.": 2,
  wednesday: 3,
  "wed.": 3,
  thursday: 4,
  "thu.": 4,
  "thur.": 4,
  "thurs.": 4,
  friday: 5,
  "fri.": 5,
  saturday: 6,
  "sat.": 6,
  sunday: 7,
  "sun.": 7,
});

/** Plural weekdays ("on Mondays") are sets. */
export const WEEKDAY_PLURALS = invert<number>({
  mondays: 1,
  tuesdays: 2,
  wednesdays: 3,
  thursdays: 4,
  fridays: 5,
  saturdays: 6,
  sundays: 7,
});

export const NUMBER_WORDS = invert<number>({
  ...CARDINAL_WORDS,
  a: 1,
  an: 1,
  hundred: 100,
  dozen: 12,
  "half-dozen": 6,
});

/** Vague amounts: "several years" → PXY. */
export const VAGUE_AMOUNTS = new Set(["several", "few", "many", "some", "couple", "numerous", "multiple", "recent", "coming", "next"]);

export const ORDINALS = invert<number>({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  last: -1,
  final: -1,
});

export interface UnitInfo {
  /** Calendar grain for anchored use ("last month"), null for sub-day units. */
  grain: Grain | null;
  /** Letter(s) of the ISO 8601 duration, with T for clock units. */
  code: string;
  plural: boolean;
}

export const UNITS = invert<UnitInfo>({
  second: { grain: null, code: "TS", plural: false },
  seconds: { grain: null, code: "TS", plural: true },
  minute: { grain: null, code: "TM", plural: false },
  minutes: { grain: null, code: "TM", plural: true },
  hour: { grain: null, code: "TH", plural: false },
  hours: { grain: null, code: "TH", plural: true },
  day: { grain: "day", code: "D", plural: false },
  days: { grain: "day", code: "D", plural: true },
  week: { grain: "week", code: "W", plural: false },
  weeks: { grain: "week", code: "W", plural: true },
  month: { grain: "month", code: "M", plural: false },
  months: { grain: "month", code: "M", plural: true },
  quarter: { grain: "quarter", code: "Q", plural: false },
  quarters: { grain: "quarter", code: "Q", plural: true },
  year: { grain: "year", code: "Y", plural: false },
  years: { grain: "year", code: "Y", plural: true },
  decade: { grain: "decade", code: "DE", plural: false },
  decades: { grain: "decade", code: "DE", plural: true },
  century: { grain: "century", code: "CE", plural: false },
  centuries: { grain: "century", code: "CE", plural: true },
});

/** Decades in words, read as the latest such decade up to the anchor ("the nineties"). */
export const DECADE_WORDS = invert<number>({
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
});

export const SEASONS = invert<number>({ spring: 0, summer: 1, fall: 2, autumn: 2, winter: 3 });

export const DAY_PARTS = invert<string>({
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
});

/** Plural day parts: "Tuesday nights" is that part of every Tuesday. */
export const DAY_PART_PLURALS = invert<string>({ mornings: "MO", afternoons: "AF", evenings: "EV", nights: "NI" });

/** Words that anchor at the publication date, with the day offset. */
export const DAY_DEICTICS = invert<number>({ today: 0, yesterday: -1, tomorrow: 1, tonight: 0 });

/**
 * TimeML's PRESENT_REF / PAST_REF / FUTURE_REF words. "previously", "formerly", "once" and
 * "soon" are left out: in annotated news they are more often not time expressions than they are.
 */
export const REF_WORDS = invert<string>({
  now: "PRESENT_REF",
  currently: "PRESENT_REF",
  nowadays: "PRESENT_REF",
  presently: "PRESENT_REF",
  recently: "PAST_REF",
  lately: "PAST_REF",
});

/** Relative determiners: last/next/this… with the direction they move. */
export const RELATIVE = invert<number>({
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  preceding: -1,
  next: 1,
  coming: 1,
  following: 1,
  this: 0,
  current: 0,
  same: 0,
  that: 0,
  these: 0,
});

/** Modifiers before a time that set TIMEX3 mod. */
export const MODS = invert<string>({
  early: "START",
  beginning: "START",
  start: "START",
  late: "END",
  end: "END",
  mid: "MID",
  middle: "MID",
  about: "APPROX",
  around: "APPROX",
  approximately: "APPROX",
  roughly: "APPROX",
  some: "APPROX",
  nearly: "LESS_THAN",
  almost: "LESS_THAN",
  "more than": "MORE_THAN",
  over: "MORE_THAN",
  "less than": "LESS_THAN",
  under: "LESS_THAN",
  "at least": "EQUAL_OR_MORE",
  "up to": "EQUAL_OR_LESS",
});

export const SET_ADVERBS = invert<string>({
  daily: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  quarterly: "P3M",
  annually: "P1Y",
  yearly: "P1Y",
  hourly: "PT1H",
  biweekly: "P2W",
  biannually: "P6M",
});

export const HOLIDAYS = invert<[number, number]>({
  christmas: [12, 25],
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "independence day": [7, 4],
  "valentine's day": [2, 14],
  halloween: [10, 31],
});
