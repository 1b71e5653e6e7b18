/**
 * Train the averaged-perceptron BIO name tagger and write data/models/ner.json.
 *
 *   npx tsx scripts/train-ner.ts [--epochs 16] [--gaz-dropout 0] [--no-gaz] [--out data/models/ner.json] [--eval]
 *   npx tsx scripts/train-ner.ts --eval-only [--out data/models/ner.json]   (dev figures of a model, no training)
 *
 * About 2–3 minutes on one core (most of it running the nlp layer over the training text).
 * `--eval` also prints the tagger's own exact-span F1 (PER/ORG/LOC, no KB or rules) on the dev
 * portions, which are never trained on: uner-ewt dev, crossner-politics dev, wikigold's every
 * 5th document and MEANTIME's dev topics.
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
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32, shuffle } from "../src/corpus/prng.js";
import { allFeatures, prepareSentence, type SentenceCtx } from "../src/entities/tagger/features.js";
import { kbHashes } from "../src/entities/tagger/gazetteer.js";
import { allowed, HASH_BITS, LABELS, labelSpans, NL, TaggerWeights, type WordLists } from "../src/entities/tagger/model.js";
import { Tagger } from "../src/entities/tagger/scorer.js";
import { packWeights, type StoredModel, unpackWeights } from "../src/entities/tagger/storage.js";
import { defaultDataDir, repoRoot } from "../src/eval/data-dir.js";
import { type GoldSpan, loadNer, TRAIN_TYPE_MAPS, TYPE_MAPS } from "../src/eval/loaders/conll.js";
import { loadMeantime } from "../src/eval/loaders/meantime.js";
import { runNlp, type Token } from "../src/nlp/index.js";

interface Example {
  ctx: SentenceCtx;
  gold: number[];
}

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] as string) : dflt;
};
/** 16 rather than 10 epochs: tagger-only MEANTIME dev 0.526 → 0.541, uner 0.659 → 0.660, wikigold 0.630 → 0.612. */
const EPOCHS = Number(flag("--epochs", "16"));
const USE_GAZ = !args.includes("--no-gaz");
const EVAL = args.includes("--eval");
const OUT = flag("--out", join(repoRoot, "data/models/ner.json"));
/** Weights below this magnitude are dropped when packing: keeps the file small at no measured cost. */
const PRUNE = Number(flag("--prune", "0.5"));
/**
 * Share of training sentences seen without gazetteer codes each epoch (drop-out against
 * over-trusting the KB). Off: 0.2 cost 6 points of tagger-only F1 on MEANTIME dev (0.507 → 0.449)
 * and gained nothing on the other dev sets; news names are where the KB knows most.
 */
const GAZ_DROPOUT = Number(flag("--gaz-dropout", "0"));

/**
 * Edited text (Wikipedia) and news are closer to what we analyse than web forums, so their
 * sentences are seen this many times per epoch (news 6 rather than 3: +2 points tagger-only on
 * MEANTIME dev, other dev sets unchanged).
 */
const EDITED_WEIGHT = Number(flag("--edited-weight", "2"));
const NEWS_WEIGHT = Number(flag("--news-weight", "6"));

interface Sentence {
  tokens: Token[];
  ctx: SentenceCtx;
  /** Token labels (training) and the character spans (evaluation). */
  labels: number[];
  spans: Array<{ start: number; end: number; type: string }>;
}

/** Run the nlp layer on `text` and project gold spans onto its tokens, one item per nlp sentence. */
function sentencesOf(text: string, spans: Array<{ start: number; end: number; type: string }>): Sentence[] {
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
  const out: Sentence[] = [];
  const kb = USE_GAZ ? kbHashes(nlp.tokens, nlp.sentenceTokens) : null;
  for (const [a, b] of nlp.sentenceTokens) {
    const tokens = nlp.tokens.slice(a, b);
    const from = tokens[0]?.start ?? 0;
    const to = tokens[tokens.length - 1]?.end ?? 0;
    out.push({
      tokens,
      ctx: prepareSentence(tokens, kb, a),
      labels: labels.slice(a, b),
      spans: spans.filter((s) => s.start >= from && s.end <= to && s.type !== "MISC"),
    });
  }
  return out;
}

