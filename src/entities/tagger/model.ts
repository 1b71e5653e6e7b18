/**
 * The averaged-perceptron BIO tagger: a hashed weight table (bucket × label) and greedy
 * left-to-right decoding with a BIO constraint (I-X only after B-X or I-X).
 * Weights are trained by scripts/train-ner.ts and stored compactly in data/models/ner.json.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../../contract/errors.js";
import { dynamicFeatures, prepareSentence, staticFeatures, type TagToken } from "./features.js";

/** MISC (other names: events, products, nationalities) is learnt so it is not confused with O, and never output. */
export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;
/** log2 of the number of hash buckets: 2^19 × 9 labels is an 18 MB table, small enough to stay fast. */
export const HASH_BITS = 19;

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
 * The run-time form: only buckets with a kept weight, found through an open-addressing table,
 * so the working set is a few MB (cache-friendly) instead of the whole hashed space.
 */
export class SparseWeights {
  readonly mask: number;
  private readonly slots: Int32Array;
  private readonly rows: Int32Array;
  private readonly slotMask: number;
  constructor(
    bits: number,
    buckets: Int32Array,
    readonly w: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
    let size = 1;
    while (size < buckets.length * 2) size <<= 1;
    this.slotMask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.rows = new Int32Array(size);
    for (let r = 0; r < buckets.length; r++) {
      let k = this.slotOf(buckets[r] as number);
      while (this.slots[k] !== -1) k = (k + 1) & this.slotMask;
      this.slots[k] = buckets[r] as number;
      this.rows[k] = r * NL;
    }
  }
  private slotOf(bucket: number): number {
    return (Math.imul(bucket, 0x9e3779b1) >>> 0) & this.slotMask;
  }
  /** Offset of a feature's label row in `w`, or -1 when it has no weights. */
  rowOf(feature: number): number {
    const bucket = feature & this.mask;
    let k = this.slotOf(bucket);
    for (;;) {
      const key = this.slots[k] as number;
      if (key === bucket) return this.rows[k] as number;
      if (key === -1) return -1;
      k = (k + 1) & this.slotMask;
    }
  }
}

/** Whether label `to` may follow label `from` in BIO. */
export function allowed(from: number, to: number): boolean {
  return ALLOWED[from * NL + to] === 1;
}

const ALLOWED = new Uint8Array(NL * NL);
for (let f = 0; f < NL; f++) {
  for (let t = 0; t < NL; t++) {
    const ft = LABELS[f] as string;
    const tt = LABELS[t] as string;
    ALLOWED[f * NL + t] = !tt.startsWith("I-") || (ft !== "O" && ft.slice(2) === tt.slice(2)) ? 1 : 0;
  }
}

function addScores(weights: SparseWeights, feats: readonly number[], scores: Float64Array): void {
  const { w } = weights;
  for (let f = 0; f < feats.length; f++) {
    const base = weights.rowOf(feats[f] as number);
    if (base < 0) continue;
    for (let l = 0; l < NL; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
  }
}

const STARTS_UPPER = /^\p{Lu}/u;

/** Upper-case first letter; ASCII is checked by code, the rest by the Unicode class. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return STARTS_UPPER.test(text);
}

/** Tag one sentence; returns label indices. `gaz` as in prepareSentence. */
export function tagSentence(weights: SparseWeights, sent: readonly TagToken[], gaz: readonly string[] | null): number[] {
  const out: number[] = [];
  const sf: number[] = [];
  const df: number[] = [];
  const scores = new Float64Array(NL);
  const h = prepareSentence(sent, gaz);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sent.length; i++) {
    // Outside a name, a token that does not start with a capital letter is O: skipping the
    // scoring there saves most of the work at the cost of lower-case names ("tampa bay").
    if (prev === 0 && !startsUpper((sent[i] as TagToken).text)) {
      out.push(0);
      prev2 = prev;
      continue;
    }
    staticFeatures(h, i, sf);
    dynamicFeatures(prev, prev2, h, i, df);
    scores.fill(0);
    addScores(weights, sf, scores);
    addScores(weights, df, scores);
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < NL; l++) {
      if (ALLOWED[prev * NL + l] === 0) continue;
      if ((scores[l] as number) > bestScore) {
        bestScore = scores[l] as number;
        best = l;
      }
    }
    out.push(best);
    prev2 = prev;
    prev = best;
  }
  return out;
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

// ---- compact storage ----

export interface StoredModel {
  format: "entente-ner-perceptron-1";
  bits: number;
  labels: string[];
  /** Weight = int16 × scale. */
  scale: number;
  /** base64 of the flat table indices (uint32 LE, ascending) of kept weights. */
  index: string;
  /** base64 of the int16 LE quantised weights, same order. */
  value: string;
  trainedOn: string[];
}

export function packWeights(weights: TaggerWeights, threshold: number, trainedOn: string[]): StoredModel {
  const { w } = weights;
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k] as number));
  const scale = max / 32767 || 1;
  const idx: number[] = [];
  const val: number[] = [];
  for (let k = 0; k < w.length; k++) {
    const q = Math.round((w[k] as number) / scale);
    if (Math.abs(w[k] as number) >= threshold && q !== 0) {
      idx.push(k);
      val.push(q);
    }
  }
  const ib = Buffer.from(new Uint32Array(idx).buffer);
  const vb = Buffer.from(new Int16Array(val).buffer);
  return {
    format: "entente-ner-perceptron-1",
    bits: weights.bits,
    labels: [...LABELS],
    scale,
    index: ib.toString("base64"),
    value: vb.toString("base64"),
    trainedOn,
  };
}

export function unpackWeights(m: StoredModel): SparseWeights {
  if (m.format !== "entente-ner-perceptron-1" || m.labels.join() !== LABELS.join()) {
    throw new EntenteError("E_DATA", "NER model file has an unknown format or label set");
  }
  const ib = Buffer.from(m.index, "base64");
  const vb = Buffer.from(m.value, "base64");
  const idx = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
  const val = new Int16Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
  // Indices are ascending, so each bucket's labels are contiguous.
  const buckets: number[] = [];
  for (let k = 0; k < idx.length; k++) {
    const b = Math.floor((idx[k] as number) / NL);
    if (buckets[buckets.length - 1] !== b) buckets.push(b);
  }
  const w = new Float32Array(buckets.length * NL);
  let r = -1;
  let last = -1;
  for (let k = 0; k < idx.length; k++) {
    const b = Math.floor((idx[k] as number) / NL);
    if (b !== last) {
      r++;
      last = b;
    }
    w[r * NL + ((idx[k] as number) % NL)] = (val[k] as number) * m.scale;
  }
  return new SparseWeights(m.bits, Int32Array.from(buckets), w);
}

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../../data/models/ner.json");
let loaded: SparseWeights | null = null;

/** The committed model, loaded once. */
export function defaultWeights(): SparseWeights {
  if (!loaded) {
    let raw: string;
    try {
      raw = readFileSync(MODEL_PATH, "utf8");
    } catch (err) {
      throw new EntenteError("E_DATA", `NER model missing at ${MODEL_PATH} (run scripts/train-ner.ts)`, { cause: err });
    }
    loaded = unpackWeights(JSON.parse(raw) as StoredModel);
  }
  return loaded;
}
