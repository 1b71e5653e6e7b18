/** The KB under construction: entries with de-duplicated aliases, surface links and roles. */
import { surfaceKey } from "../normalize.js";
import { isOfficeClass, roleTitleClasses } from "../titles.js";
import type { EntryExtra, EntryRow, KbFiles, KbKind, LinkRow, RoleRow, SurfaceCodes } from "../types.js";
import { PREFIX_MARK, VIA_CODES } from "../types.js";

const KIND_CODE: Record<KbKind, string> = { country: "c", organization: "o", person: "p", location: "l", group: "g" };

export interface DraftEntry {
  id: string;
  name: string;
  kind: KbKind;
  country: string | null;
  sector: string | null;
  aliases: string[];
  aliasKeys: Set<string>;
  extra: EntryExtra;
}

export interface DraftRole {
  title: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  start: string | null;
  end: string | null;
  /** Extra title classes (curated offices know they are head of state, leader, …). */
  classes?: string[];
  /** Curated roles win over upstream ones for the same office and period. */
  curated?: boolean;
}

export class KbBuilder {
  readonly entries = new Map<string, DraftEntry>();
  readonly links: LinkRow[] = [];
  private readonly linkKeys = new Set<string>();
  readonly roles = new Map<string, DraftRole[]>();

  add(e: { id: string; name: string; kind: KbKind; country: string | null; sector: string | null; extra?: EntryExtra }): DraftEntry {
    const existing = this.entries.get(e.id);
    if (existing) return existing;
    const draft: DraftEntry = { ...e, aliases: [], aliasKeys: new Set([surfaceKey(e.name)]), extra: e.extra ?? {} };
    this.entries.set(e.id, draft);
    return draft;
  }

  alias(id: string, ...surfaces: string[]): void {
    const e = this.entries.get(id);
    if (!e) return;
    for (const s of surfaces) {
      const text = s.trim();
      const key = surfaceKey(text);
      if (!key || e.aliasKeys.has(key)) continue;
      e.aliasKeys.add(key);
      e.aliases.push(text);
    }
  }

  /** Removes an alias (by folded key) from the entries `where` selects; their names are kept. */
  unalias(key: string, where: (e: DraftEntry) => boolean): void {
    for (const e of this.entries.values()) {
      if (!where(e) || !e.aliasKeys.has(key) || surfaceKey(e.name) === key) continue;
      e.aliases = e.aliases.filter((a) => surfaceKey(a) !== key);
      e.aliasKeys.delete(key);
    }
  }

  link(surface: string, id: string, via: "demonym" | "metonym"): void {
    const key = `${surfaceKey(surface)}\u0000${id}\u0000${via}`;
    if (!surface.trim() || this.linkKeys.has(key)) return;
    this.linkKeys.add(key);
    this.links.push([surface.trim(), id, via]);
  }

  role(personId: string, role: DraftRole): void {
    const list = this.roles.get(personId);
    if (list) list.push(role);
    else this.roles.set(personId, [role]);
  }

  files(agents: Map<string, string>): KbFiles {
    const drafts = [...this.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const entries: EntryRow[] = drafts.map((e) => {
      const row: EntryRow = [e.id, e.name, KIND_CODE[e.kind], e.country, e.sector];
      const hasExtra = Object.keys(e.extra).length > 0;
      if (e.aliases.length > 0 || hasExtra) row.push(e.aliases);
      if (hasExtra) row.push(e.extra);
      return row;
    });
    const titles: Array<[string, string[]]> = [];
    const titleIndex = new Map<string, number>();
    const people: Record<string, RoleRow[]> = {};
    const position = new Map(drafts.map((e, i) => [e.id, i]));
    for (const id of [...this.roles.keys()].sort()) {
      const index = position.get(id);
      if (index === undefined) continue;
      people[String(index)] = dedupeRoles(this.roles.get(id) ?? []).map((r) => {
        let t = titleIndex.get(r.title);
        if (t === undefined) {
          t = titles.length;
          titles.push([r.title, roleTitleClasses(r.title).filter(isOfficeClass)]);
          titleIndex.set(r.title, t);
        }
        const implied = new Set(roleTitleClasses(r.title));
        const extra = [...new Set(r.classes ?? [])].filter((c) => !implied.has(c));
        const row: RoleRow = [t, r.country, r.org, r.sector, r.start, r.end];
        if (r.curated || extra.length > 0) row.push(r.curated ? 1 : 0, extra);
        return row;
      });
    }
    const roles = { titles, people };
    const agentTable: Record<string, string> = {};
    for (const k of [...agents.keys()].sort()) {
      const v = agents.get(k) as string;
      if (v) agentTable[surfaceKey(k)] = v;
    }
    return { entries, surfaces: this.surfaceIndex(drafts), roles, agents: agentTable };
  }

  /** Folded key → encoded matches (see KbFiles.surfaces), with prefix marks for the token trie. */
  private surfaceIndex(drafts: DraftEntry[]): Record<string, SurfaceCodes> {
    const index = new Map<string, number[]>();
    const put = (surface: string, entryIndex: number, via: (typeof VIA_CODES)[number]) => {
      const key = surfaceKey(surface);
      if (!key) return;
      const code = entryIndex * 8 + VIA_CODES.indexOf(via);
      const list = index.get(key);
      if (!list) index.set(key, [code]);
      else if (!list.includes(code)) list.push(code);
    };
    const position = new Map(drafts.map((e, i) => [e.id, i]));
    drafts.forEach((e, i) => {
      const place = e.extra.v;
      put(e.name, i, place ?? "name");
      for (const a of e.aliases) put(a, i, place ?? "alias");
    });
    for (const [surface, id, via] of this.links) {
      const i = position.get(id);
      if (i !== undefined) put(surface, i, via);
    }
    for (const key of [...index.keys()]) {
      const toks = key.split(" ");
      let prefix = toks[0] as string;
      for (let k = 1; k < toks.length; k++) {
        const list = index.get(prefix);
        if (!list) index.set(prefix, [PREFIX_MARK]);
        else if (!list.includes(PREFIX_MARK)) list.push(PREFIX_MARK);
        prefix = `${prefix} ${toks[k]}`;
      }
    }
    const out: Record<string, SurfaceCodes> = {};
    for (const key of [...index.keys()].sort()) {
      const codes = index.get(key) as number[];
      out[key] = codes.length === 1 ? (codes[0] as number) : codes;
    }
    return out;
  }
}

function overlaps(a: DraftRole, b: DraftRole): boolean {
  const aStart = a.start ?? "0000";
  const bStart = b.start ?? "0000";
  const aEnd = a.end ?? "9999";
  const bEnd = b.end ?? "9999";
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * Drops upstream roles that a curated role covers (same scope, same office family, overlapping
 * dates), and exact duplicates; sorts by start date.
 */
function dedupeRoles(list: DraftRole[]): DraftRole[] {
  const curated = list.filter((r) => r.curated);
  const seen = new Set<string>();
  const out: DraftRole[] = [];
  for (const r of list) {
    if (!r.curated) {
      const classes = new Set(roleTitleClasses(r.title));
      const covered = curated.some(
        (c) =>
          (c.org ?? c.country) === (r.org ?? r.country) &&
          overlaps(c, r) &&
          [...roleTitleClasses(c.title), ...(c.classes ?? [])].some((k) => classes.has(k) || r.title === ""),
      );
      if (covered) continue;
    }
    const key = [r.title, r.country, r.org, r.start, r.end].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((a, b) => ((a.start ?? "") < (b.start ?? "") ? -1 : (a.start ?? "") > (b.start ?? "") ? 1 : 0));
}
