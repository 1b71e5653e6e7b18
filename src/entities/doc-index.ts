/**
 * Per-document facts the mention finders all ask about each token, computed once: folded form
 * (the KB's key), capitalisation, sentence-initial position, and the longest KB match starting
 * there. Cached per token array, so every finder and coreference share one pass.
 */
import { foldCached, getKb, type KbMatch } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { isAllCaps, isCapitalised, isSentenceInitial } from "./tokens.js";

export interface KbHit {
  length: number;
  matches: KbMatch[];
}

export interface DocIndex {
  /** foldToken of token i's text (computed on first use), undefined past the end. */
  foldAt(i: number): string | undefined;
  /** 1 where the token starts with an upper-case letter. */
  cap: Uint8Array;
  /** 1 where every letter is upper-case (and there is one). */
  caps: Uint8Array;
  /** 1 where the token opens its sentence (see isSentenceInitial). */
  initial: Uint8Array;
  /** Longest KB match starting at a capitalised token (null elsewhere or when none). */
  kbAt(i: number): KbHit | null;
  /** KB readings of exactly the folded tokens [first, end) (a leading "the" may be dropped). */
  lookupRange(first: number, end: number): KbMatch[];
  /** KB readings of exactly [first, end) when first is capitalised, answered from kbAt where it can. */
  kbExact(first: number, end: number): KbMatch[];
}

const cache = new WeakMap<readonly Token[], DocIndex>();
const NONE: KbMatch[] = [];

export function docIndex(tokens: readonly Token[]): DocIndex {
  const hit = cache.get(tokens);
  if (hit) return hit;
  const n = tokens.length;
  const folded = new Array<string | undefined>(n);
  const foldAt = (i: number): string | undefined => {
    if (i < 0 || i >= n) return undefined;
    let f = folded[i];
    if (f === undefined) {
      f = foldCached((tokens[i] as Token).text);
      folded[i] = f;
    }
    return f;
  };
  // One buffer for the three flag arrays: each typed array of more than a few bytes has its own
  // array buffer, which the garbage collector tracks and frees one by one.
  const flags = new Uint8Array(3 * n);
  const cap = flags.subarray(0, n);
  const caps = flags.subarray(n, 2 * n);
  const initial = flags.subarray(2 * n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (isCapitalised(t)) cap[i] = 1;
    if (isAllCaps(t)) caps[i] = 1;
    if (isSentenceInitial(tokens, i)) initial[i] = 1;
  }
  const kb = getKb();
  const kbHits = new Array<KbHit | null | undefined>(n);
  const index: DocIndex = {
    foldAt,
    cap,
    caps,
    initial,
    kbAt(i) {
      if (cap[i] !== 1) return null;
      let h = kbHits[i];
      if (h === undefined) {
        h = kb.matchFolded(foldAt, i);
        kbHits[i] = h;
      }
      return h;
    },
    lookupRange(first, end) {
      let key = foldAt(first) as string;
      for (let k = first + 1; k < end; k++) key = `${key} ${foldAt(k)}`;
      return kb.lookupKey(key);
    },
    kbExact(first, end) {
      if (cap[first] !== 1) return index.lookupRange(first, end);
      // The trie walk from `first` visits every key length up to its longest match.
      const h = index.kbAt(first);
      if (h === null || h.length < end - first) return NONE;
      return h.length === end - first ? h.matches : index.lookupRange(first, end);
    },
  };
  cache.set(tokens, index);
  return index;
}
