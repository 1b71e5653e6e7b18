/**
 * Token features for the BIO name tagger, hashed to integers so the model is a flat weight
 * table: no feature strings are ever built. Features come in three groups, so that the run-time
 * tagger can cache most of the work per word type (see scorer.ts):
 *  - word-type features: a function of one token's surface only (word, shape, affixes), in five
 *    roles: the token itself, and the token as left/right neighbour at distance 1 and 2;
 *  - context features: pairs of neighbours, POS, gazetteer codes, sentence position, headline;
 *  - history features: the labels given to the two previous tokens.
 * The training script (scripts/train-ner.ts) uses the union of the three groups per token, the
 * run-time scorer sums cached per-word-type score rows: the same hashes, so features cannot drift.
 */

import { closedClassHash } from "./gazetteer.js";
import { FNV_START, fnv, fnvAdd, fnvEnd, fnvRange, mix } from "./hash.js";

export { fnv, mix };

/** What the feature extractor needs of a token (a subset of nlp's Token). */
export interface TagToken {
  text: string;
  normal: string;
  pos: string;
}

/** Character class for shapes, as a UTF-16 unit: digit "d", upper "X", lower "x", or the character itself. */
function classCode(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code >= 48 && code <= 57) return 100; // d
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code < 128) return code;
  const c = word[i] as string;
  return c !== c.toLowerCase() ? 88 : c !== c.toUpperCase() ? 120 : code;
}

/** Most units of a collapsed shape. */
const SHAPE_MAX = 8;
/** Characters of a word that its long shape spells out. */
const LONG_SHAPE_CHARS = 4;
/** Length buckets of the long shape: 1 … 7 (longer words count as 7). */
const LONG_SHAPE_MAX_LENGTH = 7;

/** Word shape with runs collapsed: "Lavrov" → "Xx", "U.S." → "X.X.", "2024" → "d", "al-Qaim" → "x-Xx". */
export function shape(word: string): string {
  let out = "";
  let last = -1;
  for (let i = 0; i < word.length && out.length < SHAPE_MAX; i++) {
    const k = classCode(word, i);
    if (k !== last) out += String.fromCharCode(k);
    last = k;
  }
  return out;
}

/** fnv(shape(word)), hashed as the shape is walked (no string: this runs for every new word). */
export function shapeHash(word: string): number {
  let h = FNV_START;
  let units = 0;
  let last = -1;
  for (let i = 0; i < word.length && units < SHAPE_MAX; i++) {
    const k = classCode(word, i);
    if (k !== last) {
      h = fnvAdd(h, k);
      units++;
    }
    last = k;
  }
  return fnvEnd(h);
}

/** Shape of the first four characters, uncollapsed, plus a length bucket: "NATO" → "XXXX4", "Li" → "Xx2". */
export function longShape(word: string): string {
  let out = "";
  for (let i = 0; i < word.length && i < LONG_SHAPE_CHARS; i++) out += String.fromCharCode(classCode(word, i));
  return out + String(Math.min(word.length, LONG_SHAPE_MAX_LENGTH));
}

/** fnv(longShape(word)) without building the string. */
export function longShapeHash(word: string): number {
  let h = FNV_START;
  for (let i = 0; i < word.length && i < LONG_SHAPE_CHARS; i++) h = fnvAdd(h, classCode(word, i));
  return fnvEnd(fnvAdd(h, 48 + Math.min(word.length, LONG_SHAPE_MAX_LENGTH)));
}

/** Template ids (any distinct constants). */
const T = {
  bias: 1,
  w: 2,
  W: 3,
  sh: 4,
  lsh: 5,
  s1: 6,
  s2: 7,
  s3: 8,
  s4: 9,
  p1: 10,
  p2: 11,
  p3: 12,
  p4: 13,
  wm1: 20,
  shm1: 21,
  Wm1: 22,
  wp1: 23,
  shp1: 24,
  Wp1: 25,
  wm2: 26,
  wp2: 27,
  wm1w: 40,
  wwp1: 41,
  sh3: 42,
  wm1sh: 43,
  shwp1: 44,
  pos: 45,
  posm1: 46,
  posp1: 47,
  possh: 48,
  first: 49,
  firstw: 50,
  g: 51,
  gsh: 52,
  gm1: 53,
  gp1: 54,
  head: 55,
  headw: 56,
  wm2wm1: 57,
  gazCode: 60,
  tm1: 70,
  tm2tm1: 71,
  tm1w: 72,
  tm1sh: 73,
} as const;

