/**
 * Loads the compact KB files and answers queries. Loading only parses JSON: the surface index is
 * precomputed by the build, entries become objects on first use, and the role and agent tables
 * are indexed the first time they are asked for.
 */
import { readFileSync } from "node:fs";
import { EntenteError } from "../contract/errors.js";
import { makeAgentSector } from "./agents.js";
import { foldToken, LEADING_ARTICLES, surfaceKey } from "./normalize.js";
import { makeRoleIndex } from "./roles.js";
import type { EntryRow, Kb, KbEntry, KbFiles, KbMatch, KbSource, RolesFile, SurfaceCodes } from "./types.js";
import { KIND_CODES, PREFIX_MARK, VIA_CODES } from "./types.js";

export const KB_FILE_NAMES = ["entries", "surfaces", "roles", "agents"] as const;

/** Directory of the generated files; ENTENTE_KB_DIR overrides it (e.g. a freshly built copy). */
export function kbDir(): URL {
  const override = process.env.ENTENTE_KB_DIR;
  if (override) return new URL(`file://${override.endsWith("/") ? override : `${override}/`}`);
  return new URL("../../data/kb/", import.meta.url);
}

function readJson<T>(dir: URL, name: string): T {
  try {
    return JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as T;
  } catch (err) {
    throw new EntenteError("E_DATA", `KB file ${name}.json is missing or malformed: run npx tsx scripts/build-kb.ts`, {
      cause: err,
    });
  }
}

/** The lookup tables now; roles and agents are read from disk the first time they are needed. */
export function readKbSource(dir: URL = kbDir()): KbSource {
  return {
    entries: readJson<EntryRow[]>(dir, "entries"),
    surfaces: readJson<Record<string, SurfaceCodes>>(dir, "surfaces"),
    roles: () => readJson<RolesFile>(dir, "roles"),
    agents: () => readJson<Record<string, string>>(dir, "agents"),
  };
}

/** In-memory files (from the builder) as a source. */
export function sourceOf(files: KbFiles): KbSource {
  return { ...files, roles: () => files.roles, agents: () => files.agents };
}

function toEntry(row: EntryRow): KbEntry {
  const [id, name, kind, country, sector, aliases, extra] = row;
  const entry: KbEntry = { id, name, kind: KIND_CODES[kind] ?? "organization", country, sector, aliases: aliases ?? [] };
  if (extra?.c) entry.cameo = extra.c;
  if (extra?.i) entry.iso2 = extra.i;
  return entry;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

export function buildKb(source: KbSource): Kb {
  const { entries: rows, surfaces } = source;
  const entryCache: Array<KbEntry | undefined> = new Array(rows.length);
  const matchCache = new Map<string, KbMatch[]>();
  const entryAt = (i: number): KbEntry => {
    let e = entryCache[i];
    if (!e) {
      e = toEntry(rows[i] as EntryRow);
      entryCache[i] = e;
    }
    return e;
  };
  const idIndex = lazy(() => new Map(rows.map((r, i) => [r[0], i])));
  const roles = lazy(() => makeRoleIndex(source.roles(), entryAt, (id) => idIndex().get(id)));
  const agentTable = lazy(source.agents);
  const agentSector = lazy(() => makeAgentSector(agentTable()));
  let maxAliasTokens = 0;
  for (const key in surfaces) {
    let n = 1;
    for (let k = key.indexOf(" "); k >= 0; k = key.indexOf(" ", k + 1)) n++;
    if (n > maxAliasTokens) maxAliasTokens = n;
  }

  function byId(id: string): KbEntry | undefined {
    const i = idIndex().get(id);
    return i === undefined ? undefined : entryAt(i);
  }

  /** Stored codes of a key, with one property read (prototype names such as "constructor" are not codes). */
  function codesOf(key: string): SurfaceCodes | undefined {
    const v = surfaces[key];
    return typeof v === "number" || Array.isArray(v) ? v : undefined;
  }

  /** Matches for stored codes; the same array every time for a key. */
  function decode(key: string, stored: SurfaceCodes): KbMatch[] | undefined {
    const cached = matchCache.get(key);
    if (cached) return cached;
    const codes = typeof stored === "number" ? [stored] : stored;
    const out: KbMatch[] = [];
    for (const code of codes) {
      if (code === PREFIX_MARK) continue;
      out.push({ entry: entryAt(code >> 3), via: VIA_CODES[code & 7] ?? "alias" });
    }
    if (out.length === 0) return undefined;
    matchCache.set(key, out);
    return out;
  }

  function matchesOf(key: string): KbMatch[] | undefined {
    const stored = codesOf(key);
    return stored === undefined ? undefined : decode(key, stored);
  }

  const isPrefixCodes = (stored: SurfaceCodes): boolean =>
    typeof stored === "number" ? stored === PREFIX_MARK : stored.includes(PREFIX_MARK);

  /** Full key, else without a leading article ("the Kremlin" → "kremlin"). */
  function resolveKey(surface: string): KbMatch[] {
    const key = surfaceKey(surface);
    const hit = matchesOf(key);
    if (hit) return hit;
    const sp = key.indexOf(" ");
    if (sp > 0 && LEADING_ARTICLES.has(key.slice(0, sp))) return matchesOf(key.slice(sp + 1)) ?? [];
    return [];
  }

  return {
    maxAliasTokens,
    lookup: resolveKey,
    byId,
    rolesAt: (personId, date) => roles().rolesAt(personId, date),
    holderOf: (q, date) => roles().holderOf(q, date),
    agentSector: (noun) => agentSector()(noun),
    demonymCountry(word) {
      for (const m of resolveKey(word)) if (m.via === "demonym" && m.entry.kind === "country") return m.entry.id;
      return null;
    },
    matchTokens(tokens, i) {
      const first = tokens[i];
      if (first === undefined) return null;
      let key = foldToken(first);
      let best: { length: number; matches: KbMatch[] } | null = null;
      for (let j = i; ; ) {
        const stored = codesOf(key);
        if (stored === undefined) break;
        const hit = decode(key, stored);
        if (hit) best = { length: j - i + 1, matches: hit };
        if (!isPrefixCodes(stored)) break;
        j++;
        const next = tokens[j];
        if (next === undefined || j - i >= maxAliasTokens) break;
        key = `${key} ${foldToken(next)}`;
      }
      return best;
    },
    stats: () => ({
      entries: rows.length,
      people: roles().people,
      roles: roles().count,
      surfaces: Object.keys(surfaces).length,
      agents: Object.keys(agentTable()).length,
    }),
  };
}