function collect(): { train: Example[]; sources: string[] } {
  const train: Example[] = [];
  const sources: string[] = [];
  const push = (xs: Sentence[], copies: number) => {
    for (const x of xs) for (let k = 0; k < copies; k++) train.push({ ctx: x.ctx, gold: x.labels });
  };
  const add = (folder: string, split: string, copies: number) => {
    const { sentences } = loadNer(defaultDataDir(folder), split, TRAIN_TYPE_MAPS);
    for (const s of sentences) push(sentencesOf(s.text, s.spans as GoldSpan[]), copies);
    sources.push(`${folder}:${split} (${sentences.length} sentences${copies > 1 ? `, weight ${copies}` : ""})`);
  };
  add("entities-uner-ewt", "train", 1);
  add("entities-crossner-politics", "train", EDITED_WEIGHT);
  add("entities-crossner-politics", "test", EDITED_WEIGHT);
  add("entities-wikigold", "train", EDITED_WEIGHT);
  const docs = loadMeantime(defaultDataDir("entities-meantime"), "train");
  for (const d of docs) {
    const text = d.text.slice(0, d.annotatedEnd);
    push(
      sentencesOf(
        text,
        d.names.filter((n) => n.end <= d.annotatedEnd),
      ),
      NEWS_WEIGHT,
    );
  }
  sources.push(`entities-meantime:corpus_apple (${docs.length} articles, sentences 0-5, weight ${NEWS_WEIGHT})`);
  return { train, sources };
}

/** A copy of a prepared sentence without gazetteer features (drop-out). */
function withoutGazetteer(ctx: SentenceCtx): SentenceCtx {
  return {
    ...ctx,
    kb: null,
    gaz: new Uint32Array(ctx.gaz.length),
    done: new Uint8Array(ctx.done.length),
    words: [...ctx.words],
    pos: ctx.pos.slice(),
    first: ctx.first.slice(),
  };
}

