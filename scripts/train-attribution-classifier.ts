/**
 * Trains the learnt filter over candidate attributions (src/attribution/classifier.ts) on the
 * PolNeAR train split:
 *   npx tsx scripts/train-attribution-classifier.ts [--data DIR] [--out FILE] [--threshold P] [--limit N]
 * Every candidate the rules propose (src/attribution/index.ts proposeCandidates) is labelled 1
 * when its cue overlaps an annotated cue whose content overlaps the candidate's content, else 0;
 * a logistic model over the features of src/attribution/features.ts is fitted by seeded SGD.
 * Only feature weights are written (lemmas, word-class labels, numbers): no article text.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Candidate } from "../src/attribution/candidates.js";
import { type ClassifierModel, isWordCue } from "../src/attribution/classifier.js";
import { makeContext } from "../src/attribution/context.js";
import { candidateFeatures } from "../src/attribution/features.js";
import { proposeCandidates } from "../src/attribution/index.js";
import { mulberry32, shuffle } from "../src/corpus/prng.js";
import { defaultDataDir, repoRoot } from "../src/eval/data-dir.js";
import { type GoldAttribution, loadBratSplit } from "../src/eval/loaders/brat.js";
import { runNlp } from "../src/nlp/index.js";
import { documentFromText } from "../src/pipeline/analyze.js";

/** Features seen fewer times than this get no weight (noise, and rare lemmas stay out of the file). */
const MIN_FEATURE_COUNT = 3;
const EPOCHS = 40;
/** The model is the mean of the weights after each of the last this many epochs. */
const AVERAGED_EPOCHS = 20;
const LEARNING_RATE = 0.05;
/** L2 penalty per update: keeps rare features' weights small. */
const L2 = 1e-5;
const SEED = 20161108;
/** Default decision threshold (tuned on the dev split with `entente eval polnear`). */
const DEFAULT_THRESHOLD = 0.25;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

interface Example {
  features: string[];
  label: number;
}

const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;

/** 1 when an annotated attribution has a cue overlapping the candidate's and a content overlapping one of its contents. */
function labelOf(ctx: ReturnType<typeof makeContext>, c: Candidate, gold: readonly GoldAttribution[]): number {
  const cueStart = (ctx.tokens[c.cue.first] as { start: number }).start;
  const cueEnd = (ctx.tokens[c.cue.end - 1] as { end: number }).end;
  for (const g of gold) {
    if (!g.cue.some((f) => overlaps(f.start, f.end, cueStart, cueEnd))) continue;
    if (g.content.some((f) => c.contents.some(([s, e]) => overlaps(f.start, f.end, s, e)))) return 1;
  }
  return 0;
}

const dataDir = arg("--data", defaultDataDir("attribution-polnear"));
const outPath = arg("--out", join(repoRoot, "data/models/attribution-classifier.json"));
const threshold = Number(arg("--threshold", String(DEFAULT_THRESHOLD)));
const limit = process.argv.includes("--limit") ? Number(arg("--limit", "0")) : undefined;
const articles = loadBratSplit(dataDir, "train", limit);
const examples: Example[] = [];
for (const a of articles) {
  const nlp = runNlp(a.text);
  const ctx = makeContext(a.text, nlp.tokens, nlp.sentenceTokens, documentFromText(a.text).paragraphs);
  for (const c of proposeCandidates(ctx).candidates) {
    if (!isWordCue(c)) continue;
    examples.push({ features: candidateFeatures(ctx, c), label: labelOf(ctx, c, a.attributions) });
  }
}

const counts = new Map<string, number>();
for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
const kept = (f: string) => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT;
for (const ex of examples) ex.features = ex.features.filter(kept);

// Logistic regression by SGD over a seeded shuffle each epoch.
const weights = new Map<string, number>();
const averaged = new Map<string, number>();
const rand = mulberry32(SEED);
const order = examples.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  shuffle(order, rand);
  const rate = LEARNING_RATE / (1 + epoch);
  for (const idx of order) {
    const ex = examples[idx] as Example;
    let z = 0;
    for (const f of ex.features) z += weights.get(f) ?? 0;
    const g = ex.label - 1 / (1 + Math.exp(-z));
    for (const f of ex.features) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w + rate * (g - L2 * w));
    }
  }
  // Average the weights over the later epochs: the final model depends much less on the order of the last updates.
  if (epoch >= EPOCHS - AVERAGED_EPOCHS) for (const [f, w] of weights) averaged.set(f, (averaged.get(f) ?? 0) + w / AVERAGED_EPOCHS);
}

const out: Record<string, number> = {};
for (const f of [...averaged.keys()].sort()) {
  const w = Math.round((averaged.get(f) as number) * 1000) / 1000;
  if (w !== 0) out[f] = w;
}
const positives = examples.filter((e) => e.label === 1).length;
const model: ClassifierModel = {
  version: 1,
  note: `Logistic weights over candidate features (src/attribution/features.ts). PolNeAR v1.0.0 train (${articles.length} articles, first annotator per article): ${examples.length} candidates, ${positives} annotated. Weights only, no text.`,
  threshold,
  weights: out,
};
writeFileSync(outPath, `${JSON.stringify(model)}\n`);
process.stdout.write(
  `${articles.length} articles, ${examples.length} candidates (${positives} positive), ${Object.keys(out).length} weights -> ${outPath}\n`,
);
