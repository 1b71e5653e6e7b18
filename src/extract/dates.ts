/** Publication dates: normalising metadata values, URL date patterns, datelines, and inference from the text. */
import * as chrono from "chrono-node";

const pad = (n: number) => String(n).padStart(2, "0");
const MIN_YEAR = 1990;
const MAX_YEAR_AHEAD = 1;

function plausible(y: number, m: number, d: number): boolean {
  const now = new Date().getUTCFullYear();
  return y >= MIN_YEAR && y <= now + MAX_YEAR_AHEAD && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A metadata date as ISO: keeps an ISO value as written, converts other parseable forms to YYYY-MM-DD. */
export function normaliseDateValue(v: string | null | undefined): string | null {
  const s = (v ?? "").trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return plausible(+iso[1]!, +iso[2]!, +iso[3]!) ? s : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact && plausible(+compact[1]!, +compact[2]!, +compact[3]!)) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) {
    const r = chrono.parseDate(s);
    if (!r) return null;
    return plausible(r.getFullYear(), r.getMonth() + 1, r.getDate())
      ? `${r.getFullYear()}-${pad(r.getMonth() + 1)}-${pad(r.getDate())}`
      : null;
  }
  const d = new Date(t);
  return plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString().slice(0, 10) : null;
}

/** /2024/05/16/, /2024-05-16/, /20240516/ in a URL path. */
const URL_DATE = /[/_-](\d{4})[/_-]?(\d{2})[/_-]?(\d{2})(?=[/_.-]|$)/;

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not absolute: use as is.
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  return plausible(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const FULL_YEAR = /\b\d{4}\b/;

/** How many characters at the start of the text a dateline may sit in. */
const DATELINE_WINDOW = 300;

/** A full date (day, month and year) printed near the top, e.g. "May 16, 2024" or "16 May 2024". */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, DATELINE_WINDOW);
  for (const r of parseDateSnippets(head)) {
    const s = r.start;
    // a dateline prints the year in full: "Jan. 18, 10 days after …" is not 2010
    if (s.isCertain("year") && s.isCertain("month") && s.isCertain("day") && FULL_YEAR.test(r.text)) {
      const d = s.date();
      if (plausible(d.getFullYear(), d.getMonth() + 1, d.getDate()))
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }
  }
  return null;
}

/** Where a written date may be: a month name next to a number, or a numeric date. */
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/gi;
/**
 * chrono with only the parsers for written dates (month names, ISO, slash and year-month-day forms):
 * inference ignores relative and weekday-only readings, and the full casual set runs some twenty
 * parsers on every snippet.
 */
const WRITTEN_DATE_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENYearMonthNameParser",
]);
let writtenDates: chrono.Chrono | null = null;
function writtenDateParser(): chrono.Chrono {
  if (!writtenDates) {
    writtenDates = chrono.en.casual.clone();
    writtenDates.parsers = writtenDates.parsers.filter((p) => WRITTEN_DATE_PARSERS.has(p.constructor.name));
  }
  return writtenDates;
}

/** Characters around a date hint handed to chrono. */
const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 40;

/** chrono on short snippets around date hints only (chrono over a whole article is slow); indexes are global. */
function parseDateSnippets(body: string): Array<{ index: number; text: string; start: chrono.ParsedComponents }> {
  const out: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = [];
  let coveredTo = -1;
  for (const m of body.matchAll(DATE_HINT)) {
    const at = m.index ?? 0;
    if (at < coveredTo) continue;
    const start = Math.max(0, at - SNIPPET_BEFORE);
    const end = Math.min(body.length, at + m[0].length + SNIPPET_AFTER);
    coveredTo = end;
    for (const r of writtenDateParser().parse(body.slice(start, end), undefined, { forwardDate: false })) {
      out.push({ index: r.index + start, text: r.text, start: r.start });
    }
  }
  return out;
}

