/**
 * Token features for the BIO name tagger, hashed to integers so the model is a flat weight
 * table: no feature-string dictionary to store or look up. Each token's word, shape, affixes,
 * POS and gazetteer code are hashed once per sentence (FNV-1a); a feature is an integer mix of
 * a template id and those hashes, so no feature string is ever built. The same code runs at
 * training time (scripts/train-ner.ts) and in the entities stage, so features cannot drift.
 */

/** What the feature extractor needs of a token (a subset of nlp's Token). */
export interface TagToken {
  text: string;
  normal: string;
  pos: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units. */
export function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mix a template id with up to three value hashes (murmur3-style finaliser). */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ a, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae3d);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Word shape with runs collapsed: "Lavrov" → "Xx", "U.S." → "X.X.", "2024" → "d", "al-Qaim" → "x-Xx". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const code = word.charCodeAt(i);
    let k: string;
    if (code >= 48 && code <= 57) k = "d";
    else if (code >= 65 && code <= 90) k = "X";
    else if (code >= 97 && code <= 122) k = "x";
    else if (code < 128) k = word[i] as string;
    else {
      const c = word[i] as string;
      k = c !== c.toLowerCase() ? "X" : c !== c.toUpperCase() ? "x" : c;
    }
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Per-token hashes of one sentence, computed once. Index 0 and n+1 are sentence boundaries. */
export interface SentenceHashes {
  n: number;
  sent: readonly TagToken[];
  gazCodes: readonly string[] | null;
  /** 1 where position k's hashes are filled. */
  done: Uint8Array;
  word: Uint32Array;
  cased: Uint32Array;
  shape: Uint32Array;
  pos: Uint32Array;
  s2: Uint32Array;
  s3: Uint32Array;
  s4: Uint32Array;
  p3: Uint32Array;
  gaz: Uint32Array;
  first: Uint8Array;
}

const BOUNDARY = fnv("<s>");
const OPENERS = new Set(['"', "“", ":", "("]);

/**
 * `gaz` gives, per token, a gazetteer code ("B:country:", "title", …) or "" when none.
 * Token hashes are filled lazily (see ensure): the tagger scores only capitalised tokens and
 * name continuations, so most tokens' hashes are never needed.
 */
export function prepareSentence(sent: readonly TagToken[], gaz: readonly string[] | null): SentenceHashes {
  const n = sent.length;
  const arr = () => new Uint32Array(n + 4).fill(BOUNDARY);
  return {
    n,
    sent,
    gazCodes: gaz,
    done: new Uint8Array(n + 4),
    word: arr(),
    cased: arr(),
    shape: arr(),
    pos: arr(),
    s2: arr(),
    s3: arr(),
    s4: arr(),
    p3: arr(),
    gaz: new Uint32Array(n + 4),
    first: new Uint8Array(n + 4),
  };
}

interface WordHashes {
  normal: string;
  word: number;
  cased: number;
  shape: number;
  s2: number;
  s3: number;
  s4: number;
  p3: number;
}

/** Word hashes by surface: words repeat, so most tokens cost one Map lookup. */
const WORD_CACHE = new Map<string, WordHashes>();
/** Bound on the cache, so a long batch run cannot grow it without limit. */
const WORD_CACHE_MAX = 200_000;
const POS_CACHE = new Map<string, number>();

function wordHashes(t: TagToken): WordHashes {
  const hit = WORD_CACHE.get(t.text);
  if (hit && hit.normal === t.normal) return hit;
  const w = t.normal;
  const entry: WordHashes = {
    normal: w,
    word: fnv(w),
    cased: fnv(t.text),
    shape: fnv(shape(t.text)),
    s2: fnv(w.slice(-2)),
    s3: fnv(w.slice(-3)),
    s4: fnv(w.slice(-4)),
    p3: fnv(w.slice(0, 3)),
  };
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(t.text, entry);
  return entry;
}

function posHash(pos: string): number {
  let h = POS_CACHE.get(pos);
  if (h === undefined) {
    h = fnv(pos);
    POS_CACHE.set(pos, h);
  }
  return h;
}

