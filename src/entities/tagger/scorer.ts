/**
 * Run-time decoding: greedy left to right with a BIO constraint (I-X only after B-X or I-X).
 * A token's score is the sum of its features' weight rows; the word-type features' rows are
 * summed once per word type and kept in a flat table (BlockTable), the label-only history features form a
 * transition table, so per token only the context features and two history features are
 * looked up in the sparse table.
 */
import { NAME_PARTICLES } from "../heuristics.js";
import {
  contextFeatures,
  fillWindow,
  hasUpper,
  historyFeatures,
  historyOnly,
  MAX_ROLE_FEATURES,
  MAX_TOKEN_FEATURES,
  prepareSentence,
  ROLE_NEXT,
  ROLE_NEXT2,
  ROLE_PREV,
  ROLE_PREV2,
  ROLE_SELF,
  roleFeatures,
  type SentenceCtx,
  type TagToken,
  type WordInfo,
} from "./features.js";
import { ALLOWED as ALLOWED_TABLE, NL as LABEL_COUNT, type SparseWeights } from "./model.js";

// Module-local copies: under tsx, every read of an imported binding is a getter call, which
// showed up as a fifth of the tagging time in profiles.
const NL = LABEL_COUNT;
const ALLOWED = ALLOWED_TABLE;

/** Offsets of the five word-type roles in a word's score block (role r at r × NL). */
const SELF = ROLE_SELF * NL;
const PREV = ROLE_PREV * NL;
const NEXT = ROLE_NEXT * NL;
const PREV2 = ROLE_PREV2 * NL;
const NEXT2 = ROLE_NEXT2 * NL;
/** Words whose rows a token's score reads: itself and two neighbours on each side. */
const WINDOW = 5;
/** Floats per word: the summed rows of its five roles. */
const BLOCK = 5 * NL;
/** Word slots in the first block table; it doubles when full. */
const INITIAL_SLOTS = 4096;
/** Most word slots before the table starts afresh (as the word cache's bound: a long batch cannot grow it without limit). */
const MAX_SLOTS = 100_000;

/**
 * Every word type's summed score rows in one flat table (slot × BLOCK): one typed array instead
 * of an array buffer per word, so a new word allocates nothing here and a scored token reads its
 * window's rows from one array. A role not summed yet starts with NaN.
 */
class BlockTable {
  blocks: Float32Array;
  count = 0;
  /** Identity of the table's current contents: a word whose slotOf differs has no slot here. */
  generation: object = {};

  constructor(private readonly maxSlots: number) {
    this.blocks = new Float32Array(Math.min(INITIAL_SLOTS, maxSlots) * BLOCK).fill(Number.NaN);
  }

  /**
   * Start afresh when fewer than `words` slots are left, so that offsets handed out after this
   * call stay valid until the next one (a token reads its whole window's blocks in between).
   */
  makeRoom(words: number): void {
    if (this.count + words <= this.maxSlots) return;
    this.count = 0;
    this.generation = {};
    this.blocks.fill(Number.NaN);
  }

  /** The offset of the word's block, giving it a slot on first use (call makeRoom first). */
  offsetOf(info: WordInfo): number {
    if (info.slotOf === this.generation) return info.slot * BLOCK;
    if ((this.count + 1) * BLOCK > this.blocks.length) {
      // Growing copies the blocks, so offsets handed out before stay valid.
      const grown = new Float32Array(Math.min(2 * this.blocks.length, this.maxSlots * BLOCK)).fill(Number.NaN);
      grown.set(this.blocks);
      this.blocks = grown;
    }
    info.slot = this.count++;
    info.slotOf = this.generation;
    return info.slot * BLOCK;
  }
}

export class Tagger {
  private readonly trans: Float32Array;
  private readonly feats = new Uint32Array(MAX_TOKEN_FEATURES);
  private readonly scores = new Float64Array(NL);
  /** Row offsets of the current token's context features (see addFeatureRows). */
  private readonly rows = new Int32Array(MAX_TOKEN_FEATURES);
  /** Summed word-type rows per word (see BlockTable). */
  private readonly table: BlockTable;
  /** Scratch list of one word role's feature hashes. */
  private readonly roleFeats = new Int32Array(MAX_ROLE_FEATURES);
  /** The last prepared sentence, whose arrays the next one reuses. */
  private scratch: SentenceCtx | null = null;

  /** Words that may continue a name: the learnt list plus the closed-class name particles. */
  private readonly inside: Set<string>;

  /** `maxSlots`: word types whose summed rows are kept before the table starts afresh. */
  constructor(
    readonly weights: SparseWeights,
    maxSlots = MAX_SLOTS,
  ) {
    // A token's window has five words, which must all have a slot at once.
    this.table = new BlockTable(Math.max(maxSlots, WINDOW));
    // Particles are name-internal by definition, also those too rare in the training data ("van der").
    this.inside = new Set([...weights.lists.inside, ...NAME_PARTICLES]);
    this.trans = new Float32Array(NL * NL * NL);
    const f: number[] = [];
    for (let p2 = 0; p2 < NL; p2++) {
      for (let p = 0; p < NL; p++) {
        f.length = 0;
        historyOnly(p, p2, f);
        this.addRows(Int32Array.from(f), f.length, this.trans, (p2 * NL + p) * NL);
      }
    }
  }

