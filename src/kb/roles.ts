/** Date-bounded roles: which roles a person holds at a date, and who holds an office at a date. */
import { surfaceKey } from "./normalize.js";
import { queryTitleClass } from "./titles.js";
import type { KbEntry, KbRole, RoleRow } from "./types.js";

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

interface IndexedRole {
  personId: string;
  role: KbRole;
  classes: readonly string[];
}

/** Normalises a date argument to YYYY-MM-DD ("2024" → "2024-01-01", ISO timestamps are cut). */
export function dayOf(date: string): string {
  const d = date.slice(0, 10);
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

function validAt(role: KbRole, day: string): boolean {
  return (role.start === null || role.start <= day) && (role.end === null || day <= role.end);
}

/** Latest start wins (a successor sworn in on the day the predecessor leaves). */
function latest(candidates: IndexedRole[]): IndexedRole | undefined {
  let best: IndexedRole | undefined;
  for (const c of candidates) if (!best || (c.role.start ?? "") > (best.role.start ?? "")) best = c;
  return best;
}

function toRole(row: RoleRow): KbRole {
  const [title, country, org, sector, start, end] = row;
  return { title, country, org, sector, start, end };
}

export function makeRoleIndex(rows: Record<string, RoleRow[]>, byId: (id: string) => KbEntry | undefined) {
  const byPerson = new Map<string, IndexedRole[]>();
  const byScope = new Map<string, IndexedRole[]>();
  let count = 0;
  for (const [personId, list] of Object.entries(rows)) {
    const indexed = list.map((row) => ({ personId, role: toRole(row), classes: row[6] }));
    byPerson.set(personId, indexed);
    count += indexed.length;
    for (const ir of indexed) {
      const scope = ir.role.org ?? ir.role.country;
      if (!scope) continue;
      const bucket = byScope.get(scope);
      if (bucket) bucket.push(ir);
      else byScope.set(scope, [ir]);
    }
  }

  function rolesAt(personId: string, date: string | null): KbRole[] {
    const list = byPerson.get(personId) ?? [];
    if (date === null) {
      const current = list.filter((r) => r.role.end === null);
      if (current.length > 0) return current.map((r) => r.role);
      let lastEnd = "";
      for (const r of list) if (r.role.end !== null && r.role.end > lastEnd) lastEnd = r.role.end;
      return list.filter((r) => r.role.end === lastEnd).map((r) => r.role);
    }
    const day = dayOf(date);
    return list.filter((r) => validAt(r.role, day)).map((r) => r.role);
  }

  function holderInClass(scope: string, cls: string, day: string | null): IndexedRole | undefined {
    const bucket = byScope.get(scope);
    if (!bucket) return undefined;
    const matches = bucket.filter((r) => r.classes.includes(cls));
    if (day === null) {
      const current = matches.filter((r) => r.role.end === null);
      return latest(current.length > 0 ? current : matches);
    }
    return latest(matches.filter((r) => validAt(r.role, day)));
  }

  function holderOf(q: { country?: string; org?: string; title: string }, date: string | null): KbEntry | undefined {
    const scope = q.org ?? q.country;
    if (!scope) return undefined;
    const cls = queryTitleClass(q.title);
    const day = date === null ? null : dayOf(date);
    for (const c of [cls, ...(CLASS_FALLBACKS[cls] ?? [])]) {
      const hit = holderInClass(scope, c, day);
      if (hit) return byId(hit.personId);
    }
    // A free-text title ("interior minister") may also be stored unreordered.
    const plain = surfaceKey(q.title);
    if (plain !== cls) {
      const hit = holderInClass(scope, plain, day);
      if (hit) return byId(hit.personId);
    }
    return undefined;
  }

  return { rolesAt, holderOf, people: byPerson.size, count };
}
