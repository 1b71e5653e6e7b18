/**
 * CPU time of the entities stage alone over the first N PolNeAR texts (default 300): the nlp
 * layer runs first, untimed; an untimed warm-up over other documents lets JIT tiers and
 * per-word caches settle, as in a long-running ingest. Prints articles per CPU-second, the
 * one-off load time of the KB and the tagger model (and of the KB tables built on first use),
 * and a digest of the output, so a speed change can be checked to leave results unchanged. A
 * second pass over the same documents, reported apart, gives the steady-state figure.
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
// One-off costs the first article that needs them pays: the roles table (read on the first
// role query) and the office holders' surname index (built on the first titled-name query).
const rolesMs = cpuMs(() => getKb().rolesAt("", null));
const surnamesMs = cpuMs(() => getKb().titledHolder({ surname: "", title: "" }, null));
const corpus = textCorpus(undefined, n);
const run = (text: string, nlp: NlpLayer) =>
  findEntities({ text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt: "2016-10-01" });
if (!cold) for (const text of corpus.warmup) run(text, runNlp(text));
// As in the pipeline, each document's nlp layer is made just before its entities (and is warm in
// the CPU cache), untimed; only the entities stage is timed.
for (let r = 0; r < repeat; r++) for (const text of corpus.docs) run(text, runNlp(text));
const out: unknown[] = [];
let ms = 0;
for (const text of corpus.docs) {
  const nlp = runNlp(text);
  ms += cpuMs(() => out.push(run(text, nlp)));
}
// Steady state: the same documents again, every per-word and KB cache now holding their words
// (as in a long ingest, where few words are new): what the first-seen words cost is the difference.
let steadyMs = 0;
for (const text of corpus.docs) {
  const nlp = runNlp(text);
  steadyMs += cpuMs(() => run(text, nlp));
}
const digest = createHash("sha256").update(JSON.stringify(out));
console.log(
  `${corpus.name}: entities ${ms.toFixed(0)} ms CPU, ${(ms / out.length).toFixed(2)} ms/article, ` +
    `${((1000 * out.length) / ms).toFixed(0)} articles/s (steady state, caches warm: ${(steadyMs / out.length).toFixed(2)} ms/article, ` +
    `${((1000 * out.length) / steadyMs).toFixed(0)} articles/s); load: KB ${kbMs.toFixed(0)} ms, model ${modelMs.toFixed(0)} ms, ` +
    `first use: roles ${rolesMs.toFixed(0)} ms, surname index ${surnamesMs.toFixed(0)} ms; ` +
    `output ${digest.digest("hex").slice(0, 16)}`,
);
