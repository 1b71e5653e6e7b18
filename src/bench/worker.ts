/** Child process for one benchmark case: `tsx worker.ts CASE_INDEX LIMIT [CORPUS_DIR]`; prints one JSON line. */
import { CASES } from "./cases.js";
import { countWords, htmlCorpus, textCorpus } from "./corpus.js";

const [idx, limitArg, corpusDir] = process.argv.slice(2);
const c = CASES[Number(idx)];
if (!c) throw new Error(`no bench case ${idx}`);
const limit = Number(limitArg);
const corpus = c.input === "html" ? htmlCorpus(limit) : textCorpus(corpusDir || undefined, limit);
if (!corpus) {
  process.stdout.write(`${JSON.stringify({ name: c.name, skipped: "AEB pages not found under ../shared/data" })}\n`);
} else {
  const run = await c.setup();
  // Untimed warm-up on other documents (else the first measured ones), so JIT tiers, lazy loading
  // and per-word caches settle as in a long-running ingest; every case, peers included, gets the same.
  run(corpus.warmup.length > 0 ? corpus.warmup : corpus.docs.slice(0, Math.min(5, corpus.docs.length)));
  const t0 = performance.now();
  const out = run(corpus.docs);
  const seconds = (performance.now() - t0) / 1000;
  const words = corpus.docs.reduce((n, d) => n + countWords(d), 0);
  process.stdout.write(
    `${JSON.stringify({
      name: c.name,
      corpus: corpus.name,
      articles: corpus.docs.length,
      words,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      stages: out.stages ?? null,
    })}\n`,
  );
}
