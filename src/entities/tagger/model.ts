/**
 * The averaged-perceptron BIO tagger's label set and weight tables: a dense hashed table
 * (bucket × label) for training, and a sparse one for run time. Decoding is in scorer.ts,
 * storage in storage.ts; weights are trained by scripts/train-ner.ts.
 */
import { BucketRank } from "./bucket-rank.js";

/** MISC (other names: events, products, nationalities) is learnt so it is not confused with O, and never output. */
export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;
/** log2 of the number of hash buckets at training time (2^20 × 9 labels); pruning keeps the stored model small. */
export const HASH_BITS = 20;

export class TaggerWeights {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly w: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
  }
  static empty(bits = HASH_BITS): TaggerWeights {
    return new TaggerWeights(bits, new Float32Array((1 << bits) * NL));
  }
}

/**
 * Decoding shortcuts learnt from the training data, so that most tokens need no scoring:
 * - alwaysOutside: capitalised word types (exact text) that are almost never inside a name
 *   ("The", "He", "However"): outside a name they are O without scoring;
 * - inside: words without a capital letter seen inside names ("of", "bin", "van", "&"):
 *   inside a name, any other lower-case word ends it without scoring.
 */
export interface WordLists {
  alwaysOutside: Set<string>;
  inside: Set<string>;
}

/**
 * The run-time form: only buckets with a kept weight, rows in ascending bucket order, found
 * through a rank index (bucket-rank.ts), with int16 weights in quantisation units (argmax does
 * not need the scale), so the working set is small and a lookup touches one row.
 */
export class SparseWeights {
  readonly mask: number;
  private readonly rank: BucketRank;
  constructor(
    bits: number,
    /** Buckets with weights, strictly ascending; row r of `w` belongs to buckets[r]. */
    buckets: Int32Array,
    readonly w: Int16Array,
    readonly lists: WordLists = { alwaysOutside: new Set(), inside: new Set() },
    /** Real weight per int16 unit. */
    readonly scale = 1,
  ) {
    this.mask = (1 << bits) - 1;
    this.rank = new BucketRank(bits, buckets);
  }
  /** Offset of a feature's label row in `w`, or -1 when it has no weights. */
  rowOf(feature: number): number {
    const r = this.rank.rankOf(feature & this.mask);
    return r < 0 ? -1 : r * NL;
  }
}

/** Whether label `to` may follow label `from` in BIO. */
export function allowed(from: number, to: number): boolean {
  return ALLOWED[from * NL + to] === 1;
}

export const ALLOWED = new Uint8Array(NL * NL);
for (let f = 0; f < NL; f++) {
  for (let t = 0; t < NL; t++) {
    const ft = LABELS[f] as string;
    const tt = LABELS[t] as string;
    ALLOWED[f * NL + t] = !tt.startsWith("I-") || (ft !== "O" && ft.slice(2) === tt.slice(2)) ? 1 : 0;
  }
}

/** Spans [first, last+1) with type from a label sequence. */
export function labelSpans(labels: readonly number[]): Array<{ first: number; end: number; type: "PER" | "ORG" | "LOC" | "MISC" }> {
  const out: Array<{ first: number; end: number; type: "PER" | "ORG" | "LOC" | "MISC" }> = [];
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i] as number] as string;
    if (!l.startsWith("B-")) continue;
    let j = i + 1;
    while (j < labels.length && LABELS[labels[j] as number] === `I-${l.slice(2)}`) j++;
    out.push({ first: i, end: j, type: l.slice(2) as "PER" | "ORG" | "LOC" | "MISC" });
  }
  return out;
}