/** One word type's hashes; its word-type features in each role come from roleFeatures. */
export interface WordInfo {
  text: string;
  normal: string;
  word: number;
  /** fnv of the cased text. */
  cased: number;
  shape: number;
  /** Contains an upper-case letter: only such tokens (or name continuations) are scored. */
  upper: boolean;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** Hash of the word's closed-class gazetteer code (title, org, place, particle words), 0 if none. */
  closed: number;
  /** Where the run-time tagger keeps this word's summed score rows (its slot, for the `slotOf` table); -1 before. */
  slot: number;
  slotOf: object | null;
}

/** The five roles of a word's word-type features: itself, and left/right neighbour at distance 1 and 2. */
export const ROLE_SELF = 0;
export const ROLE_PREV = 1;
export const ROLE_NEXT = 2;
export const ROLE_PREV2 = 3;
export const ROLE_NEXT2 = 4;

/** Most word-type features of one word in one role (itself: bias, word, cased, shape, long shape, 4 suffixes, 4 prefixes). */
export const MAX_ROLE_FEATURES = 13;

/**
 * Write a word's word-type feature hashes in one role to `out` from index `n`; returns the new
 * count. Computed when asked for (the run-time tagger sums each role's rows once per word type;
 * most words are only ever neighbours, so their own features, with affixes, are never hashed).
 */
export function roleFeatures(info: WordInfo, role: number, out: Int32Array | number[], n: number): number {
  const w = info.word;
  switch (role) {
    case ROLE_SELF: {
      out[n++] = mix(T.bias, 0);
      out[n++] = mix(T.w, w);
      out[n++] = mix(T.W, info.cased);
      out[n++] = mix(T.sh, info.shape);
      out[n++] = mix(T.lsh, longShapeHash(info.text));
      // Suffixes and prefixes of 1 to 4 characters (templates s1…s4 and p1…p4), hashed in place.
      const { normal } = info;
      const len = normal.length;
      for (let k = 1; k <= 4 && len > k; k++) {
        out[n++] = mix(T.s1 + k - 1, fnvRange(normal, len - k, len));
        out[n++] = mix(T.p1 + k - 1, fnvRange(normal, 0, k));
      }
      return n;
    }
    case ROLE_PREV:
      out[n++] = mix(T.wm1, w);
      out[n++] = mix(T.shm1, info.shape);
      out[n++] = mix(T.Wm1, info.cased);
      return n;
    case ROLE_NEXT:
      out[n++] = mix(T.wp1, w);
      out[n++] = mix(T.shp1, info.shape);
      out[n++] = mix(T.Wp1, info.cased);
      return n;
    case ROLE_PREV2:
      out[n++] = mix(T.wm2, w);
      return n;
    default:
      out[n++] = mix(T.wp2, w);
      return n;
  }
}

function makeWordInfo(text: string, normal: string): WordInfo {
  const c0 = text.charCodeAt(0);
  return {
    text,
    normal,
    word: fnv(normal),
    cased: fnv(text),
    shape: shapeHash(text),
    upper: hasUpperText(text),
    capital: c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(text),
    closed: closedClassHash(normal),
    slot: -1,
    slotOf: null,
  };
}

/** Sentence boundary pseudo-word (two on each side). */
export const BOUNDARY: WordInfo = makeWordInfo("<s>", "<s>");

/** Word infos by surface: words repeat, so most tokens cost one Map lookup. */
const WORD_CACHE = new Map<string, WordInfo>();
/** Bound on the cache, so a long batch run cannot grow it without limit. */
const WORD_CACHE_MAX = 100_000;

export function wordInfo(t: TagToken): WordInfo {
  const hit = WORD_CACHE.get(t.text);
  if (hit && hit.normal === t.normal) return hit;
  const info = makeWordInfo(t.text, t.normal);
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(t.text, info);
  return info;
}

const HASH_CACHE = new Map<string, number>();
/** fnv of a small closed set of strings (POS tags, gazetteer codes), cached. */
function cachedHash(s: string): number {
  let h = HASH_CACHE.get(s);
  if (h === undefined) {
    h = fnv(s);
    HASH_CACHE.set(s, h);
  }
  return h;
}

