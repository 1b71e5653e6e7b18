/**
 * Learnt filter over candidate attributions: a logistic model over the features of features.ts,
 * trained on the PolNeAR train split by scripts/train-attribution-classifier.ts
 * (data/models/attribution-classifier.json). Without the model file every candidate is kept.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../contract/errors.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";
import { featureParts, visitCandidateFeatures } from "./features.js";

export interface ClassifierModel {
  version: number;
  note: string;
  /** Candidates whose probability is below this are dropped. */
  threshold: number;
  weights: Record<string, number>;
}

/**
 * Weights by template, then by each value part in turn: `inner` leads to the next part, `leaf`
 * holds the weights of features that end at this part (two monomorphic maps per level).
 */
interface WeightTrie {
  inner: Map<string, WeightTrie>;
  leaf: Map<string, number>;
}

const emptyTrie = (): WeightTrie => ({ inner: new Map(), leaf: new Map() });

export interface Classifier {
  threshold: number;
  weights: Map<string, number>;
  /** The same weights keyed by template and value parts (looked up without building strings). */
  byParts: WeightTrie;
}

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../data/models/attribution-classifier.json");

function trieOf(weights: Record<string, number>): WeightTrie {
  const root = emptyTrie();
  for (const [key, w] of Object.entries(weights)) {
    const parts = featureParts(key);
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let child = node.inner.get(parts[i] as string);
      if (!child) {
        child = emptyTrie();
        node.inner.set(parts[i] as string, child);
      }
      node = child;
    }
    node.leaf.set(parts[parts.length - 1] as string, w);
  }
  return root;
}

export function classifierFrom(model: ClassifierModel): Classifier {
  if (model.version !== 1 || typeof model.threshold !== "number" || typeof model.weights !== "object") {
    throw new EntenteError("E_DATA", "attribution classifier: unsupported model file");
  }
  return { threshold: model.threshold, weights: new Map(Object.entries(model.weights)), byParts: trieOf(model.weights) };
}

/**
 * The filter judges cues that are words; punctuation cues (a speaker label's colon, a dash before
 * a name) are explicit constructions and are kept as found.
 */
export const isWordCue = (c: Candidate) => /\p{L}/u.test(c.cue.lemma);

let loaded: Classifier | null | undefined;

/** The trained classifier, or null when the model file is absent. */
export function attributionClassifier(path = MODEL_PATH): Classifier | null {
  if (loaded === undefined) loaded = existsSync(path) ? classifierFrom(JSON.parse(readFileSync(path, "utf8")) as ClassifierModel) : null;
  return loaded;
}

/** Probability that a candidate with these features is an annotated attribution. */
export function probability(clf: Classifier, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += clf.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The weight at a trie path, 0 when absent. */
function weightAt(trie: WeightTrie, t: string, a?: string, b?: string, c?: string): number {
  if (a === undefined) return trie.leaf.get(t) ?? 0;
  const byA = trie.inner.get(t);
  if (!byA) return 0;
  if (b === undefined) return byA.leaf.get(a) ?? 0;
  const byB = byA.inner.get(a);
  if (!byB) return 0;
  if (c === undefined) return byB.leaf.get(b) ?? 0;
  return byB.inner.get(b)?.leaf.get(c) ?? 0;
}

/**
 * probability(clf, candidateFeatures(ctx, c)) without building the feature strings: the same
 * weights summed in the same order, so the result is identical to the last bit.
 */
export function candidateProbability(clf: Classifier, ctx: AttributionContext, c: Candidate): number {
  const trie = clf.byParts;
  let z = 0;
  visitCandidateFeatures(ctx, c, (t, a, b, d) => {
    z += weightAt(trie, t, a, b, d);
  });
  return 1 / (1 + Math.exp(-z));
}
