/**
 * Calendar points at a granularity (day, week, month, quarter, season, half, year, decade,
 * century) and the arithmetic the resolver needs, formatted as TIMEX3 values.
 */

export type Grain = "day" | "week" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century";

export interface Point {
  grain: Grain;
  year: number;
  /** 1–12 for day/month; 1–4 quarter; 1–2 half; 1–53 ISO week; 0–3 season (SP, SU, FA, WI). */
  sub: number;
  /** Day of month for grain "day". */
  day: number;
}

export const SEASON_CODES = ["SP", "SU", "FA", "WI"] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY-MM-DD… into a day point; null when it is not a calendar date. */
export function parseAnchor(iso: string | null): Point | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { grain: "day", year, sub: month, day };
}

export function dayPoint(year: number, month: number, day: number): Point {
  return { grain: "day", year, sub: month, day };
}

function toUtc(p: Point): Date {
  return new Date(Date.UTC(p.year, p.sub - 1, p.day));
}

function fromUtc(d: Date): Point {
  return dayPoint(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(p: Point, n: number): Point {
  const d = toUtc(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** ISO weekday of a day point: 1 = Monday … 7 = Sunday. */
export function weekday(p: Point): number {
  const w = toUtc(p).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day point. */
export function isoWeek(p: Point): { year: number; week: number } {
  const d = toUtc(p);
  d.setUTCDate(d.getUTCDate() + 4 - weekday(p));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return { year: d.getUTCFullYear(), week };
}

/** The point of grain `grain` that contains the day point `p`. */
export function coarsen(p: Point, grain: Grain): Point {
  if (grain === p.grain) return p;
  const month = p.grain === "day" || p.grain === "month" ? p.sub : 1;
  switch (grain) {
    case "day":
      return p;
    case "week": {
      const w = isoWeek(p);
      return { grain, year: w.year, sub: w.week, day: 0 };
    }
    case "month":
      return { grain, year: p.year, sub: month, day: 0 };
    case "quarter":
      return { grain, year: p.year, sub: p.grain === "quarter" ? p.sub : Math.ceil(month / 3), day: 0 };
    case "half":
      return { grain, year: p.year, sub: month <= 6 ? 1 : 2, day: 0 };
    case "season":
      // Meteorological seasons; winter belongs to the year in which it starts.
      if (month <= 2) return { grain, year: p.year - 1, sub: 3, day: 0 };
      return { grain, year: p.year, sub: month <= 5 ? 0 : month <= 8 ? 1 : month <= 11 ? 2 : 3, day: 0 };
    case "year":
      return { grain, year: p.year, sub: 0, day: 0 };
    case "decade":
      return { grain, year: Math.floor(p.year / 10) * 10, sub: 0, day: 0 };
    case "century":
      return { grain, year: Math.floor(p.year / 100) * 100, sub: 0, day: 0 };
  }
}

/** Moves a point by n units of its own grain. */
export function shift(p: Point, n: number): Point {
  switch (p.grain) {
    case "day":
      return addDays(p, n);
    case "week": {
      // Monday of the ISO week, moved by n weeks.
      const jan4 = dayPoint(p.year, 1, 4);
      const monday = addDays(jan4, (p.sub - 1) * 7 - (weekday(jan4) - 1) + n * 7);
      return coarsen(monday, "week");
    }
    case "month":
    case "quarter":
    case "half":
    case "season": {
      const per = p.grain === "month" ? 12 : p.grain === "quarter" ? 4 : p.grain === "half" ? 2 : 4;
      const base = p.grain === "season" ? 0 : 1;
      const idx = p.year * per + (p.sub - base) + n;
      return { ...p, year: Math.floor(idx / per), sub: (((idx % per) + per) % per) + base };
    }
    case "year":
      return { ...p, year: p.year + n };
    case "decade":
      return { ...p, year: p.year + 10 * n };
    case "century":
      return { ...p, year: p.year + 100 * n };
  }
}

/** Moves a point by n units of `unit` keeping its own grain (e.g. "a year earlier" than a quarter). */
export function shiftBy(p: Point, unit: Grain, n: number): Point {
  if (unit === p.grain) return shift(p, n);
  if (p.grain === "day") {
    if (unit === "week") return addDays(p, 7 * n);
    if (unit === "month" || unit === "year" || unit === "quarter" || unit === "decade") {
      const months = unit === "month" ? n : unit === "quarter" ? 3 * n : unit === "year" ? 12 * n : 120 * n;
      const idx = p.year * 12 + (p.sub - 1) + months;
      const year = Math.floor(idx / 12);
      const month = (idx % 12) + 1;
      return dayPoint(year, month, Math.min(p.day, daysInMonth(year, month)));
    }
  }
  if (unit === "year") return { ...p, year: p.year + n };
  if (unit === "decade") return { ...p, year: p.year + 10 * n };
  if (unit === "month" && p.grain === "quarter" && n % 3 === 0) return shift(p, n / 3);
  return shift(coarsen(p.grain === "day" ? p : p, unit), n);
}

/** Compares two points by their start day. */
export function startDay(p: Point): Point {
  switch (p.grain) {
    case "day":
      return p;
    case "week":
      return addDays(dayPoint(p.year, 1, 4), (p.sub - 1) * 7 - (weekday(dayPoint(p.year, 1, 4)) - 1));
    case "month":
      return dayPoint(p.year, p.sub, 1);
    case "quarter":
      return dayPoint(p.year, (p.sub - 1) * 3 + 1, 1);
    case "half":
      return dayPoint(p.year, p.sub === 1 ? 1 : 7, 1);
    case "season":
      return dayPoint(p.year, 3 + 3 * p.sub, 1);
    default:
      return dayPoint(p.year, 1, 1);
  }
}

export function compareDays(a: Point, b: Point): number {
  return a.year - b.year || a.sub - b.sub || a.day - b.day;
}

export function format(p: Point): string {
  switch (p.grain) {
    case "day":
      return `${pad(p.year, 4)}-${pad(p.sub)}-${pad(p.day)}`;
    case "week":
      return `${pad(p.year, 4)}-W${pad(p.sub)}`;
    case "month":
      return `${pad(p.year, 4)}-${pad(p.sub)}`;
    case "quarter":
      return `${pad(p.year, 4)}-Q${p.sub}`;
    case "half":
      return `${pad(p.year, 4)}-H${p.sub}`;
    case "season":
      return `${pad(p.year, 4)}-${SEASON_CODES[p.sub]}`;
    case "year":
      return pad(p.year, 4);
    case "decade":
      return pad(p.year / 10, 3);
    case "century":
      return pad(p.year / 100, 2);
  }
}
