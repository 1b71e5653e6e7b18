/**
 * Compiles a CAMEO/PETRARCH verb-pattern dictionary (the TABARI text format) into a lemma-keyed
 * table. Used by scripts/build-event-patterns.ts for CAMEO.2.0.txt and, at run time, by the
 * petrarch suite for its own validation dictionary.
 *
 * Format (as read by PETRARCH's read_verb_dictionary): `&NAME` + `+WORD` lines define synsets;
 * `--- NAME [CODE] ---` opens a block; verb lines `WORD {FORMS} [CODE]` (multi-word `+A_B`)
 * list the block's verbs; pattern lines `- PRE * POST [CODE]` refine the code by words around
 * the verb. `{A B}` groups a noun phrase, `(P N)` a prepositional phrase, `$`/`+`/`%`/`^` mark
 * source, target, compound and skip positions: we keep only the words, in order.
 */

/** One position of a pattern: any of these word sequences (lower-case), or `&NAME` for a synset. */
export type Slot = string[][];

export interface VerbPattern {
  pre: Slot[];
  post: Slot[];
  /** CAMEO code ("042", "042:043" for source:target reciprocal codes), or "---" for no event. */
  code: string;
}

export interface VerbEntry {
  /** Code of the verb when no pattern matches, null when the verb alone is no event. */
  code: string | null;
  /** Index into VerbTable.blocks: the block whose patterns apply. */
  block: number;
}

export interface VerbTable {
  /** Base form (lower-case) → entry. */
  verbs: Record<string, VerbEntry>;
  /** Inflected form listed in the dictionary → base form. */
  forms: Record<string, string>;
  blocks: VerbPattern[][];
  /** Synset name → its word sequences; pattern slots refer to them as [["&NAME"]]. */
  synsets: Record<string, string[][]>;
}

const CODE = /\[([^\]]*)\]/;
const MARKERS = new Set(["$", "+", "%", "^", "*"]);

function cleanCode(raw: string | undefined): string | null {
  const c = (raw ?? "").trim();
  if (!c || c === "---" || c === "+++") return null;
  return c;
}

function stripComment(line: string): string {
  const i = line.indexOf("#");
  return i >= 0 ? line.slice(0, i) : line;
}

function normWord(w: string): string {
  return w.replace(/_+$/, "").toLowerCase();
}

/** Words of one side of a pattern, each word one slot; null when a word cannot be matched (unknown synset, odd token). */
function slotsOf(text: string, synsets: Map<string, string[][]>): Slot[] | null {
  const cleaned = text.replace(/[(){}]/g, " ").replace(/_/g, " ");
  const slots: Slot[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    if (!raw || MARKERS.has(raw)) continue;
    const w = raw.replace(/^[$+%^]+|[$+%^]+$/g, "");
    if (!w) continue;
    if (w.startsWith("&")) {
      const name = w.slice(1).replace(/_+$/, "").toUpperCase();
      if (!synsets.get(name)?.length) return null;
      slots.push([[`&${name}`]]);
      continue;
    }
    if (!/^[A-Za-z][A-Za-z'.-]*$/.test(w)) return null;
    slots.push([[normWord(w)]]);
  }
  return slots;
}

function synsetAlternative(text: string, synsets: Map<string, string[][]>): string[][] {
  const words = text
    .replace(/[{}()]/g, " ")
    .replace(/_/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 1 && words[0]?.startsWith("&")) return synsets.get(words[0].slice(1).toUpperCase()) ?? [];
  return [words.map(normWord)];
}

export function compileVerbDictionary(text: string): VerbTable {
  const synsets = new Map<string, string[][]>();
  const table: VerbTable = { verbs: {}, forms: {}, blocks: [], synsets: {} };
  let synset: string | null = null;
  let block = -1;
  let blockCode: string | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim().startsWith("<!--")) continue;
    const line = stripComment(rawLine).trim();
    if (!line) {
      synset = null;
      continue;
    }
    if (line.startsWith("&")) {
      synset = line.slice(1).split(/\s+/)[0]?.replace(/_+$/, "").toUpperCase() ?? null;
      if (synset) synsets.set(synset, []);
      continue;
    }
    if (synset && line.startsWith("+")) {
      synsets.get(synset)?.push(...synsetAlternative(line.slice(1), synsets));
      continue;
    }
    synset = null;
    if (line.startsWith("---")) {
      table.blocks.push([]);
      block = table.blocks.length - 1;
      blockCode = cleanCode(CODE.exec(line)?.[1]);
      continue;
    }
    if (block < 0) continue;
    if (line.startsWith("-")) {
      const m = CODE.exec(line);
      if (!m) continue;
      const body = line.slice(1, m.index);
      const star = body.indexOf("*");
      if (star < 0) continue;
      const pre = slotsOf(body.slice(0, star), synsets);
      const post = slotsOf(body.slice(star + 1), synsets);
      if (!pre || !post) continue;
      table.blocks[block]?.push({ pre, post, code: (m[1] ?? "").trim() || "---" });
      continue;
    }
    addVerbLine(table, line, block, blockCode);
  }
  for (const [name, alts] of synsets) if (alts.length > 0) table.synsets[name] = alts;
  return table;
}

/** `WORD {FORMS} [CODE]` or `+MULTI_WORD {FORMS} [CODE]`. */
function addVerbLine(table: VerbTable, line: string, block: number, blockCode: string | null): void {
  const codeMatch = CODE.exec(line);
  const code = codeMatch ? cleanCode(codeMatch[1]) : blockCode;
  const head = line
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\{[^}]*\}/g, " ")
    .trim();
  const forms = /\{([^}]*)\}/.exec(line)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  const words = head
    .replace(/^\+/, "")
    .split(/[_\s]+/)
    .filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^[A-Za-z'-]+$/.test(w))) return;
  const base = (words[0] as string).toLowerCase();
  if (words.length === 1) {
    if (!table.verbs[base] || table.verbs[base].code === null) table.verbs[base] = { code, block };
    for (const f of forms) if (/^[A-Za-z'-]+$/.test(f)) table.forms[f.toLowerCase()] = base;
    return;
  }
  // Multi-word verb ("ASK_FOR"): its head verb gets a pattern requiring the other words.
  if (!table.verbs[base]) table.verbs[base] = { code: null, block };
  const entryBlock = table.verbs[base].block;
  if (code) {
    table.blocks[entryBlock]?.push({
      pre: [],
      post: words.slice(1).map((w) => [[w.toLowerCase()]]),
      code,
    });
  }
}
