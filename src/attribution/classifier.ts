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

export interface ClassifierModel {
  version: number;
  note: string;
  /** Candidates whose probability is below this are dropped. */
  threshold: number;
  weights: Record<string, number>;
}

export interface Classifier {
  threshold: number;
  weights: Map<string, number>;
}

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../data/models/attribution-classifier.json");

export function classifierFrom(model: ClassifierModel): Classifier {
  if (model.version !== 1 || typeof model.threshold !== "number" || typeof model.weights !== "object") {
    throw new EntenteError("E_DATA", "attribution classifier: unsupported model file");
  }
  return { threshold: model.threshold, weights: new Map(Object.entries(model.weights)) };
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