/**
 * A sentence ready for tagging. Arrays are padded: position k holds token k - 2. Positions are
 * filled lazily (fillWindow): the tagger scores only tokens with a capital letter and name
 * continuations, so most tokens' features are never needed.
 */
export interface SentenceCtx {
  n: number;
  sent: readonly TagToken[];
  /** Per-token KB match hashes of the document (see kbHashes), from kbOffset; null turns gazetteer features off. */
  kb: Uint32Array | null;
  kbOffset: number;
  done: Uint8Array;
  words: WordInfo[];
  pos: Uint32Array;
  gaz: Uint32Array;
  first: Uint8Array;
  /** 1 when the sentence is a Title-Case headline, where capitals say little. */
  headline: number;
}

const OPENERS = new Set(['"', "“", ":", "(", "'", "‘"]);
/** A sentence reads as a headline when at least this share of its words (≥ HEADLINE_MIN_WORDS) start upper-case. */
const HEADLINE_CAPITAL_SHARE = 0.7;
const HEADLINE_MIN_WORDS = 4;
/** Only words longer than this count for the headline test (skips "of", "the", "a"). */
const HEADLINE_WORD_MIN_LENGTH = 4;
const BOUNDARY_POS = fnv("<s>");

/** 1 upper-case letter first, 0 lower-case letter first, -1 anything else. */
function initialCase(text: string): number {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 0;
  if (c < 128) return -1;
  const ch = text[0] as string;
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 0 : -1;
}

/**
 * `kb` holds the KB match hash of each token of the document (token i of `sent` at kbOffset + i),
 * null turns gazetteer features off (training drop-out). `reuse` recycles an earlier context's
 * arrays (the run-time tagger prepares one sentence at a time), which must not be used again.
 */
export function prepareSentence(sent: readonly TagToken[], kb: Uint32Array | null, kbOffset = 0, reuse?: SentenceCtx): SentenceCtx {
  const n = sent.length;
  let letterWords = 0;
  let capitalWords = 0;
  for (let i = 0; i < n; i++) {
    const text = (sent[i] as TagToken).text;
    if (text.length < HEADLINE_WORD_MIN_LENGTH) continue;
    const c = initialCase(text);
    if (c >= 0) letterWords++;
    if (c === 1) capitalWords++;
  }
  const headline = letterWords >= HEADLINE_MIN_WORDS && capitalWords >= HEADLINE_CAPITAL_SHARE * letterWords ? 1 : 0;
  if (reuse && reuse.done.length >= n + 4) {
    reuse.done.fill(0, 0, n + 4);
    for (const k of [0, 1, n + 2, n + 3]) {
      reuse.words[k] = BOUNDARY;
      reuse.pos[k] = BOUNDARY_POS;
      reuse.gaz[k] = 0;
      reuse.first[k] = 0;
    }
    return Object.assign(reuse, { n, sent, kb, kbOffset, headline });
  }
  const size = Math.max(n + 4, reuse ? 2 * reuse.done.length : 0);
  const words = new Array<WordInfo>(size).fill(BOUNDARY);
  const pos = new Uint32Array(size).fill(BOUNDARY_POS);
  return {
    n,
    sent,
    kb,
    kbOffset,
    done: new Uint8Array(size),
    words,
    pos,
    gaz: new Uint32Array(size),
    first: new Uint8Array(size),
    headline,
  };
}

/** Fill padded position k (token k - 2) if not done yet. */
function fill(s: SentenceCtx, k: number): void {
  const i = k - 2;
  if (i < 0 || i >= s.n || s.done[k] === 1) return;
  s.done[k] = 1;
  const t = s.sent[i] as TagToken;
  const info = wordInfo(t);
  s.words[k] = info;
  s.pos[k] = cachedHash(t.pos);
  const kbHash = s.kb ? (s.kb[s.kbOffset + i] as number) : 0;
  s.gaz[k] = s.kb && (kbHash || info.closed) ? mix(T.gazCode, kbHash, info.closed) : 0;
  s.first[k] = i === 0 || OPENERS.has((s.sent[i - 1] as TagToken).text) ? 1 : 0;
}

