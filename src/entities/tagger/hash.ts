/** Integer hashing for the tagger's features: FNV-1a for strings, a murmur3-style mix for combinations. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units. */
export function fnv(s: string): number {
  return fnvRange(s, 0, s.length);
}

/** fnv(s.slice(from, to)) without building the slice (affix features of every new word). */
export function fnvRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Incremental FNV-1a, for hashing a string while it is generated unit by unit (word shapes):
 * fnvEnd(fnvAdd(fnvAdd(FNV_START, a), b)) === fnv(String.fromCharCode(a, b)).
 */
export const FNV_START = FNV_OFFSET;
export function fnvAdd(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}
export function fnvEnd(h: number): number {
  return h >>> 0;
}

/**
 * Mix a template id with up to three value hashes (murmur3-style finaliser). The 32 bits come back
 * as a signed int32: an unsigned result above 2^31 is a heap-allocated number wherever it leaves
 * optimised code, and every user only reads the bits (masks, typed arrays, further mixing).
 */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