  /** Add the weight rows of `feats` into `into` at `at` (cached rows: word-type blocks, transitions). */
  private addRows(feats: Int32Array, count: number, into: Float32Array, at: number): void {
    const { w } = this.weights;
    for (let f = 0; f < count; f++) {
      const base = this.weights.rowOf(feats[f] as number);
      if (base < 0) continue;
      for (let l = 0; l < NL; l++) into[at + l] = (into[at + l] as number) + (w[base + l] as number);
    }
  }

  /**
   * Add the weight rows of a token's context features into `scores`. Kept apart from addRows so
   * that each loop sees one array type (V8 compiles the per-token one for Uint32Array and
   * Float64Array only, instead of a polymorphic element access).
   */
  private addFeatureRows(feats: Uint32Array, count: number, scores: Float64Array): void {
    const { w } = this.weights;
    // Two passes: all rank lookups first, then the row reads. The lookups do not depend on each
    // other, so the CPU overlaps their cache misses instead of waiting on each row in turn.
    const rows = this.rows;
    for (let f = 0; f < count; f++) rows[f] = this.weights.rowOf(feats[f] as number);
    for (let f = 0; f < count; f++) {
      const base = rows[f] as number;
      if (base < 0) continue;
      for (let l = 0; l < NL; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
    }
  }

  /**
   * Offset in this.table.blocks of a word type's summed rows in one role. Each role is summed the
   * first time it is asked for: most words are only ever a neighbour, so their own features (a
   * dozen lookups, with affixes) are never needed.
   */
  private block(info: WordInfo, role: number): number {
    const table = this.table;
    const at = table.offsetOf(info) + role;
    const b = table.blocks;
    if (Number.isNaN(b[at] as number)) {
      b.fill(0, at, at + NL);
      const feats = this.roleFeats;
      this.addRows(feats, roleFeatures(info, role / NL, feats, 0), b, at);
    }
    return at;
  }

  /** Label scores of token i given the two previous labels (into this.scores). */
  scoresAt(s: SentenceCtx, i: number, prev: number, prev2: number): Float64Array {
    const scores = this.scores;
    const k = i + 2;
    fillWindow(s, i);
    const { words } = s;
    this.table.makeRoom(WINDOW);
    const self = this.block(words[k] as WordInfo, SELF);
    const m1 = this.block(words[k - 1] as WordInfo, PREV);
    const p1 = this.block(words[k + 1] as WordInfo, NEXT);
    const m2 = this.block(words[k - 2] as WordInfo, PREV2);
    const p2 = this.block(words[k + 2] as WordInfo, NEXT2);
    // Read after the five calls: a new slot may have grown the table.
    const b = this.table.blocks;
    const trans = this.trans;
    const t = (prev2 * NL + prev) * NL;
    for (let l = 0; l < NL; l++) {
      scores[l] =
        (b[self + l] as number) +
        (b[m1 + l] as number) +
        (b[p1 + l] as number) +
        (b[m2 + l] as number) +
        (b[p2 + l] as number) +
        (trans[t + l] as number);
    }
    const f = this.feats;
    const n = historyFeatures(prev, s, i, f, contextFeatures(s, i, f));
    this.addFeatureRows(f, n, scores);
    return scores;
  }

  /** Tag one prepared sentence; returns label indices. */
  tagPrepared(s: SentenceCtx): number[] {
    const out = new Array<number>(s.n);
    const { alwaysOutside } = this.weights.lists;
    const inside = this.inside;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < s.n; i++) {
      // Outside a name, a token without an upper-case letter is O: skipping its scoring saves
      // most of the work at the cost of all-lower-case names ("tampa bay"). The learnt lists
      // skip capitalised non-names and lower-case words never seen inside a name.
      const t = s.sent[i] as TagToken;
      const upper = hasUpper(s, i);
      if (prev === 0 ? !upper || alwaysOutside.has(t.text) : !upper && !inside.has(t.normal)) {
        out[i] = 0;
        prev2 = prev;
        prev = 0;
        continue;
      }
      const scores = this.scoresAt(s, i, prev, prev2);
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      const row = prev * NL;
      for (let l = 0; l < NL; l++) {
        if (ALLOWED[row + l] === 0) continue;
        if ((scores[l] as number) > bestScore) {
          bestScore = scores[l] as number;
          best = l;
        }
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }

  /** Tag one sentence; `kb` and `kbOffset` as in prepareSentence. */
  tag(sent: readonly TagToken[], kb: Uint32Array | null, kbOffset = 0): number[] {
    this.scratch = prepareSentence(sent, kb, kbOffset, this.scratch ?? undefined);
    return this.tagPrepared(this.scratch);
  }
}
