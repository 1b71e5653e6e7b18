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
import { tokenTrie } from "./token-trie.js";
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

/** Memo tables are cleared past this many keys, so a long batch cannot grow them without bound. */
const MEMO_LIMIT = 50_000;

/** A function of one string argument, memoised (bounded by MEMO_LIMIT). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const keyed = keyedMemo((s: string, _: null) => f(s));
  return (s) => keyed(s, s, null);
}

/** A function of two arguments, memoised by a string the caller builds from them (bounded by MEMO_LIMIT). */
function keyedMemo<A, B, T>(f: (a: A, b: B) => T): (key: string, a: A, b: B) => T {
  const cache = new Map<string, T>();
  return (key, a, b) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = f(a, b);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(key, v);
    }
    return v as T;
  };
}

/** Separates the parts of a memo key (never inside a title, name or date). */
const SEP = "\u0001";
/** Stands for an absent part of a memo key, so that null, undefined and "" stay distinct from each other. */
const orNone = (v: string | null | undefined): string => (v === undefined ? "\u0002" : v === null ? "\u0003" : v);

/** Folds a raw token once per distinct text (news repeats the same words across documents). */
export const foldCached = memo(foldToken);

export function buildKb(source: KbSource): Kb {
  const { entries: rows } = source;
  // The parsed object is used as it is: copying its ~70k keys into a Map cost ~70 ms at load, and
  // the token trie and the memoised lookups ask it for each key only once.
  const surfaces = source.surfaces;
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
  /** Longest surface in tokens, counted the first time it is asked for (no lookup needs it). */
  const maxAliasTokens = lazy(() => {
    let max = 0;
    for (const key in surfaces) {
      let n = 1;
      for (let k = key.indexOf(" "); k >= 0; k = key.indexOf(" ", k + 1)) n++;
      if (n > max) max = n;
    }
    return max;
  });

  function byId(id: string): KbEntry | undefined {
    const i = idIndex().get(id);
    return i === undefined ? undefined : entryAt(i);
  }

  /**
   * Stored codes of a key, malformed values ignored. One property read (each is a lookup in a
   * ~10^5-key dictionary): an inherited property ("constructor", "__proto__") is never a number
   * or an array, so the type test also keeps Object.prototype's names out.
   */
  const codesOf = (key: string): SurfaceCodes | undefined => {
    const v = surfaces[key];
    return typeof v === "number" || Array.isArray(v) ? v : undefined;
  };

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

  /** Exact folded key, else without a leading article ("the kremlin" → "kremlin"). */
  function resolveFolded(key: string): KbMatch[] {
    const hit = matchesOf(key);
    if (hit) return hit;
    const sp = key.indexOf(" ");
    if (sp > 0 && LEADING_ARTICLES.has(key.slice(0, sp))) return matchesOf(key.slice(sp + 1)) ?? [];
    return [];
  }

  const lookup = memo((surface: string) => resolveFolded(surfaceKey(surface)));
  const lookupKey = memo(resolveFolded);

  const trie = tokenTrie((key, length) => {
    const stored = codesOf(key);
    if (stored === undefined) return null;
    const matches = decode(key, stored);
    return { key, hit: matches ? { length, matches } : null, prefix: isPrefixCodes(stored), next: null };
  });

  /**
   * Longest match from position i over already folded tokens (the token-trie walk). The walk
   * needs no length bound: a node is a prefix only when a longer surface exists.
   */
  function matchFolded(foldAt: (j: number) => string | undefined, i: number): { length: number; matches: KbMatch[] } | null {
    const first = foldAt(i);
    if (first === undefined) return null;
    let step = trie.root(first);
    if (step === null) return null;
    let best = step.hit;
    for (let length = 1; step.prefix; length++) {
      const next = foldAt(i + length);
      if (next === undefined) break;
      step = trie.child(step, next, length + 1);
      if (step === null) break;
      if (step.hit) best = step.hit;
    }
    return best;
  }

  // Role queries repeat within an article (every mention of a titled name asks again) and
  // across a batch; each answer scans a person's or a country's rows, so answers are memoised
  // by their arguments.
  const rolesAt = keyedMemo((personId: string, date: string | null) => roles().rolesAt(personId, date));
  const holderOf = keyedMemo((q: Parameters<Kb["holderOf"]>[0], date: string | null) => roles().holderOf(q, date));
  const titledHolder = keyedMemo((q: Parameters<Kb["titledHolder"]>[0], date: string | null) => roles().titledHolder(q, date));

  const demonymCountry = memo((word: string): string | null => {
    for (const m of lookup(word)) if (m.via === "demonym" && m.entry.kind === "country") return m.entry.id;
    return null;
  });

  return {
    get maxAliasTokens() {
      return maxAliasTokens();
    },
    lookup,
    lookupKey,
    byId,
    rolesAt: (personId, date) => rolesAt(`${personId}${SEP}${orNone(date)}`, personId, date),
    holderOf: (q, date) => holderOf(`${orNone(q.org)}${SEP}${orNone(q.country)}${SEP}${q.title}${SEP}${orNone(date)}`, q, date),
    titledHolder: (q, date) => titledHolder(`${q.surname}${SEP}${q.title}${SEP}${orNone(q.country)}${SEP}${orNone(date)}`, q, date),
    agentSector: (noun) => agentSector()(noun),
    demonymCountry,
    matchFolded,
    matchTokens: (tokens, i) => matchFolded((j) => (j < tokens.length ? foldCached(tokens[j] as string) : undefined), i),
    stats: () => ({
      entries: rows.length,
      people: roles().people,
      roles: roles().count,
      surfaces: Object.keys(surfaces).length,
      agents: Object.keys(agentTable()).length,
    }),
  };
}
