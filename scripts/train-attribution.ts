/**
 * Trains the attribution cue lexicon from the PolNeAR train split:
 *   npx tsx scripts/train-attribution.ts [--data DIR] [--out data/models/attribution-cues.json]
 * For every verb lemma it counts how often the verb occurs outside quotations and how often it
 * lies inside an annotated cue span. Only these counts are written (no text): PolNeAR has no licence, so what
 * we keep from it is a small table of word statistics (see data/models/SOURCES-attribution.md).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CueModel } from "../src/attribution/cues.js";
import { findQuotes, quoteAt } from "../src/attribution/quotes.js";
import { defaultDataDir, repoRoot } from "../src/eval/data-dir.js";
import { loadBratSplit } from "../src/eval/loaders/brat.js";
import { runNlp } from "../src/nlp/index.js";
import { documentFromText } from "../src/pipeline/analyze.js";

/** Lemmas seen as a cue fewer times than this are left out (they cannot pass the stage's thresholds). */
const MIN_CUE_COUNT = 2;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const dataDir = arg("--data", defaultDataDir("attribution-polnear"));
const outPath = arg("--out", join(repoRoot, "data/models/attribution-cues.json"));
const articles = loadBratSplit(dataDir, "train");
const seen = new Map<string, number>();
const cue = new Map<string, number>();
for (const a of articles) {
  const inCue = new Uint8Array(a.text.length);
  for (const g of a.attributions) for (const f of g.cue) inCue.fill(1, f.start, f.end);
  const quotes = findQuotes(a.text, documentFromText(a.text).paragraphs);
  for (const t of runNlp(a.text).tokens) {
    // Verbs inside quotations are the quoted speaker's words; the stage never takes them as cues.
    if (t.pos !== "VERB" || quoteAt(quotes, t.start) >= 0) continue;
    seen.set(t.lemma, (seen.get(t.lemma) ?? 0) + 1);
    if (inCue[t.start]) cue.set(t.lemma, (cue.get(t.lemma) ?? 0) + 1);
  }
}
const lemmas: Record<string, [number, number]> = {};
for (const lemma of [...cue.keys()].sort()) {
  const c = cue.get(lemma) ?? 0;
  if (c >= MIN_CUE_COUNT && /^[a-z][a-z'-]*$/.test(lemma)) lemmas[lemma] = [c, seen.get(lemma) ?? c];
}
const model: CueModel = {
  version: 1,
  note: "Verb lemma -> [times inside an annotated cue, times seen as a verb outside quotations] in PolNeAR v1.0.0 train (840 articles, first annotator per article). Counts only, no text.",
  lemmas,
};
writeFileSync(outPath, `${JSON.stringify(model)}\n`);
process.stdout.write(`${articles.length} articles, ${Object.keys(lemmas).length} lemmas -> ${outPath}\n`);
