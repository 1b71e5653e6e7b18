/**
 * Date-bounded roles: which roles a person holds at a date, and who holds an office at a date.
 * Works on the raw rows of roles.json; KbRole objects are made only for answers.
 */
import { surfaceKey } from "./normalize.js";
import { isOfficeClass, queryTitleClass, roleTitleClasses } from "./titles.js";
import type { KbEntry, KbRole, RoleRow, RolesFile } from "./types.js";

/** When a query class has no holder, these classes are tried next, in order (an office's usual stand-ins). */
const CLASS_FALLBACKS: Record<string, string[]> = {
  LEADER: ["HOG", "HOS", "PRES", "PM"],
  CHIEF: ["LEADER", "SG", "DG", "MD", "PRES", "HOG"],
  HOS: ["PRES", "MONARCH"],
  HOG: ["PM", "CHANCELLOR"],
  PM: ["HOG"],
  SUPREME: ["LEADER"],
  GENSEC: ["LEADER"],
};

/** Row fields, named. */
const TITLE = 0;
const START = 4;
const END = 5;
const CURATED = 6;
const EXTRA = 7;

interface ScopedRow {
  /** The person's entry index. */
  person: number;
  row: RoleRow;
}

/** Normalises a date argument to YYYY-MM-DD ("2024" → "2024-01-01", ISO timestamps are cut). */
export function dayOf(date: string): string {
  const d = date.slice(0, 10);
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

function validAt(row: RoleRow, day: string): boolean {
  const start = row[START];
  const end = row[END];
  return (start === null || start <= day) && (end === null || day <= end);
}

/**
 * Curated rows win over upstream ones; then the latest start wins (a successor sworn in on the
 * day the predecessor leaves).
 */
function latest(candidates: ScopedRow[]): ScopedRow | undefined {
  let best: ScopedRow | undefined;
  for (const c of candidates) {
    if (!best || (c.row[CURATED] === 1 && best.row[CURATED] !== 1)) best = c;
    else if (c.row[CURATED] === best.row[CURATED] && (c.row[START] ?? "") > (best.row[START] ?? "")) best = c;
  }
  return best;
}

/**
 * @param entryAt the entry at an index of entries.json
 * @param indexOf the index of an entry id
 */
export function makeRoleIndex(file: RolesFile, entryAt: (index: number) => KbEntry, indexOf: (id: string) => number | undefined) {
  const titleClasses = file.titles.map(([, classes]) => classes);
  /** Folded free-text forms of each title, computed the first time a free-text title is asked for. */
  const folded = new Map<number, readonly string[]>();
  const foldedOf = (t: number): readonly string[] => {
    let f = folded.get(t);
    if (!f) {
      f = roleTitleClasses(file.titles[t]?.[0] ?? "").filter((c) => !isOfficeClass(c));
      folded.set(t, f);
    }
    return f;
  };
  const hasClass = (row: RoleRow, cls: string): boolean => {
    if (!isOfficeClass(cls)) return foldedOf(row[TITLE]).includes(cls);
    return (titleClasses[row[TITLE]] ?? []).includes(cls) || (row[EXTRA]?.includes(cls) ?? false);
  };
  const toRole = (row: RoleRow): KbRole => {
    const [t, country, org, sector, start, end] = row;
    return { title: file.titles[t]?.[0] ?? "", country, org, sector, start, end };
  };

  const byScope = new Map<string, ScopedRow[]>();
  let count = 0;
  let people = 0;
  for (const key in file.people) {
    const list = file.people[key] as RoleRow[];
    const person = Number(key);
    people++;
    count += list.length;
    for (const row of list) {
      const scope = row[2] ?? row[1];
      if (!scope) continue;
      const bucket = byScope.get(scope);
      if (bucket) bucket.push({ person, row });
      else byScope.set(scope, [{ person, row }]);
    }
  }

  function rolesAt(personId: string, date: string | null): KbRole[] {
    const index = indexOf(personId);
    const key = index === undefined ? "" : String(index);
    const list = Object.hasOwn(file.people, key) ? (file.people[key] as RoleRow[]) : [];
    if (date === null) {
      const current = list.filter((r) => r[END] === null);
      if (current.length > 0) return current.map(toRole);
      let lastEnd = "";
      for (const r of list) if (r[END] !== null && (r[END] as string) > lastEnd) lastEnd = r[END] as string;
      return list.filter((r) => r[END] === lastEnd).map(toRole);
    }
    const day = dayOf(date);
    return list.filter((r) => validAt(r, day)).map(toRole);
  }

  function holderInClass(scope: string, cls: string, day: string | null): ScopedRow | undefined {
    const bucket = byScope.get(scope);
    if (!bucket) return undefined;
    const matches = bucket.filter((r) => hasClass(r.row, cls));
    if (day === null) {
      const current = matches.filter((r) => r.row[END] === null);
      return latest(current.length > 0 ? current : matches);
    }
    return latest(matches.filter((r) => validAt(r.row, day)));
  }

  function holderOf(q: { country?: string; org?: string; title: string }, date: string | null): KbEntry | undefined {
    const scope = q.org ?? q.country;
    if (!scope) return undefined;
    const cls = queryTitleClass(q.title);
    const day = date === null ? null : dayOf(date);
    for (const c of [cls, ...(CLASS_FALLBACKS[cls] ?? [])]) {
      const hit = holderInClass(scope, c, day);
      if (hit) return entryAt(hit.person);
    }
    // A free-text title ("interior minister") may also be stored unreordered.
    const plain = surfaceKey(q.title);
    if (plain !== cls) {
      const hit = holderInClass(scope, plain, day);
      if (hit) return entryAt(hit.person);
    }
    return undefined;
  }

  /** Office holders by the folded last word of their name ("bush" → both Presidents Bush); built on first use. */
  let bySurname: Map<string, number[]> | null = null;
  const surnameIndex = (): Map<string, number[]> => {
    if (bySurname) return bySurname;
    bySurname = new Map();
    for (const key in file.people) {
      const person = Number(key);
      const e = entryAt(person);
      for (const name of new Set([e.name, ...e.aliases])) {
        const words = surfaceKey(name).split(/[\s-]+/);
        const last = words[words.length - 1] as string;
        const list = bySurname.get(last);
        if (!list) bySurname.set(last, [person]);
        else if (!list.includes(person)) list.push(person);
      }
    }
    return bySurname;
  };

  /**
   * The office holder a title and a surname name ("President Reagan"): among people of that
   * surname with a role of the title's class (and country, when given), the one holding it at
   * `date`, else the one whose term ended nearest before or began nearest after it. Undefined when
   * nobody fits, or when several fit equally (no guess between namesakes).
   */
  function titledHolder(q: { surname: string; title: string; country?: string | null }, date: string | null): KbEntry | undefined {
    const people = surnameIndex().get(surfaceKey(q.surname));
    if (!people) return undefined;
    const cls = queryTitleClass(q.title);
    const classes = [cls, ...(CLASS_FALLBACKS[cls] ?? [])];
    const day = date === null ? null : dayOf(date);
    const nearest = new Map<number, { distance: number; curated: boolean }>();
    for (const person of people) {
      for (const row of (file.people[String(person)] as RoleRow[] | undefined) ?? []) {
        if (q.country && row[1] !== q.country) continue;
        if (!classes.some((c) => hasClass(row, c))) continue;
        const distance = day === null ? (row[END] === null ? 0 : 1) : distanceToTerm(row, day);
        const seen = nearest.get(person);
        if (!seen || distance < seen.distance) nearest.set(person, { distance, curated: row[CURATED] === 1 });
      }
    }
    const min = Math.min(...[...nearest.values()].map((v) => v.distance));
    let tied = [...nearest].filter(([, v]) => v.distance === min);
    if (tied.some(([, v]) => v.curated)) tied = tied.filter(([, v]) => v.curated);
    // namesakes are not guessed between; two entries of one person (same first name) are not namesakes
    const firstNames = new Set(tied.map(([p]) => surfaceKey(entryAt(p).name).split(" ")[0]));
    return tied.length > 0 && firstNames.size === 1 ? entryAt((tied[0] as [number, unknown])[0]) : undefined;
  }

  return { rolesAt, holderOf, titledHolder, people, count };
}

/** Days between a date and a role's term (0 inside it); open ends count as unbounded. */
function distanceToTerm(row: RoleRow, day: string): number {
  const t = Date.parse(day);
  const start = row[START] === null ? Number.NEGATIVE_INFINITY : Date.parse(row[START] as string);
  const end = row[END] === null ? Number.POSITIVE_INFINITY : Date.parse(row[END] as string);
  if (t < start) return (start - t) / 86_400_000;
  if (t > end) return (t - end) / 86_400_000;
  return 0;
}
