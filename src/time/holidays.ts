/**
 * Holidays whose date moves from year to year, as functions from a year to the day.
 * Thanksgiving is the United States one (fourth Thursday of November); Easter is the Western
 * (Gregorian) Easter Sunday.
 */
import { addDays, dayPoint, type Point, weekday } from "./calendar.js";

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Point {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayPoint(year, month, day);
}

/** The n-th given ISO weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, wd: number, n: number): Point {
  const first = dayPoint(year, month, 1);
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const THURSDAY = 4;
const FRIDAY_BEFORE_EASTER = -2;

export const MOVABLE_HOLIDAYS = new Map<string, (year: number) => Point>([
  ["thanksgiving", (y) => nthWeekday(y, 11, THURSDAY, 4)],
  ["thanksgiving day", (y) => nthWeekday(y, 11, THURSDAY, 4)],
  ["easter", easterSunday],
  ["easter sunday", easterSunday],
  ["good friday", (y) => addDays(easterSunday(y), FRIDAY_BEFORE_EASTER)],
]);
