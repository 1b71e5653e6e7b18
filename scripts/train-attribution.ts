/**
 * Trains the attribution cue lexicon from the PolNeAR train split:
 *   npx tsx scripts/train-attribution.ts [--data DIR] [--out data/models/attribution-cues.json]
 * For every verb, noun and adjective lemma it counts how often the word occurs outside quotations
 * and how often it lies inside an annotated cue span, overall and per frame (the kind of word
 * before and after it, src/attribution/frames.ts). Only these counts are written (no text):
 * PolNeAR has no licence, so what we keep from it is a small table of word statistics (see
 * data/models/SOURCES-attribution.md).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CueModel } from "../src/attribution/cues.js";
import { cueClass, frameOf, lemmaKey } from "../src/attribution/frames.js";
import { findQuotes, quoteAt } from "../src/attribution/quotes.js";
import { defaultDataDir, repoRoot } from "../src/eval/data-dir.js";
import { loadBratSplit } from "../src/eval/loaders/brat.js";
import { runNlp } from "../src/nlp/index.js";
import { documentFromText } from "../src/pipeline/analyze.js";

/** Verb lemmas seen as a cue fewer times than this are left out (they cannot pass the stage's thresholds). */
const MIN_CUE_COUNT = 2;
/** Nouns and adjectives need more evidence: most of their uses are not cues. */
const MIN_NOMINAL_CUE_COUNT = 4;
/** A frame is kept when it was seen at least this often (rarer ones fall back to the lemma's share). */
const MIN_FRAME_SEEN = 4;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

type Counts = [number, number];
const bump = (m: Map<string, Counts>, k: string, isCue: boolean) => {
  const c = m.get(k) ?? [0, 0];
  c[1]++;
  if (isCue) c[0]++;
  m.set(k, c);
};

const dataDir = arg("--data", defaultDataDir("attribution-polnear"));
const outPath = arg("--out", join(repoRoot, "data/models/attribution-cues.json"));
const articles = loadBratSplit(dataDir, "train");
const perLemma = new Map<string, Counts>();
const perFrame = new Map<string, Map<string, Counts>>();
for (const a of articles) {
  const inCue = new Uint8Array(a.text.length);
  for (const g of a.attributions) for (const f of g.cue) inCue.fill(1, f.start, f.end);
  const quotes = findQuotes(a.text, documentFromText(a.text).paragraphs);
  const tokens = runNlp(a.text).tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const cls = t ? cueClass(t) : null;
    // Words inside quotations are the quoted speaker's; the stage never takes them as cues.
    if (!t || !cls || quoteAt(quotes, t.start) >= 0 || !/^[a-z][a-z'-]*$/.test(t.lemma)) continue;
    const key = lemmaKey(t.lemma, cls);
    const isCue = inCue[t.start] === 1;
    bump(perLemma, key, isCue);
    const frames = perFrame.get(key) ?? new Map<string, Counts>();
    bump(frames, frameOf(tokens, i), isCue);
    perFrame.set(key, frames);
  }
}
const lemmas: CueModel["lemmas"] = {};
const frames: CueModel["frames"] = {};
for (const key of [...perLemma.keys()].sort()) {
  const c = perLemma.get(key) as Counts;
  const min = key.endsWith("|V") ? MIN_CUE_COUNT : MIN_NOMINAL_CUE_COUNT;
  if (c[0] < min) continue;
  lemmas[key] = c;
  const kept: Record<string, Counts> = {};
  for (const [f, fc] of [...(perFrame.get(key) ?? [])].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (fc[1] >= MIN_FRAME_SEEN) kept[f] = fc;
  frames[key] = kept;
}
const model: CueModel = {
  version: 2,
  note: "lemma|class -> [times inside an annotated cue, times seen outside quotations]; frames: the same per 'before>after' word class (src/attribution/frames.ts). PolNeAR v1.0.0 train (840 articles, first annotator per article). Counts only, no text.",
  lemmas,
  frames,
};
writeFileSync(outPath, `${JSON.stringify(model)}\n`);
process.stdout.write(`${articles.length} articles, ${Object.keys(lemmas).length} lemmas -> ${outPath}\n`);
