/**
 * Run-time decoding: greedy left to right with a BIO constraint (I-X only after B-X or I-X).
 * A token's score is the sum of its features' weight rows; the word-type features' rows are
 * summed once per word type and kept on its WordInfo, the label-only history features form a
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
  MAX_TOKEN_FEATURES,
  prepareSentence,
  type SentenceCtx,
  type TagToken,
  type WordInfo,
} from "./features.js";
import { ALLOWED as ALLOWED_TABLE, NL as LABEL_COUNT, type SparseWeights } from "./model.js";

// Module-local copies: under tsx, every read of an imported binding is a getter call, which
// showed up as a fifth of the tagging time in profiles.
const NL = LABEL_COUNT;
const ALLOWED = ALLOWED_TABLE;

/** Offsets of the five word-type roles in a word's cached score block. */
const SELF = 0;
const PREV = NL;
const NEXT = 2 * NL;
const PREV2 = 3 * NL;
const NEXT2 = 4 * NL;

/** A word's feature hashes in one role (its offset in the score block). */
function roleFeatures(info: WordInfo, role: number): readonly number[] {
  switch (role) {
    case SELF:
      return info.self;
    case PREV:
      return info.asPrev;
    case NEXT:
      return info.asNext;
    case PREV2:
      return info.asPrev2;
    default:
      return info.asNext2;
  }
}

export class Tagger {
  private readonly trans: Float32Array;
  private readonly feats = new Uint32Array(MAX_TOKEN_FEATURES);
  private readonly scores = new Float64Array(NL);
  /** Row offsets of the current token's context features (see addFeatureRows). */
  private readonly rows = new Int32Array(MAX_TOKEN_FEATURES);
  /** The last prepared sentence, whose arrays the next one reuses. */
  private scratch: SentenceCtx | null = null;

  /** Words that may continue a name: the learnt list plus the closed-class name particles. */
  private readonly inside: Set<string>;

  constructor(readonly weights: SparseWeights) {
    // Particles are name-internal by definition, also those too rare in the training data ("van der").
    this.inside = new Set([...weights.lists.inside, ...NAME_PARTICLES]);
    this.trans = new Float32Array(NL * NL * NL);
    const f: number[] = [];
    for (let p2 = 0; p2 < NL; p2++) {
      for (let p = 0; p < NL; p++) {
        f.length = 0;
        historyOnly(p, p2, f);
        this.addRows(f, f.length, this.trans, (p2 * NL + p) * NL);
      }
    }
  }

  /** Add the weight rows of `feats` into `into` at `at` (cached rows: word-type blocks, transitions). */
  private addRows(feats: readonly number[], count: number, into: Float32Array, at: number): void {
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
   * A word type's summed rows in one role, cached on the word info. Each role is summed the
   * first time it is asked for: most words are only ever a neighbour, so their own features (a
   * dozen lookups, with affixes) are never needed. A role not summed yet starts with NaN.
   */
  private block(info: WordInfo, role: number): Float32Array {
    let b = info.block;
    if (info.blockOf !== this.weights || b === null) {
      b = new Float32Array(5 * NL).fill(Number.NaN);
      info.block = b;
      info.blockOf = this.weights;
    }
    if (Number.isNaN(b[role] as number)) {
      b.fill(0, role, role + NL);
      const feats = roleFeatures(info, role);
      this.addRows(feats, feats.length, b, role);
    }
    return b;
  }

  /** Label scores of token i given the two previous labels (into this.scores). */
  scoresAt(s: SentenceCtx, i: number, prev: number, prev2: number): Float64Array {
    const scores = this.scores;
    const k = i + 2;
    fillWindow(s, i);
    const self = this.block(s.words[k] as WordInfo, SELF);
    const m1 = this.block(s.words[k - 1] as WordInfo, PREV);
    const p1 = this.block(s.words[k + 1] as WordInfo, NEXT);
    const m2 = this.block(s.words[k - 2] as WordInfo, PREV2);
    const p2 = this.block(s.words[k + 2] as WordInfo, NEXT2);
    const t = (prev2 * NL + prev) * NL;
    for (let l = 0; l < NL; l++) {
      scores[l] =
        (self[SELF + l] as number) +
        (m1[PREV + l] as number) +
        (p1[NEXT + l] as number) +
        (m2[PREV2 + l] as number) +
        (p2[NEXT2 + l] as number) +
        (this.trans[t + l] as number);
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
