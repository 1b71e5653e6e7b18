/**
 * The trigger lexicon: the compiled CAMEO verb table (data/events/cameo-verbs.json), the
 * CAMEO→PLOVER table (data/events/cameo2plover.json) and our nominal/modern patterns, with the
 * pattern slots turned into word sets once so that matching is a Set lookup per token.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../contract/errors.js";
import { ROLE_MARKERS, type Slot, type VerbPattern, type VerbTable } from "./cameo-dictionary.js";
import { NOMINAL_MAX_WORDS, NOMINAL_TRIGGERS, type NominalTrigger, VERB_FALLBACKS } from "./nominal-triggers.js";
import { cameoToPlover, type PloverCode, type PloverTable } from "./plover-map.js";

/** A slot ready for matching: single words in a Set, multi-word alternatives as arrays. */
export interface CompiledSlot {
  /** Words matched by surface form or lemma. */
  words: ReadonlySet<string>;
  /** Words matched by surface form only (dictionary-exact coding: a plain pattern word, not a synset member). */
  literal: ReadonlySet<string>;
  phrases: readonly string[][];
  /** A role marker slot (`$` source, `+` target, `%` compound, `^` skipped phrase): matches an actor mention or NP, not words. */
  marker: string | null;
  /** Must follow the previous element (the verb for a first post slot) with no word between (`_`). */
  tight: boolean;
}

export interface CompiledPattern {
  pre: CompiledSlot[];
  post: CompiledSlot[];
  /** The verb must follow the last pre slot directly (`IN_*`). */
  verbTight: boolean;
  code: string;
  /** Position in its block: among equally long matches the dictionary's first wins. */
  order: number;
}

/** A block's patterns indexed for speed: by a word of the first post-verb slot, and those without one. */
export interface PatternIndex {
  byFirstPost: ReadonlyMap<string, readonly CompiledPattern[]>;
  noPost: readonly CompiledPattern[];
}

export interface VerbPatterns {
  code: string | null;
  patterns: PatternIndex;
}

function indexPatterns(patterns: readonly CompiledPattern[]): PatternIndex {
  const byFirstPost = new Map<string, CompiledPattern[]>();
  const noPost: CompiledPattern[] = [];
  for (const p of patterns) {
    const first = p.post[0];
    if (!first || first.marker) {
      noPost.push(p);
      continue;
    }
    const keys = new Set<string>([...first.words, ...first.literal]);
    for (const ph of first.phrases) if (ph[0]) keys.add(ph[0]);
    for (const k of keys) {
      const list = byFirstPost.get(k) ?? [];
      list.push(p);
      byFirstPost.set(k, list);
    }
  }
  return { byFirstPost, noPost };
}

export interface TriggerLexicon {
  /** Verb base form → its default CAMEO code and the patterns of its block. */
  verbs: ReadonlyMap<string, VerbPatterns>;
  /** Inflected form → base form, for forms the lemmatiser may miss. */
  forms: ReadonlyMap<string, string>;
  nominal: ReadonlyMap<string, NominalTrigger>;
  nominalMaxWords: number;
  /** Proper word suffixes of the nominal keys ("talks" of "peace talks"): a reading not among them cannot grow leftwards. */
  nominalSuffixes: ReadonlySet<string>;
  verbFallbacks: ReadonlyMap<string, NominalTrigger>;
  /** CAMEO code → PLOVER, memoised. */
  plover(code: string): PloverCode | null;
  /**
   * Dictionary-exact coding (the PETRARCH validation suite): keep triggers whose CAMEO code has no
   * PLOVER mapping (as candidates with no type, never emitted as events; the validation verbs use
   * WEIS codes), let reporting verbs ("said", "believes") code when the dictionary lists them, and
   * match plain pattern words as written (PETRARCH gives plurals to synset members only).
   */
  keepUnmapped: boolean;
}

/**
 * `exact`: PETRARCH matches a plain pattern word as written ("EFFORT" is not "efforts") and gives
 * only synset members their plurals; otherwise every word also matches by lemma.
 */