function train(examples: Example[]): TaggerWeights {
  const weights = TaggerWeights.empty(HASH_BITS);
  const { w, mask } = weights;
  const u = new Float64Array(w.length);
  let c = 1;
  const feats: number[] = [];
  const scores = new Float64Array(NL);
  const update = (label: number, delta: number) => {
    for (const h of feats) {
      const k = (h & mask) * NL + label;
      w[k] = (w[k] as number) + delta;
      u[k] = (u[k] as number) + c * delta;
    }
  };
  const rnd = mulberry32(1234);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(examples, rnd);
    let errors = 0;
    let total = 0;
    for (const ex of examples) {
      const ctx = GAZ_DROPOUT > 0 && rnd() < GAZ_DROPOUT ? withoutGazetteer(ex.ctx) : ex.ctx;
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < ctx.n; i++) {
        allFeatures(ctx, i, prev, prev2, feats);
        scores.fill(0);
        for (const h of feats) {
          const base = (h & mask) * NL;
          for (let l = 0; l < NL; l++) scores[l] = (scores[l] as number) + (w[base + l] as number);
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
          update(gold, 1);
          update(best, -1);
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

/**
 * A capitalised word type seen at least this often, and inside a PER/ORG/LOC name at most this
 * share of the time, is always O when no name is open ("The", "I", "However").
 */
const ALWAYS_OUTSIDE_MIN_COUNT = 10;
const ALWAYS_OUTSIDE_MAX_NAME_SHARE = 0.03;
/**
 * A word without capitals continues a name ("of", "bin", "de") when, of its occurrences right
 * after a name token, at least this share are inside the name: "," and "'s" follow names often
 * but rarely belong to them.
 */
const INSIDE_MIN_SHARE = 0.05;
const INSIDE_MIN_COUNT = 2;

/** Whether a label is a PER/ORG/LOC one (MISC names are never output). */
const isOutputName = (label: number) => label !== 0 && !(LABELS[label] as string).endsWith("MISC");

/** The decoding shortcut lists (see WordLists in model.ts), from distinct training sentences. */
function wordLists(examples: Example[]): WordLists {
  const seen = new Set<SentenceCtx>();
  const capital = new Map<string, { all: number; name: number }>();
  const afterName = new Map<string, { all: number; inside: number }>();
  for (const ex of examples) {
    if (seen.has(ex.ctx)) continue;
    seen.add(ex.ctx);
    for (let i = 0; i < ex.ctx.n; i++) {
      const t = ex.ctx.sent[i] as Token;
      const label = ex.gold[i] as number;
      if (t.text !== t.text.toLowerCase()) {
        const c = capital.get(t.text) ?? { all: 0, name: 0 };
        c.all++;
        if (isOutputName(label)) c.name++;
        capital.set(t.text, c);
      } else if (i > 0 && (ex.gold[i - 1] as number) !== 0) {
        const c = afterName.get(t.normal) ?? { all: 0, inside: 0 };
        c.all++;
        if ((LABELS[label] as string).startsWith("I-")) c.inside++;
        afterName.set(t.normal, c);
      }
    }
  }
  const lists: WordLists = { alwaysOutside: new Set(), inside: new Set() };
  for (const [w, c] of capital) {
    if (c.all >= ALWAYS_OUTSIDE_MIN_COUNT && c.name <= ALWAYS_OUTSIDE_MAX_NAME_SHARE * c.all) lists.alwaysOutside.add(w);
  }
  for (const [w, c] of afterName) if (c.inside >= INSIDE_MIN_COUNT && c.inside >= INSIDE_MIN_SHARE * c.all) lists.inside.add(w);
  return lists;
}

/** Exact-span PER/ORG/LOC F1 of the tagger alone on sentences with gold spans. */
function score(tagger: Tagger, sents: Sentence[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sents) {
    const gold = new Set(s.spans.map((x) => `${x.start}:${x.end}:${x.type}`));
    const pred = new Set<string>();
    for (const span of labelSpans(tagger.tagPrepared(s.ctx))) {
      if (span.type === "MISC") continue;
      pred.add(`${(s.tokens[span.first] as Token).start}:${(s.tokens[span.end - 1] as Token).end}:${span.type}`);
    }
    for (const k of pred) if (gold.has(k)) tp++;
    fp += pred.size;
    fn += gold.size;
  }
  fp -= tp;
  fn -= tp;
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;
}

function evaluate(tagger: Tagger): void {
  for (const folder of ["entities-uner-ewt", "entities-crossner-politics", "entities-wikigold"]) {
    const { sentences } = loadNer(defaultDataDir(folder), "dev", TYPE_MAPS);
    const sents = sentences.flatMap((s) => sentencesOf(s.text, s.spans));
    process.stderr.write(`dev ${folder}: ${score(tagger, sents)}\n`);
  }
  const docs = loadMeantime(defaultDataDir("entities-meantime"), "dev");
  const sents = docs.flatMap((d) => sentencesOf(d.text.slice(0, d.annotatedEnd), d.names));
  process.stderr.write(`dev entities-meantime: ${score(tagger, sents)}\n`);
}

if (args.includes("--eval-only")) {
  // Evaluate the model at --out as it is, without training.
  evaluate(new Tagger(unpackWeights(JSON.parse(readFileSync(OUT, "utf8")) as StoredModel)));
} else {
  const t0 = performance.now();
  const { train: examples, sources } = collect();
  process.stderr.write(`${examples.length} sentences prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const weights = train(examples);
  const lists = wordLists(examples);
  process.stderr.write(`always-outside words: ${lists.alwaysOutside.size}, inside words: ${lists.inside.size}\n`);
  const stored = packWeights(weights, PRUNE, lists, sources);
  writeFileSync(OUT, `${JSON.stringify(stored)}\n`);
  process.stderr.write(
    `wrote ${OUT}: ${(Buffer.from(stored.index, "base64").length / 4) | 0} weights, gazetteer ${USE_GAZ ? `on (drop-out ${GAZ_DROPOUT})` : "off"}, ${EPOCHS} epochs, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  if (EVAL) evaluate(new Tagger(unpackWeights(stored)));
}
