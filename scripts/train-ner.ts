/**
 * Train the averaged-perceptron BIO name tagger and write data/models/ner.json.
 *
 *   npx tsx scripts/train-ner.ts [--epochs 8] [--no-gaz] [--out data/models/ner.json]
 *
 * Training data (all redistributable, see data/models/SOURCES.md), from ../shared/data:
 *  - entities-uner-ewt: train split (v0 raw file, whose OTH type becomes MISC);
 *  - entities-crossner-politics: train.txt and test.txt (dev.txt is held out for `eval ner`);
 *  - entities-wikigold: every document except each 5th (those are the `eval ner` dev portion);
 *  - entities-meantime: topic corpus_apple only, annotated sentences 0–5 (airbus and gm are the
 *    `eval meantime` dev topics; stock is not used).
 * Text goes through the same nlp layer as at run time (sentences joined by single spaces), and
 * gold character spans are projected onto its tokens, so features match the entities stage.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { dynamicFeatures, prepareSentence, type SentenceHashes, staticFeatures } from "../src/entities/tagger/features.js";
import { gazetteerCodes } from "../src/entities/tagger/gazetteer.js";
import { allowed, HASH_BITS, LABELS, NL, packWeights, TaggerWeights } from "../src/entities/tagger/model.js";
import { defaultDataDir, repoRoot } from "../src/eval/data-dir.js";
import { type GoldSpan, loadNer, TRAIN_TYPE_MAPS } from "../src/eval/loaders/conll.js";
import { loadMeantime } from "../src/eval/loaders/meantime.js";
import { runNlp } from "../src/nlp/index.js";

interface Example {
  hashes: SentenceHashes;
  gold: number[];
}

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] as string) : dflt;
};
const EPOCHS = Number(flag("--epochs", "8"));
const USE_GAZ = !args.includes("--no-gaz");
const OUT = flag("--out", join(repoRoot, "data/models/ner.json"));
/** Weights below this magnitude are dropped when packing: keeps the file small at no measured cost. */
const PRUNE = Number(flag("--prune", "0.5"));

/**
 * Edited text (Wikipedia) and news are closer to what we analyse than web forums, so their
 * sentences are seen this many times per epoch.
 */
const EDITED_WEIGHT = Number(flag("--edited-weight", "2"));
const NEWS_WEIGHT = Number(flag("--news-weight", "3"));

/** Run the nlp layer on `text` and turn gold spans into one labelled example per nlp sentence. */
function examplesOf(text: string, spans: Array<{ start: number; end: number; type: string }>, out: Example[]): void {
  const nlp = runNlp(text);
  const labels = new Array<number>(nlp.tokens.length).fill(0);
  for (const s of spans) {
    let first = true;
    for (let k = 0; k < nlp.tokens.length; k++) {
      const t = nlp.tokens[k];
      if (!t || t.end <= s.start || t.start >= s.end) continue;
      labels[k] = LABELS.indexOf(`${first ? "B" : "I"}-${s.type}` as (typeof LABELS)[number]);
      first = false;
    }
  }
  for (const [a, b] of nlp.sentenceTokens) {
    const tokens = nlp.tokens.slice(a, b);
    out.push({ hashes: prepareSentence(tokens, USE_GAZ ? gazetteerCodes(tokens) : null), gold: labels.slice(a, b) });
  }
}

function collect(): { train: Example[]; sources: string[] } {
  const train: Example[] = [];
  const sources: string[] = [];
  const add = (folder: string, split: string, copies: number) => {
    const { sentences } = loadNer(defaultDataDir(folder), split, TRAIN_TYPE_MAPS);
    for (const s of sentences) for (let k = 0; k < copies; k++) examplesOf(s.text, s.spans as GoldSpan[], train);
    sources.push(`${folder}:${split} (${sentences.length} sentences${copies > 1 ? `, weight ${copies}` : ""})`);
  };
  add("entities-uner-ewt", "train", 1);
  add("entities-crossner-politics", "train", EDITED_WEIGHT);
  add("entities-crossner-politics", "test", EDITED_WEIGHT);
  add("entities-wikigold", "train", EDITED_WEIGHT);
  const docs = loadMeantime(defaultDataDir("entities-meantime"), "train");
  for (const d of docs) {
    const text = d.text.slice(0, d.annotatedEnd);
    const names = d.names.filter((n) => n.end <= d.annotatedEnd);
    for (let k = 0; k < NEWS_WEIGHT; k++) examplesOf(text, names, train);
  }
  sources.push(`entities-meantime:corpus_apple (${docs.length} articles, sentences 0-5, weight ${NEWS_WEIGHT})`);
  return { train, sources };
}

/** Deterministic shuffle (mulberry32) so training runs are reproducible. */
function shuffle<T>(xs: T[], seed: number): void {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}

function train(examples: Example[]): TaggerWeights {
  const weights = TaggerWeights.empty(HASH_BITS);
  const { w, mask } = weights;
  const u = new Float64Array(w.length);
  let c = 1;
  const sf: number[] = [];
  const df: number[] = [];
  const scores = new Float64Array(NL);
  const update = (feats: number[], label: number, delta: number) => {
    for (const h of feats) {
      const k = (h & mask) * NL + label;
      w[k] = (w[k] as number) + delta;
      u[k] = (u[k] as number) + c * delta;
    }
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(examples, 1234 + epoch);
    let errors = 0;
    let total = 0;
    for (const ex of examples) {
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < ex.hashes.n; i++) {
        staticFeatures(ex.hashes, i, sf);
        dynamicFeatures(prev, prev2, ex.hashes, i, df);
        scores.fill(0);
        for (const feats of [sf, df]) {
          for (const h of feats) {
            const base = (h & mask) * NL;
            for (let l = 0; l < NL; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
          }
        }
        let best = 0;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (let l = 0; l < NL; l++) {
          if (allowed(prev, l) && (scores[l] as number) > bestScore) {
            bestScore = scores[l] as number;
            best = l;
          }
        }
        const gold = ex.gold[i] as number;
        if (best !== gold) {
          errors++;
          update(sf, gold, 1);
          update(df, gold, 1);
          update(sf, best, -1);
          update(df, best, -1);
        }
        total++;
        c++;
        // Condition the next token on the gold history, as in standard perceptron training.
        prev2 = prev;
        prev = gold;
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: token error ${((100 * errors) / total).toFixed(2)}%\n`);
  }
  for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) - (u[k] as number) / c;
  return weights;
}

const t0 = performance.now();
const { train: examples, sources } = collect();
process.stderr.write(`${examples.length} sentences prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
const weights = train(examples);
const stored = packWeights(weights, PRUNE, sources);
writeFileSync(OUT, `${JSON.stringify(stored)}\n`);
process.stderr.write(
  `wrote ${OUT}: ${(Buffer.from(stored.index, "base64").length / 4) | 0} weights, gazetteer ${USE_GAZ ? "on" : "off"}, ${EPOCHS} epochs, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);