/** Years written in the text and the year after each, newest first, never after `now`. */
function writtenYears(text: string, now: Date): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    for (const c of [y, y + 1]) if (c <= now.getUTCFullYear() && c >= now.getUTCFullYear() - MAX_WEEKDAY_YEARS_BACK) years.add(c);
  }
  return [...years].sort((a, b) => b - a);
}

/** Words that put a date in the present of the text ("this week", "today"). */
const RELATIVE_NOW = /\b(?:this week|this weekend|today|tonight|yesterday|this (?:morning|afternoon|evening)|last night)\b/;

/** The latest year written in the text (as a four-digit number) in which month/day is not after `now`. */
function latestWrittenYear(text: string, month: number, day: number, now: Date): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d <= now && d.getUTCMonth() === month - 1 && (best === null || y > best)) best = y;
  }
  return best;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Cap the text scanned for inference (long documents: the first part carries the news peg). */
const INFER_WINDOW = 20_000;
/** A weekday agrees with a day-and-month date when written within this many characters of it. */
const WEEKDAY_WINDOW = 250;
/** How far back to look for a year in which the day falls on the weekday. */
const MAX_WEEKDAY_YEARS_BACK = 15;

/**
 * Infers a publication date from the text's own evidence:
 *  1. the latest absolute date (day, month and year all written) in the text;
 *  2. else a day-and-month date ("May 16") with a weekday ("Thursday") written near it, in a year
 *     the text itself names (or the year after one it names, for "since 2023 … on Thursday, May 16"):
 *     the latest such year in which that day falls on that weekday. Without a written year the
 *     weekday alone matches every five or six years, which is a guess, not evidence;
 *  3. else a day-and-month date written near "this week", "today" or "yesterday", in the latest year
 *     written near it.
 * Returns null when there is no such evidence.
 */
export function inferPublicationDate(text: string, now = new Date()): string | null {
  const body = text.slice(0, INFER_WINDOW);
  const results = parseDateSnippets(body);
  let latest: string | null = null;
  const dayMonths: Array<{ month: number; day: number; at: number }> = [];
  for (const r of results) {
    const s = r.start;
    // Only dates written out ("May 16", "16 May 2024"), not relative ones ("today", "this week").
    if (!s.isCertain("month") || !s.isCertain("day") || !/\d/.test(r.text) || !/\p{L}{3}|\d[/.-]\d/u.test(r.text)) continue;
    const month = s.get("month") as number;
    const day = s.get("day") as number;
    if (s.isCertain("year") && FULL_YEAR.test(r.text)) {
      const y = s.get("year") as number;
      if (!plausible(y, month, day) || new Date(Date.UTC(y, month - 1, day)) > now) continue;
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      if (!latest || iso > latest) latest = iso;
    } else dayMonths.push({ month, day, at: r.index });
  }
  if (latest) return latest;
  const candidateYears = writtenYears(body, now);
  let best: string | null = null;
  const keep = (iso: string) => {
    if (!best || iso > best) best = iso;
  };
  for (const { month, day, at } of dayMonths) {
    const near = body.slice(Math.max(0, at - WEEKDAY_WINDOW), at + WEEKDAY_WINDOW).toLowerCase();
    const weekdays = new Set<number>();
    for (const m of near.matchAll(/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g)) weekdays.add(WEEKDAYS.indexOf(m[1]!));
    if (weekdays.size === 0) {
      // "this week … May 16": the date is current; its year is the latest one written near it (not a guess).
      const y = RELATIVE_NOW.test(near) ? latestWrittenYear(near, month, day, now) : null;
      if (y) keep(`${y}-${pad(month)}-${pad(day)}`);
      continue;
    }
    for (const y of candidateYears) {
      const d = new Date(Date.UTC(y, month - 1, day));
      if (d > now || d.getUTCMonth() !== month - 1) continue;
      if (weekdays.has(d.getUTCDay())) {
        keep(`${y}-${pad(month)}-${pad(day)}`);
        break;
      }
    }
  }
  return best;
}
