/**
 * Which hash buckets of the sparse tagger model have weights, and the row each one's weights
 * sit at: a bitset over every bucket with a running count per 32-bucket word (a rank index).
 * A lookup reads one interleaved (bits, count) pair and does a popcount, with no probing and
 * no keys: the index is 8 bytes per 32 buckets (256 KB for 2^20 buckets), so it stays in the
 * CPU cache, a feature without weights (a quarter of lookups) never touches the weight table,
 * and one with weights costs one read of its row. An open-addressing table of (bucket, row)
 * pairs cost two cache misses per lookup, the tagger's largest cost in profiles.
 */
import { EntenteError } from "../../contract/errors.js";

/** Number of set bits in a 32-bit integer. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export class BucketRank {
  /** Pairs [bits of buckets 32w … 32w+31, buckets with weights before 32w]. */
  private readonly words: Uint32Array;

  /** `buckets`: the buckets with weights, strictly ascending, each below 2^bits. */
  constructor(bits: number, buckets: ArrayLike<number>) {
    const count = Math.max(1, Math.ceil(2 ** bits / 32));
    const words = new Uint32Array(2 * count);
    let last = -1;
    for (let r = 0; r < buckets.length; r++) {
      const b = buckets[r] as number;
      if (b <= last || b >= 32 * count) {
        throw new EntenteError("E_DATA", "NER model buckets are not strictly ascending within the hash size (retrain the model)");
      }
      last = b;
      words[2 * (b >>> 5)] = ((words[2 * (b >>> 5)] as number) | (1 << (b & 31))) >>> 0;
    }
    let before = 0;
    for (let w = 0; w < count; w++) {
      words[2 * w + 1] = before;
      before += popcount(words[2 * w] as number);
    }
    this.words = words;
  }

  /** Rank of `bucket` among the buckets with weights (its row number), or -1 when it has none. */
  rankOf(bucket: number): number {
    const at = 2 * (bucket >>> 5);
    const bits = this.words[at] as number;
    const bit = 1 << (bucket & 31);
    if ((bits & bit) === 0) return -1;
    // bit - 1 masks the buckets below this one in its word (for bit 31, ToInt32 wraps to 0x7fffffff).
    return (this.words[at + 1] as number) + popcount(bits & (bit - 1));
  }
}