function compileSlot(slot: Slot, synsets: Record<string, string[][]>, tight: boolean, exact: boolean): CompiledSlot {
  const only = slot.length === 1 && slot[0]?.length === 1 ? (slot[0][0] as string) : "";
  if (ROLE_MARKERS.has(only)) return { words: new Set(), literal: new Set(), phrases: [], marker: only, tight };
  const words = new Set<string>();
  const literal = new Set<string>();
  const phrases: string[][] = [];
  const add = (alt: string[], depth: number) => {
    if (alt.length === 1 && alt[0]?.startsWith("&") && depth < 3) {
      for (const a of synsets[alt[0].slice(1)] ?? []) add(a, depth + 1);
    } else if (alt.length === 1 && alt[0]) (exact && depth === 0 ? literal : words).add(alt[0]);
    else if (alt.length > 1) phrases.push(alt);
  };
  for (const alt of slot) add(alt, 0);
  return { words, literal, phrases, marker: null, tight };
}

/**
 * A lexicon from a compiled verb table. `withOwnPatterns: false` leaves out our nominal and modern
 * verb patterns, for coding exactly by a given dictionary (the PETRARCH validation suite);
 * `keepUnmapped` keeps codes outside PLOVER as untyped candidates (ibid.).
 */
export function buildLexicon(table: VerbTable, ploverTable: PloverTable, withOwnPatterns = true, keepUnmapped = false): TriggerLexicon {
  const blocks = table.blocks.map((patterns) =>
    patterns.map(
      (p: VerbPattern, order: number): CompiledPattern => ({
        pre: p.pre.map((s, k) => compileSlot(s, table.synsets, p.preTight?.includes(k) ?? false, keepUnmapped)),
        post: p.post.map((s, k) => compileSlot(s, table.synsets, p.postTight?.includes(k) ?? false, keepUnmapped)),
        verbTight: p.preTight?.includes(p.pre.length) ?? false,
        code: p.code,
        order,
      }),
    ),
  );
  const indexed = blocks.map(indexPatterns);
  const empty = indexPatterns([]);
  const verbs = new Map<string, VerbPatterns>();
  for (const [base, entry] of Object.entries(table.verbs)) {
    verbs.set(base, { code: entry.code, patterns: indexed[entry.block] ?? empty });
  }
  const memo = new Map<string, PloverCode | null>();
  const nominal: ReadonlyMap<string, NominalTrigger> = withOwnPatterns ? NOMINAL_TRIGGERS : new Map();
  return {
    verbs,
    forms: new Map(Object.entries(table.forms)),
    nominal,
    nominalMaxWords: withOwnPatterns ? NOMINAL_MAX_WORDS : 0,
    nominalSuffixes: properSuffixes(nominal.keys()),
    verbFallbacks: withOwnPatterns ? VERB_FALLBACKS : new Map(),
    keepUnmapped,
    plover(code) {
      let hit = memo.get(code);
      if (hit === undefined) {
        hit = cameoToPlover(ploverTable, code);
        memo.set(code, hit);
      }
      return hit;
    },
  };
}

/** Every proper word suffix of the keys ("b c" and "c" of "a b c"). */
function properSuffixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const words = key.split(" ");
    for (let k = 1; k < words.length; k++) out.add(words.slice(k).join(" "));
  }
  return out;
}

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/events");

function readJson<T>(name: string): T {
  try {
    return JSON.parse(readFileSync(join(dataDir, name), "utf8")) as T;
  } catch (e) {
    throw new EntenteError("E_DATA", `events pattern table ${name} is missing or malformed (run scripts/build-event-patterns.ts)`, {
      cause: e,
    });
  }
}

let defaultLexicon: TriggerLexicon | null = null;

/** The committed CAMEO 2.0 + PLOVER lexicon, loaded once. */
export function getTriggerLexicon(): TriggerLexicon {
  if (!defaultLexicon) defaultLexicon = buildLexicon(readJson<VerbTable>("cameo-verbs.json"), readJson<PloverTable>("cameo2plover.json"));
  return defaultLexicon;
}

export function loadPloverTable(): PloverTable {
  return readJson<PloverTable>("cameo2plover.json");
}
