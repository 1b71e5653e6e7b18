/**
 * The averaged-perceptron BIO tagger: a hashed weight table (bucket × label) and greedy
 * left-to-right decoding with a BIO constraint (I-X only after B-X or I-X).
 * Weights are trained by scripts/train-ner.ts and stored compactly in data/models/ner.json.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../../contract/errors.js";
import { dynamicFeatures, staticFeatures, type TagToken } from "./features.js";

/** MISC (other names: events, products, nationalities) is learnt so it is not confused with O, and never output. */
export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;
/** log2 of the number of hash buckets: 2^20 keeps collisions rare for ~1M distinct features. */
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

/** Whether label `to` may follow label `from` in BIO. */
export function allowed(from: number, to: number): boolean {
  const t = LABELS[to] as string;
  if (!t.startsWith("I-")) return true;
  const f = LABELS[from] as string;
  return f.slice(2) === t.slice(2) && f !== "O";
}

function addScores(weights: TaggerWeights, feats: readonly number[], scores: Float64Array): void {
  const { w, mask } = weights;
  for (const h of feats) {
    const base = (h & mask) * NL;
    for (let l = 0; l < NL; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
  }
}

/** Tag one sentence; returns label indices. `gaz` as in staticFeatures. */
export function tagSentence(weights: TaggerWeights, sent: readonly TagToken[], gaz: readonly string[] | null): number[] {
  const out: number[] = [];
  const sf: number[] = [];
  const df: number[] = [];
  const scores = new Float64Array(NL);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sent.length; i++) {
    staticFeatures(sent, i, gaz, sf);
    dynamicFeatures(LABELS[prev] as string, LABELS[prev2] as string, sent[i] as TagToken, df);
    scores.fill(0);
    addScores(weights, sf, scores);
    addScores(weights, df, scores);
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < NL; l++) {
      if (!allowed(prev, l)) continue;
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
export function labelSpans(labels: readonly number[]): Array<{ first: number; end: number; type: "PER" | "ORG" | "LOC" }> {
  const out: Array<{ first: number; end: number; type: "PER" | "ORG" | "LOC" }> = [];
  for (let i = 0; i < labels.length; i++) {
    const l = LABELS[labels[i] as number] as string;
    if (!l.startsWith("B-") || l === "B-MISC") continue;
    let j = i + 1;
    while (j < labels.length && LABELS[labels[j] as number] === `I-${l.slice(2)}`) j++;
    out.push({ first: i, end: j, type: l.slice(2) as "PER" | "ORG" | "LOC" });
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

export function unpackWeights(m: StoredModel): TaggerWeights {
  if (m.format !== "entente-ner-perceptron-1" || m.labels.join() !== LABELS.join()) {
    throw new EntenteError("E_DATA", "NER model file has an unknown format or label set");
  }
  const ib = Buffer.from(m.index, "base64");
  const vb = Buffer.from(m.value, "base64");
  const idx = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
  const val = new Int16Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
  const weights = TaggerWeights.empty(m.bits);
  for (let k = 0; k < idx.length; k++) weights.w[idx[k] as number] = (val[k] as number) * m.scale;
  return weights;
}

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../../data/models/ner.json");
let loaded: TaggerWeights | null = null;

/** The committed model, loaded once. */
export function defaultWeights(): TaggerWeights {
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