/** Fill the hashes of padded position k (token k - 2) if not done yet. */
function ensure(h: SentenceHashes, k: number): void {
  const i = k - 2;
  if (i < 0 || i >= h.n || h.done[k]) return;
  h.done[k] = 1;
  const t = h.sent[i] as TagToken;
  const wh = wordHashes(t);
  h.word[k] = wh.word;
  h.cased[k] = wh.cased;
  h.shape[k] = wh.shape;
  h.pos[k] = posHash(t.pos);
  h.s2[k] = wh.s2;
  h.s3[k] = wh.s3;
  h.s4[k] = wh.s4;
  h.p3[k] = wh.p3;
  const g = h.gazCodes?.[i];
  h.gaz[k] = g ? fnv(g) : 0;
  h.first[k] = i === 0 || OPENERS.has((h.sent[i - 1] as TagToken).text) ? 1 : 0;
}

/** Template ids (any distinct constants). */
const T = {
  bias: 1,
  w: 2,
  W: 3,
  wm1: 4,
  wp1: 5,
  wm2: 6,
  wp2: 7,
  wm1w: 8,
  wwp1: 9,
  sh: 10,
  shm1: 11,
  shp1: 12,
  sh3: 13,
  wm1sh: 14,
  shwp1: 15,
  s2: 16,
  s3: 17,
  s4: 18,
  p3: 19,
  pos: 20,
  posm1: 21,
  posp1: 22,
  possh: 23,
  first: 24,
  firstw: 25,
  g: 26,
  gsh: 27,
  gm1: 28,
  gp1: 29,
  tm1: 30,
  tm2tm1: 31,
  tm1w: 32,
  tm1sh: 33,
} as const;

/** Static (tag-independent) feature hashes of token i. */
export function staticFeatures(h: SentenceHashes, i: number, out: number[]): void {
  out.length = 0;
  const k = i + 2;
  for (let j = k - 2; j <= k + 2; j++) ensure(h, j);
  const w = h.word[k] as number;
  const sh = h.shape[k] as number;
  const wm1 = h.word[k - 1] as number;
  const wp1 = h.word[k + 1] as number;
  const shm1 = h.shape[k - 1] as number;
  const shp1 = h.shape[k + 1] as number;
  const first = h.first[k] as number;
  out.push(
    mix(T.bias, 0),
    mix(T.w, w),
    mix(T.W, h.cased[k] as number),
    mix(T.wm1, wm1),
    mix(T.wp1, wp1),
    mix(T.wm2, h.word[k - 2] as number),
    mix(T.wp2, h.word[k + 2] as number),
    mix(T.wm1w, wm1, w),
    mix(T.wwp1, w, wp1),
    mix(T.sh, sh),
    mix(T.shm1, shm1),
    mix(T.shp1, shp1),
    mix(T.sh3, shm1, sh, shp1),
    mix(T.wm1sh, wm1, sh),
    mix(T.shwp1, sh, wp1),
    mix(T.s2, h.s2[k] as number),
    mix(T.s3, h.s3[k] as number),
    mix(T.s4, h.s4[k] as number),
    mix(T.p3, h.p3[k] as number),
    mix(T.pos, h.pos[k] as number),
    mix(T.posm1, h.pos[k - 1] as number),
    mix(T.posp1, h.pos[k + 1] as number),
    mix(T.possh, h.pos[k] as number, sh),
    mix(T.first, first, sh),
  );
  if (first) out.push(mix(T.firstw, w));
  const g = h.gaz[k] as number;
  const gm1 = h.gaz[k - 1] as number;
  const gp1 = h.gaz[k + 1] as number;
  if (g) out.push(mix(T.g, g), mix(T.gsh, g, sh));
  if (gm1) out.push(mix(T.gm1, gm1));
  if (gp1) out.push(mix(T.gp1, gp1));
}

/** Features that depend on the labels already given to the two previous tokens. */
export function dynamicFeatures(prev: number, prev2: number, h: SentenceHashes, i: number, out: number[]): void {
  out.length = 0;
  const k = i + 2;
  ensure(h, k);
  out.push(mix(T.tm1, prev), mix(T.tm2tm1, prev2, prev), mix(T.tm1w, prev, h.word[k] as number), mix(T.tm1sh, prev, h.shape[k] as number));
}
