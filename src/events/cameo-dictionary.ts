/**
 * Compiles a CAMEO/PETRARCH verb-pattern dictionary (the TABARI text format) into a lemma-keyed
 * table. Used by scripts/build-event-patterns.ts for CAMEO.2.0.txt and, at run time, by the
 * petrarch suite for its own validation dictionary.
 *
 * Format (as read by PETRARCH's read_verb_dictionary): `&NAME` + `+WORD` lines define synsets;
 * `--- NAME [CODE] ---` opens a block; verb lines `WORD {FORMS} [CODE]` (multi-word `+A_B`)
 * list the block's verbs; pattern lines `- PRE * POST [CODE]` refine the code by words around
 * the verb. `{A B}` groups a noun phrase, `(P N)` a prepositional phrase (we keep their words in
 * order); `$`/`+`/`%`/`^` mark source, target, compound and skipped noun phrases (kept as marker
 * slots, matched against actor mentions); `_` joins words that must be adjacent.
 */

/** One position of a pattern: any of these word sequences (lower-case), or `&NAME` for a synset. */
export type Slot = string[][];

export interface VerbPattern {
  pre: Slot[];
  post: Slot[];
  /** A multi-word verb's own words ("BREAK_DOWN"): the block's other patterns win ties against it. */
  multiword?: true;
  /** Tight (`_`-joined) element indices of each side, when any (see PatternSide). */
  preTight?: number[];
  postTight?: number[];
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

/** Role markers of a pattern side: `$` source, `+` target, `%` compound (each other), `^` a skipped noun phrase. */
export const ROLE_MARKERS = new Set(["$", "+", "%", "^"]);

export interface PatternSide {
  slots: Slot[];
  /** Slot indices joined to the element before them by `_` (no words between); k = slots.length is the verb (pre side only). */
  tight: number[];
}

/**
 * One side of a pattern: each word or marker one slot, in order (a marker slot is [["$"]] etc.).
 * `_` joins neighbours tightly ("*_OUT" = right after the verb, "NEW_&TIETYPES_RELATIONS" = consecutive);
 * a leading `_` ties the first element to what precedes, a trailing one the next element to this one.
 * Null when a word cannot be matched (unknown synset, odd token).
 */
function sideOf(text: string, synsets: Map<string, string[][]>, isPre: boolean): PatternSide | null {
  const cleaned = text.replace(/[(){}]/g, " ");
  const slots: Slot[] = [];
  const tight: number[] = [];
  let tieNext = false;
  for (const chunk of cleaned.split(/\s+/)) {
    if (!chunk || chunk === "*") continue;
    const parts = chunk.split("_");
    for (let p = 0; p < parts.length; p++) {
      const raw = parts[p] as string;
      if (!raw) {
        // "_" at the start ties to the previous element, at the end the next element to this chunk.
        if (p === 0) tieNext = true;
        else if (p === parts.length - 1) tieNext = true;
        continue;
      }
      if (p > 0) tieNext = true;
      const slot = slotOf(raw, synsets);
      if (slot === undefined) continue;
      if (slot === null) return null;
      if (tieNext) tight.push(slots.length);
      tieNext = false;
      slots.push(slot);
    }
    // A chunk's trailing "_" on the pre side ties the verb ("IN_*").
  }
  if (isPre && tieNext) tight.push(slots.length);
  // Only a post side's leading tie to the verb or inner ties count; a dangling tie at the end of a post side is void.
  return { slots, tight };
}

/** A slot for one word/marker; undefined to skip it (a bare `*`), null when it cannot be matched. */
function slotOf(raw: string, synsets: Map<string, string[][]>): Slot | null | undefined {
  if (raw === "*") return undefined;
  if (ROLE_MARKERS.has(raw)) return [[raw]];
  const w = raw.replace(/^[$+%^]+|[$+%^]+$/g, "");
  if (!w) return undefined;
  if (w.startsWith("&")) {
    const name = w.slice(1).toUpperCase();
    return synsets.get(name)?.length ? [[`&${name}`]] : null;
  }
  if (!/^[A-Za-z][A-Za-z'.-]*$/.test(w)) return null;
  return [[normWord(w)]];
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
      const code = (m[1] ?? "").trim() || "---";
      // "+++" marks a pattern PETRARCH leaves inactive: the verb's other patterns decide.
      if (code === "+++") continue;
      const pre = sideOf(body.slice(0, star), synsets, true);
      const post = sideOf(body.slice(star + 1), synsets, false);
      if (!pre || !post) continue;
      const pattern: VerbPattern = { pre: pre.slots, post: post.slots, code };
      if (pre.tight.length) pattern.preTight = pre.tight;
      if (post.tight.length) pattern.postTight = post.tight;
      table.blocks[block]?.push(pattern);
      continue;
    }
    addVerbLine(table, line, block, blockCode);
  }
  for (const [name, alts] of synsets) if (alts.length > 0) table.synsets[name] = alts;
  // Multi-word verbs name the verb; the block's patterns refine it ("broke down a treaty"), so they go last.
  table.blocks = table.blocks.map((b) => [...b.filter((p) => !p.multiword), ...b.filter((p) => p.multiword)]);
  return table;
}

/**
 * `WORD {FORMS} [CODE]` or a multi-word verb `+CORDON_OFF {+CORDONED_OFF}`, `WIRE_+TAP {WIRE_+TAPPED}`:
 * the `+` marks the inflected head verb (the first word when unmarked); the other words become a
 * tight pattern around it.
 */
function addVerbLine(table: VerbTable, line: string, block: number, blockCode: string | null): void {
  const codeMatch = CODE.exec(line);
  const code = codeMatch ? cleanCode(codeMatch[1]) : blockCode;
  const head = line
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\{[^}]*\}/g, " ")
    .trim();
  const forms = /\{([^}]*)\}/.exec(line)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  const { words, at } = headed(head);
  if (words.length === 0 || !words.every((w) => /^[A-Za-z'-]+$/.test(w))) return;
  const base = (words[at] as string).toLowerCase();
  for (const f of forms) {
    const form = headed(f);
    const w = form.words[form.at];
    if (w && /^[A-Za-z'-]+$/.test(w)) table.forms[w.toLowerCase()] = base;
  }
  if (words.length === 1) {
    if (!table.verbs[base] || table.verbs[base].code === null) table.verbs[base] = { code, block };
    return;
  }
  // Multi-word verb: its head verb gets a pattern requiring the other words right around it.
  if (!table.verbs[base]) table.verbs[base] = { code: null, block };
  const entryBlock = table.verbs[base].block;
  if (code) {
    const pre = words.slice(0, at).map((w) => [[w.toLowerCase()]]);
    const post = words.slice(at + 1).map((w) => [[w.toLowerCase()]]);
    const pattern: VerbPattern = { pre, post, code, multiword: true };
    if (pre.length) pattern.preTight = pre.map((_, k) => k + 1);
    if (post.length) pattern.postTight = post.map((_, k) => k);
    table.blocks[entryBlock]?.push(pattern);
  }
}

/** Words of a multi-word verb and the index of its `+`-marked head (0 when unmarked). */
function headed(text: string): { words: string[]; at: number } {
  const raw = text.split(/[_\s]+/).filter(Boolean);
  // A leading "+" only marks the entry as multi-word; a "+" on a later word marks the head.
  const marked = raw.findIndex((w, i) => i > 0 && w.startsWith("+"));
  return { words: raw.map((w) => w.replace(/^\+/, "")), at: Math.max(marked, 0) };
}