/** Fill the window of positions token i's features read. */
export function fillWindow(s: SentenceCtx, i: number): void {
  for (let k = i; k <= i + 4; k++) fill(s, k);
}

/** Whether token i has an upper-case letter (only such tokens start a name). */
export function hasUpper(s: SentenceCtx, i: number): boolean {
  return hasUpperText((s.sent[i] as TagToken).text);
}

function hasUpperText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) {
      const ch = text[i] as string;
      if (ch !== ch.toLowerCase()) return true;
    }
  }
  return false;
}

/** Most features one token can have (context + history), the size of a feature buffer. */
export const MAX_TOKEN_FEATURES = 24;

/** Write token i's context (pairwise, POS, gazetteer, position) feature hashes to `out`; returns their count. Call fillWindow first. */
export function contextFeatures(s: SentenceCtx, i: number, out: Uint32Array): number {
  const k = i + 2;
  const w = s.words[k] as WordInfo;
  const m1 = s.words[k - 1] as WordInfo;
  const m2 = s.words[k - 2] as WordInfo;
  const p1 = s.words[k + 1] as WordInfo;
  const pos = s.pos[k] as number;
  let n = 0;
  out[n++] = mix(T.wm1w, m1.word, w.word);
  out[n++] = mix(T.wwp1, w.word, p1.word);
  out[n++] = mix(T.wm2wm1, m2.word, m1.word);
  out[n++] = mix(T.sh3, m1.shape, w.shape, p1.shape);
  out[n++] = mix(T.wm1sh, m1.word, w.shape);
  out[n++] = mix(T.shwp1, w.shape, p1.word);
  out[n++] = mix(T.pos, pos);
  out[n++] = mix(T.posm1, s.pos[k - 1] as number, pos);
  out[n++] = mix(T.posp1, pos, s.pos[k + 1] as number);
  out[n++] = mix(T.possh, pos, w.shape);
  const first = s.first[k] as number;
  out[n++] = mix(T.first, first, w.shape);
  if (first) out[n++] = mix(T.firstw, w.word);
  if (s.headline) {
    out[n++] = mix(T.head, w.shape, m1.shape);
    out[n++] = mix(T.headw, w.word);
  }
  const g = s.gaz[k] as number;
  const gm1 = s.gaz[k - 1] as number;
  const gp1 = s.gaz[k + 1] as number;
  if (g) {
    out[n++] = mix(T.g, g);
    out[n++] = mix(T.gsh, g, w.shape);
  }
  if (gm1) out[n++] = mix(T.gm1, gm1);
  if (gp1) out[n++] = mix(T.gp1, gp1);
  return n;
}

/** Append the label-history features that depend on the token; returns the new count. */
export function historyFeatures(prev: number, s: SentenceCtx, i: number, out: Uint32Array, n: number): number {
  const w = s.words[i + 2] as WordInfo;
  out[n++] = mix(T.tm1w, prev, w.word);
  out[n++] = mix(T.tm1sh, prev, w.shape);
  return n;
}

/** Label-history features that depend on labels only: precomputable into a transition table. */
export function historyOnly(prev: number, prev2: number, out: number[]): void {
  out.push(mix(T.tm1, prev), mix(T.tm2tm1, prev2, prev));
}

const BUFFER = new Uint32Array(MAX_TOKEN_FEATURES);

/** Every feature of token i given the two previous labels: the training-time view. */
export function allFeatures(s: SentenceCtx, i: number, prev: number, prev2: number, out: number[]): void {
  out.length = 0;
  fillWindow(s, i);
  const n = historyFeatures(prev, s, i, BUFFER, contextFeatures(s, i, BUFFER));
  for (let j = 0; j < n; j++) out.push(BUFFER[j] as number);
  const k = i + 2;
  let m = roleFeatures(s.words[k] as WordInfo, ROLE_SELF, out, out.length);
  m = roleFeatures(s.words[k - 1] as WordInfo, ROLE_PREV, out, m);
  m = roleFeatures(s.words[k + 1] as WordInfo, ROLE_NEXT, out, m);
  m = roleFeatures(s.words[k - 2] as WordInfo, ROLE_PREV2, out, m);
  roleFeatures(s.words[k + 2] as WordInfo, ROLE_NEXT2, out, m);
  historyOnly(prev, prev2, out);
}
