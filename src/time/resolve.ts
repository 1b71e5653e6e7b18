/**
 * Turns what the grammar read (a TimeSem) into a TIMEX3 value, given the anchor (publication
 * date), the tense of the clause and the last calendar point mentioned. Anything that needs an
 * anchor it does not have resolves to null: never guessed.
 */
import { addDays, coarsen, compareDays, dayPoint, format, type Grain, type Point, shift, shiftBy, startDay, weekday } from "./calendar.js";
import type { Tense } from "./tense.js";

export type TimeSem =
  /** Fully specified already: "1990", "P2Y", "199", "PRESENT_REF". */
  | { k: "value"; value: string }
  /** A calendar point, year possibly missing ("October 7"). */
  | {
      k: "date";
      year: number | null;
      month: number;
      day: number | null;
      part?: string;
      clock?: string;
      /** "last May" (−1), "next May" (+1), "this May" (0). */
      dir?: number;
      /** "January this year" (0), "June last year" (−1). */
      yearShift?: number;
    }
  | { k: "year"; year: number }
  | {
      k: "weekday";
      wd: number;
      dir: number | null;
      part?: string;
      clock?: string;
      /** "the previous Friday": counted from the day last mentioned, not from publication. */
      fromLast?: boolean;
    }
  | { k: "deictic"; offset: number; part?: string; clock?: string }
  /** "last month" (dir −1, n 1), "this year", "two years ago"; from "last" = the previous time mentioned. */
  | {
      k: "relative";
      grain: Grain;
      n: number;
      dir: number;
      from: "anchor" | "last";
      weekend?: boolean;
      ago?: boolean;
      /** "the following year", "that day": a whole unit of `grain`, not the last time moved by it. */
      whole?: boolean;
      /** "later in the day": the unit of the time just mentioned, else the publication's. */
      orAnchor?: boolean;
      /** "the next morning": a part of the day reached. */
      part?: string;
    }
  | { k: "season"; season: number; year: number | null; dir: number | null }
  | { k: "quarter"; grain: "quarter" | "half"; q: number; year: number | null; dir: number | null; yearShift?: number }
  /** "the quarter", "the latest quarter": the quarter reported on, else the last completed one; "the year-ago quarter" (yearShift −1). */
  | { k: "current-quarter"; yearShift?: number }
  /** "the same month a year ago", "the corresponding period last year": the time just mentioned, a year back. */
  | { k: "year-before-last"; grain: Grain | null }
  /** "the quarter ended July 31": the quarter reported on, else the calendar quarter holding most of the three months up to that day. */
  | { k: "quarter-ended"; date: TimeSem }
  /** "the week of March 6": the ISO week holding a date. */
  | { k: "week-of"; date: TimeSem }
  /** "the full year", "the fiscal year": the year of the quarter or half reported on, else of publication. */
  | { k: "period-year" }
  /** Holidays whose date moves from year to year ("Thanksgiving", "Easter"). */
  | { k: "movable"; day: (year: number) => Point; year: number | null; dir: number | null }
  /** A clock time on the day last mentioned, else on the publication day. */
  | { k: "clock"; clock: string }
  /** "the '80s": the latest such decade up to the anchor. */
  | { k: "short-decade"; decade: number }
  /** "the 1988 quarter": the quarter just mentioned, in that year. */
  | { k: "year-quarter"; year: number }
  /** "the weekend": the last weekend up to publication. */
  | { k: "weekend" };

export interface Resolved {
  value: string | null;
  point: Point | null;
}

const MONTHS_PER_YEAR = 12;
/**
 * Tense picks the past (or future) occurrence of a yearless date only within this many months:
 * "payable Dec. 7" in a late-October report with a past-tense verb nearby is this December, but
 * "In January, the board hired …" in late October is this January (nine months back).
 */
const TENSE_REACH_MONTHS = 10;

