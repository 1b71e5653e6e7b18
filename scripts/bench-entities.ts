/**
 * CPU time of the entities stage alone over the first N PolNeAR texts (default 300): the nlp
 * layer runs first, untimed; an untimed warm-up over other documents lets JIT tiers and
 * per-word caches settle, as in a long-running ingest. Prints articles per CPU-second, the
 * one-off load time of the KB and the tagger model, and a digest of the output, so a speed
 * change can be checked to leave results unchanged.
 *   npx tsx scripts/bench-entities.ts [N] [--cold]
 */
import { createHash } from "node:crypto";
import { textCorpus } from "../src/bench/corpus.js";
import { findEntities } from "../src/entities/index.js";
import { defaultWeights } from "../src/entities/tagger/storage.js";
import { getKb } from "../src/kb/index.js";
import { type NlpLayer, runNlp } from "../src/nlp/index.js";

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 300);
const cold = process.argv.includes("--cold");
/** Extra untimed passes over the measured documents, so a --cpu-prof profile is mostly this stage. */
const repeat = Number(process.env.BENCH_REPEAT ?? 0);

function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const kbMs = cpuMs(() => getKb());
const modelMs = cpuMs(() => defaultWeights());
const corpus = textCorpus(undefined, n);
const layers = (docs: string[]): Array<{ text: string; nlp: NlpLayer }> => docs.map((text) => ({ text, nlp: runNlp(text) }));
const docs = layers(corpus.docs);
const run = ({ text, nlp }: { text: string; nlp: NlpLayer }) =>
  findEntities({ text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt: "2016-10-01" });
if (!cold) for (const d of layers(corpus.warmup)) run(d);
for (let r = 0; r < repeat; r++) for (const d of docs) run(d);
const out: unknown[] = [];
const ms = cpuMs(() => {
  for (const d of docs) out.push(run(d));
});
const digest = createHash("sha256").update(JSON.stringify(out));
console.log(
  `${corpus.name}: entities ${ms.toFixed(0)} ms CPU, ${(ms / docs.length).toFixed(2)} ms/article, ` +
    `${((1000 * docs.length) / ms).toFixed(0)} articles/s; load: KB ${kbMs.toFixed(0)} ms, model ${modelMs.toFixed(0)} ms; ` +
    `output ${digest.digest("hex").slice(0, 16)}`,
);
