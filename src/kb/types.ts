/** Public KB types and the compact on-disk format written by scripts/build-kb.ts. */

export type KbKind = "country" | "organization" | "person" | "location" | "group";

/**
 * One KB identity. Id scheme (stable across builds):
 * - country or territory: ISO 3166 alpha-3, e.g. "CHN"; CAMEO-only territories keep their CAMEO code ("KSV");
 * - a country's state sector: ISO3 + CAMEO sector, e.g. "CHNGOV" (government, the target of metonyms such as
 *   "Beijing" or "the Kremlin"), "USAMIL" (armed forces: "the Pentagon"), "USALEG", "USASPY";
 * - IGOs, alliances, blocs: "IGO:" + short code, e.g. "IGO:NATO", "IGO:UN", "IGO:EU";
 * - armed and non-state groups: "GRP:" + slug, e.g. "GRP:hamas";
 * - media and agencies: "MED:" + slug, e.g. "MED:xinhua"; other organisations "ORG:" + slug;
 * - people: "PER:" + slug of the normalised full name, e.g. "PER:vladimir-putin";
 * - places: "LOC:" + ISO3 + ":" + slug, e.g. "LOC:CHN:beijing"; regions beyond one country "LOC:ZZZ:" + slug.
 */
export interface KbEntry {
  id: string;
  name: string;
  kind: KbKind;
  /** ISO3 of the country the entry belongs to (for IGOs: null). */
  country: string | null;
  /** CAMEO/PLOVER sector code (GOV, MIL, REB, IGO, MED, …) or null. */
  sector: string | null;
  aliases: string[];
  /** CAMEO/Phoenix actor code where the source gives one (e.g. "IGOWSTNAT"). */
  cameo?: string;
  /** ISO 3166 alpha-2, for countries. */
  iso2?: string;
}

/** How a surface matched: its name, an alias, a demonym of a country, a metonym for a government, a capital or another city. */
export interface KbMatch {
  entry: KbEntry;
  via: "name" | "alias" | "demonym" | "metonym" | "capital" | "city";
}

export interface KbRole {
  title: string;
  country: string | null;
  /** KB id of the organisation for IGO roles, e.g. "IGO:NATO". */
  org: string | null;
  sector: string | null;
  /** YYYY-MM-DD (month or year precision is padded: start → first day). */
  start: string | null;
  /** YYYY-MM-DD inclusive, null while in office. */
  end: string | null;
}

export interface Kb {
  /** Every entry whose name, alias, demonym, metonym or place name folds to the same key as `surface`. */
  lookup(surface: string): KbMatch[];
  /** Like lookup, for a key already folded with surfaceKey (tokens joined by single spaces). */
  lookupKey(key: string): KbMatch[];
  byId(id: string): KbEntry | undefined;
  /** Roles valid at `date` (YYYY-MM-DD…); null → roles held now, else the most recent ones. */
  rolesAt(personId: string, date: string | null): KbRole[];
  /** The person holding an office at `date`; title is normalised ("premier" = "prime minister"). */
  holderOf(q: { country?: string; org?: string; title: string }, date: string | null): KbEntry | undefined;
  /** The holder of a title with that surname nearest `date` ("President" + "Reagan"); undefined when none or ambiguous. */
  titledHolder(q: { surname: string; title: string; country?: string | null }, date: string | null): KbEntry | undefined;
  /** Sector code of an agent noun, lemma or plural ("troops" → MIL). */
  agentSector(noun: string): string | null;
  /** ISO3 of a demonym ("Chinese", "Russians"). */
  demonymCountry(word: string): string | null;
  /** Longest alias length in tokens. */
  maxAliasTokens: number;
  /** Longest KB alias match starting at token i over lower-cased token texts; for fast token-trie matching. */
  matchTokens(tokens: readonly string[], i: number): { length: number; matches: KbMatch[] } | null;
  /** Like matchTokens over folded tokens: foldAt(j) gives token j folded with foldToken (undefined past the end). */
  matchFolded(foldAt: (j: number) => string | undefined, i: number): { length: number; matches: KbMatch[] } | null;
  /** Entry and role counts, for reports. */
  stats(): { entries: number; people: number; roles: number; surfaces: number; agents: number };
}

/** Kind codes in the compact files. */
export const KIND_CODES: Record<string, KbKind> = {
  c: "country",
  o: "organization",
  p: "person",
  l: "location",
  g: "group",
};

/** Compact entry row: [id, name, kind code, country, sector, aliases, extra]; empty trailing fields are left out. */
export type EntryRow = [string, string, string, string | null, string | null, string[]?, EntryExtra?];

export interface EntryExtra {
  /** CAMEO code. */
  c?: string;
  /** ISO alpha-2. */
  i?: string;
  /** For places: "capital" or "city" (how their names match). */
  v?: "capital" | "city";
}

/** Surface link: [surface, entry id, via] (build-time input to the surface index). */
export type LinkRow = [string, string, "demonym" | "metonym"];

/**
 * Compact role row: [title index, country, org, sector, start, end, curated?, extra classes?].
 * `curated` is 1 for hand-curated office-holders (they win over upstream rows for the same office),
 * and extra classes are the office's classes beyond those its title implies (see titles.ts); both are
 * left out for upstream rows without extras.
 */
export type RoleRow = [number, string | null, string | null, string | null, string | null, string | null, (0 | 1)?, string[]?];

export interface RolesFile {
  /** Distinct role titles with the office classes (upper-case tags) they imply (titles.ts); rows point here. */
  titles: Array<[string, string[]]>;
  /** Person's index in entries.json (as a string key) → roles, oldest first. */
  people: Record<string, RoleRow[]>;
}

/** How a surface matched, as stored: index in VIA_CODES. */
export const VIA_CODES = ["name", "alias", "demonym", "metonym", "capital", "city"] as const;

/** Marker in a surface list: the key is also a proper prefix of a longer key (token-trie walk goes on). */
export const PREFIX_MARK = -1;

export interface KbFiles {
  entries: EntryRow[];
  /**
   * Folded surface key → matches, each encoded as entryIndex * 8 + via code; PREFIX_MARK when the key
   * is also the start of a longer key; a single code is stored bare. Precomputed so loading does no
   * string folding.
   */
  surfaces: Record<string, SurfaceCodes>;
  roles: RolesFile;
  /** Agent noun key → sector code. */
  agents: Record<string, string>;
}

/** What the runtime needs: the lookup tables at once, roles and agents when first asked for. */
/** One code or several (see KbFiles.surfaces). */
export type SurfaceCodes = number | number[];

export interface KbSource {
  entries: EntryRow[];
  surfaces: Record<string, SurfaceCodes>;
  roles: () => RolesFile;
  agents: () => Record<string, string>;
}
