/**
 * MinHash over word shingles (Broder 1997) with LSH banding: estimates the Jaccard similarity of two
 * articles' shingle sets, so a syndicated copy with a changed headline or a few edited words still
 * meets its original, where a 64-bit SimHash at distance 3 misses edits in short articles.
 */
import { SHINGLE_WORDS, shingle, words } from "./simhash.js";

export const NUM_HASHES = 64;
/** 16 bands × 4 rows: pairs at Jaccard 0.8 collide in some band with probability > 0.999, at 0.3 about 0.12. */
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Texts with fewer shingles get no MinHash (a couple of sentences share too many stock phrases). */
export const MINHASH_MIN_SHINGLES = 20;
/** Estimated shingle Jaccard at or above which two articles are one story (near duplicates). */
export const NEAR_DUP_JACCARD = 0.7;

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The i-th hash of a base hash: a seeded integer mix (murmur3 finaliser), cheap and well spread. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export interface MinHash {
  signature: Uint32Array;
  shingles: number;
}

/** `w`: the text's words when the caller already has them. */
export function minhash(text: string, w: readonly string[] = words(text)): MinHash {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  let n = 0;
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const base = hash32(shingle(w, i));
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = mix(base, k + 1);
      if (v < (sig[k] as number)) sig[k] = v;
    }
    n++;
  }
  return { signature: sig, shingles: n };
}

/** One 32-bit key per band (the band's rows hashed together). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (sig[b * ROWS + r] as number), r + 101);
    keys.push(h | 0);
  }
  return keys;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(b: Buffer): Uint32Array {
  const copy = Buffer.from(b);
  return new Uint32Array(copy.buffer, copy.byteOffset, copy.byteLength / 4);
}