function biasYear(anchor: Point, month: number, day: number | null, tense: Tense, strict = false): number {
  const y = anchor.year;
  const cands = [y - 1, y, y + 1];
  const key = (yy: number) => (day === null ? yy * 100 + month : yy * 10000 + month * 100 + Math.min(day, 31));
  const a = day === null ? y * 100 + anchor.sub : y * 10000 + anchor.sub * 100 + anchor.day;
  const months = (c: number) => Math.abs(c * 12 + month - (y * 12 + anchor.sub) + ((day ?? anchor.day) - anchor.day) / 31);
  // "last May" excludes the current month; plain past tense includes it.
  if (tense === "past") {
    const past = cands.filter((c) => (strict ? key(c) < a : key(c) <= a)).pop() ?? y;
    if (strict || months(past) <= TENSE_REACH_MONTHS) return past;
  }
  if (tense === "future") {
    const future = cands.find((c) => (strict ? key(c) > a : key(c) >= a)) ?? y;
    if (strict || months(future) <= TENSE_REACH_MONTHS) return future;
  }
  // Nearest occurrence, measured in months.
  let best = y;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of cands) {
    const dist = Math.abs(c * MONTHS_PER_YEAR + month - (y * MONTHS_PER_YEAR + anchor.sub));
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

/** Half a quarter in days: the day this far before a quarter's last day lies in the calendar quarter holding most of it. */
const HALF_QUARTER_DAYS = 45;

/** An untensed weekday this many days ahead or fewer is read forward ("Tuesday" on a Monday). */
const UNTENSED_FORWARD_DAYS = 1;
/** In the present tense ("they meet Monday") a weekday up to this many days ahead is read forward. */
const PRESENT_FORWARD_DAYS = 3;

function weekdayPoint(anchor: Point, wd: number, dir: number | null, tense: Tense): Point {
  const today = weekday(anchor);
  const forward = (wd - today + 7) % 7;
  const back = (today - wd + 7) % 7;
  if (dir === -1) return addDays(anchor, back === 0 ? -7 : -back);
  if (dir === 1) return addDays(anchor, forward === 0 ? 7 : forward);
  if (dir === 0) return addDays(anchor, wd - today);
  if (forward === 0) return anchor;
  if (tense === "past") return addDays(anchor, -back);
  if (tense === "future") return addDays(anchor, forward);
  // Without a tense, news weekdays are mostly the past week's, except the very next day.
  const reach = tense === "present" ? PRESENT_FORWARD_DAYS : UNTENSED_FORWARD_DAYS;
  return forward <= reach ? addDays(anchor, forward) : addDays(anchor, -back);
}

function withPart(p: Point, part?: string, clock?: string): string {
  if (clock) return `${format(p)}T${clock}`;
  return part ? `${format(p)}T${part}` : format(p);
}

const GRAIN_ORDER: Grain[] = ["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"];

/** What a time expression is read against. */
export interface ResolveContext {
  /** The publication date. */
  anchor: Point | null;
  /** Tense of the clause around the expression. */
  tense: Tense;
  /** The last calendar point mentioned before the expression. */
  last: Point | null;
  /** The last day mentioned before the expression. */
  lastDay?: Point | null;
  /** The last quarter mentioned that is not after publication: the period a report is about. */
  reported: Point | null;
}

export function resolveSem(sem: TimeSem, ctx: ResolveContext): Resolved {
  const { anchor, tense, last } = ctx;
  switch (sem.k) {
    case "value":
      return { value: sem.value, point: null };
    case "year": {
      const p: Point = { grain: "year", year: sem.year, sub: 0, day: 0 };
      return { value: format(p), point: p };
    }
    case "date": {
      const dirTense: Tense = sem.dir === -1 ? "past" : sem.dir === 1 ? "future" : tense;
      let year = sem.year;
      if (year === null && anchor) {
        if (sem.yearShift !== undefined) year = anchor.year + sem.yearShift;
        else year = sem.dir === 0 ? anchor.year : biasYear(anchor, sem.month, sem.day, dirTense, sem.dir !== undefined);
      }
      if (year === null) return { value: null, point: null };
      const p: Point = sem.day === null ? { grain: "month", year, sub: sem.month, day: 0 } : dayPoint(year, sem.month, sem.day);
      return { value: withPart(p, sem.part, sem.clock), point: p };
    }
    case "weekday": {
      const base = sem.fromLast && last?.grain === "day" ? last : anchor;
      if (!base) return { value: null, point: null };
      const p = weekdayPoint(base, sem.wd, sem.dir, tense);
      return { value: withPart(p, sem.part, sem.clock), point: p };
    }
    case "deictic": {
      if (!anchor) return { value: null, point: null };
      const p = addDays(anchor, sem.offset);
      return { value: withPart(p, sem.part, sem.clock), point: p };
    }
    case "clock": {
      const day = last?.grain === "day" ? last : anchor;
      if (!day) return { value: null, point: null };
      return { value: `${format(day)}T${sem.clock}`, point: null };
    }
    case "weekend": {
      if (!anchor) return { value: null, point: null };
      // Saturday of the weekend that ended last (or is under way at publication).
      const back = (weekday(anchor) - 6 + 7) % 7;
      const p = coarsen(addDays(anchor, -back), "week");
      return { value: `${format(p)}-WE`, point: p };
    }
    case "relative": {
      // "later in the day" after "on Tuesday … in February": the day last mentioned, whatever came since.
      const ref = sem.orAnchor && sem.grain === "day" ? (ctx.lastDay ?? null) : last;
      const base = sem.from === "last" && ref && GRAIN_ORDER.indexOf(sem.grain) >= GRAIN_ORDER.indexOf(ref.grain) ? ref : null;
      // "a day later" after "in 1990" has no day to count from; "later in the day" is then the publication day.
      if (sem.from === "last" && !base && !sem.orAnchor) return { value: null, point: null };
      if (base) {
        const p = sem.whole
          ? shift(coarsen(startDay(base), sem.grain), sem.n * sem.dir)
          : sem.grain === base.grain
            ? shift(base, sem.n * sem.dir)
            : shiftBy(base, sem.grain, sem.n * sem.dir);
        // Not a new reference point: "a year earlier" twice refers back to the same time.
        return { value: withPart(p, sem.part), point: null };
      }
      if (!anchor) return { value: null, point: null };
      // "a year ago" after a quarter in a quarterly report: the same quarter a year before the one reported on.
      const quarter = last?.grain === "quarter" ? (ctx.reported ?? last) : null;
      if (sem.ago && sem.grain === "year" && sem.dir === -1 && quarter && quarter.year >= anchor.year - 1) {
        const p = shiftBy(quarter, "year", -sem.n);
        return { value: format(p), point: null };
      }

      const p = shift(coarsen(anchor, sem.grain), sem.n * sem.dir);
      // "a year ago" is a comparison, not a new reference point: a later "a year earlier" counts from the same time.
      const comparison = sem.ago && sem.grain === "year" && sem.n === 1;
      return { value: sem.weekend ? `${format(p)}-WE` : format(p), point: comparison ? null : p };
    }
    case "season": {
      if (sem.year !== null) {
        const p: Point = { grain: "season", year: sem.year, sub: sem.season, day: 0 };
        return { value: format(p), point: p };
      }
      if (!anchor) return { value: null, point: null };
      const now = coarsen(anchor, "season");
      let p: Point = { grain: "season", year: now.year, sub: sem.season, day: 0 };
      const cmp = p.sub - now.sub;
      if (sem.dir === -1 || (sem.dir === null && tense === "past")) {
        if (cmp >= (sem.dir === -1 ? 0 : 1)) p = shift(p, -4);
      } else if (sem.dir === 1 || (sem.dir === null && tense === "future")) {
        if (cmp <= (sem.dir === 1 ? 0 : -1)) p = shift(p, 4);
      }
      return { value: format(p), point: p };
    }
    case "quarter": {
      if (sem.year === null && sem.yearShift !== undefined && anchor) {
        const p: Point = { grain: sem.grain, year: anchor.year + sem.yearShift, sub: sem.q, day: 0 };
        return { value: format(p), point: p };
      }
      if (sem.year !== null) {
        const p: Point = { grain: sem.grain, year: sem.year, sub: sem.q, day: 0 };
        return { value: format(p), point: p };
      }
      if (!anchor) return { value: null, point: null };
      const now = coarsen(anchor, sem.grain);
      let p: Point = { grain: sem.grain, year: now.year, sub: sem.q, day: 0 };
      if (sem.dir === -1) p = p.sub >= now.sub ? shift(p, -(sem.grain === "quarter" ? 4 : 2)) : p;
      else if (sem.dir === 1) p = p.sub <= now.sub ? shift(p, sem.grain === "quarter" ? 4 : 2) : p;
      // A quarter that has not begun yet, spoken of in the past tense, is last year's.
      else if (compareDays(startDay(p), anchor) > 0 && tense === "past") p = shift(p, sem.grain === "quarter" ? -4 : -2);
      return { value: format(p), point: p };
    }
    case "short-decade": {
      if (!anchor) return { value: null, point: null };
      let century = Math.floor(anchor.year / 100) * 100;
      if (century + sem.decade > anchor.year) century -= 100;
      return { value: String((century + sem.decade) / 10), point: null };
    }
    case "year-quarter": {
      // The quarter reported on, else the one just mentioned, else the last one completed.
      const q = ctx.reported?.sub ?? (last?.grain === "quarter" ? last.sub : anchor ? shift(coarsen(anchor, "quarter"), -1).sub : null);
      if (q === null) return { value: String(sem.year), point: null };
      return { value: format({ grain: "quarter", year: sem.year, sub: q, day: 0 }), point: null };
    }
    case "current-quarter": {
      if (!anchor) return { value: null, point: null };
      const q = ctx.reported ?? shift(coarsen(anchor, "quarter"), -1);
      if (!sem.yearShift) return { value: format(q), point: q };
      // The year-ago period is compared with, not reported on: not a new reference point. With no
      // period reported on, it is the quarter just named ("the fiscal second quarter … the quarter a year ago").
      const compared = ctx.reported ?? (last?.grain === "quarter" ? last : q);
      return { value: format(shiftBy(compared, "year", sem.yearShift)), point: null };
    }
    case "quarter-ended": {
      // A quarter already named ("its fiscal first quarter") keeps its name; else the date places it.
      if (ctx.reported) return { value: format(ctx.reported), point: ctx.reported };
      // The date is a past period's end whatever the clause's tense.
      const day = resolveSem(sem.date, { ...ctx, tense: "past" }).point;
      if (day?.grain !== "day") return { value: null, point: null };
      const p = coarsen(addDays(day, -HALF_QUARTER_DAYS), "quarter");
      return { value: format(p), point: p };
    }
    case "week-of": {
      const day = resolveSem(sem.date, ctx).point;
      if (day?.grain !== "day") return { value: null, point: null };
      const p = coarsen(day, "week");
      return { value: format(p), point: p };
    }
    case "period-year": {
      const base = ctx.reported ?? (last?.grain === "quarter" || last?.grain === "half" ? last : anchor);
      if (!base) return { value: null, point: null };
      const p = coarsen(startDay(base), "year");
      return { value: format(p), point: p };
    }
    case "year-before-last": {
      // "the same period": the period reported on when there is one, else the time just mentioned.
      const base = sem.grain === null ? (ctx.reported ?? last) : last;
      if (!base) return { value: null, point: null };
      const same =
        sem.grain && GRAIN_ORDER.indexOf(sem.grain) >= GRAIN_ORDER.indexOf(base.grain) ? coarsen(startDay(base), sem.grain) : base;
      return { value: format(shiftBy(same, "year", -1)), point: null };
    }
    case "movable": {
      if (sem.year !== null) {
        const p = sem.day(sem.year);
        return { value: format(p), point: p };
      }
      if (!anchor) return { value: null, point: null };
      const near = sem.day(anchor.year);
      const dirTense: Tense = sem.dir === -1 ? "past" : sem.dir === 1 ? "future" : tense;
      const year = biasYear(anchor, near.sub, near.day, dirTense, sem.dir !== null);
      const p = sem.day(year);
      return { value: format(p), point: p };
    }
  }
}
