/** Compact storage of the tagger's weights: pruned, int16-quantised, base64 in data/models/ner.json. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../../contract/errors.js";
import { LABELS, NL, SparseWeights, type TaggerWeights, type WordLists } from "./model.js";

/** Bumped whenever features.ts changes what it hashes: an old model must not be read with new features. */
export const FEATURE_VERSION = 2;

export interface StoredModel {
  format: "entente-ner-perceptron-1";
  features: number;
  bits: number;
  labels: string[];
  /** Weight = int16 × scale. */
  scale: number;
  /** base64 of the flat table indices (uint32 LE, ascending) of kept weights. */
  index: string;
  /** base64 of the int16 LE quantised weights, same order. */
  value: string;
  /** Decoding shortcuts learnt from the training data (see WordLists in model.ts). */
  alwaysOutside: string[];
  inside: string[];
  trainedOn: string[];
}

export function packWeights(weights: TaggerWeights, threshold: number, lists: WordLists, trainedOn: string[]): StoredModel {
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
    features: FEATURE_VERSION,
    bits: weights.bits,
    labels: [...LABELS],
    scale,
    index: ib.toString("base64"),
    value: vb.toString("base64"),
    alwaysOutside: [...lists.alwaysOutside].sort(),
    inside: [...lists.inside].sort(),
    trainedOn,
  };
}

export function unpackWeights(m: StoredModel): SparseWeights {
  if (m.format !== "entente-ner-perceptron-1" || m.labels.join() !== LABELS.join() || m.features !== FEATURE_VERSION) {
    throw new EntenteError(
      "E_DATA",
      "NER model file has an unknown format, feature version or label set (retrain: npx tsx scripts/train-ner.ts)",
    );
  }
  const ib = Buffer.from(m.index, "base64");
  const vb = Buffer.from(m.value, "base64");
  const idx = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
  const val = new Int16Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
  // Indices are ascending, so each bucket's labels are contiguous: count the buckets, then fill
  // typed arrays in one more pass (no growing arrays: the model has ~10^5 buckets).
  let count = 0;
  let last = -1;
  for (let k = 0; k < idx.length; k++) {
    const b = Math.floor((idx[k] as number) / NL);
    if (b !== last) {
      count++;
      last = b;
    }
  }
  const buckets = new Int32Array(count);
  const w = new Int16Array(count * NL);
  let r = -1;
  last = -1;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k] as number;
    const b = Math.floor(i / NL);
    if (b !== last) {
      buckets[++r] = b;
      last = b;
    }
    w[r * NL + (i - b * NL)] = val[k] as number;
  }
  const lists: WordLists = { alwaysOutside: new Set(m.alwaysOutside ?? []), inside: new Set(m.inside ?? []) };
  return new SparseWeights(m.bits, buckets, w, lists, m.scale);
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
