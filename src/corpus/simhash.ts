/** 64-bit SimHash over word shingles (Charikar 2002), as two 32-bit halves so no BigInt is needed. */

/** Words per shingle: 3-word shingles keep word order without being brittle to single edits. */
export const SHINGLE_WORDS = 3;
/** Below this many shingles a SimHash says little; such texts are deduplicated only exactly. */
export const MIN_SHINGLES = 20;
/** Near-duplicate when at most this many of the 64 bits differ (Manku et al. 2007 use 3 for web pages). */
export const MAX_HAMMING = 3;

/** FNV-1a 32-bit with a seed, over a string's UTF-16 units. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so nearby strings spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The SHINGLE_WORDS words from position i, joined by single spaces. */
export function shingle(w: readonly string[], i: number): string {
  let s = w[i] as string;
  for (let k = 1; k < SHINGLE_WORDS; k++) s += ` ${w[i + k]}`;
  return s;
}

export interface Fingerprint {
  /** 16 hex digits. */
  hex: string;
  /** The four 16-bit bands (MAX_HAMMING = 3 differing bits leave at least one band equal: the lookup keys). */
  bands: [number, number, number, number];
  shingles: number;
}

/** `w`: the text's words when the caller already has them (fingerprinting splits once for both hashes). */
export function simhash(text: string, w: readonly string[] = words(text)): Fingerprint {
  const acc = new Int32Array(64);
  let n = 0;
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const sh = shingle(w, i);
    const hi = fnv1a(sh, 0x9e3779b9);
    const lo = fnv1a(sh, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      acc[b] = (acc[b] as number) + ((hi >>> b) & 1 ? 1 : -1);
      acc[32 + b] = (acc[32 + b] as number) + ((lo >>> b) & 1 ? 1 : -1);
    }
    n++;
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((acc[b] as number) > 0) hi |= 1 << b;
    if ((acc[32 + b] as number) > 0) lo |= 1 << b;
  }
  hi >>>= 0;
  lo >>>= 0;
  const hex = hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
  return { hex, bands: [hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff], shingles: n };
}

function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hamming(a: string, b: string): number {
  const ah = Number.parseInt(a.slice(0, 8), 16);
  const al = Number.parseInt(a.slice(8), 16);
  const bh = Number.parseInt(b.slice(0, 8), 16);
  const bl = Number.parseInt(b.slice(8), 16);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}
