/**
 * Compiles the CAMEO verb-pattern dictionary (CAMEO.2.0.txt, MIT, OEDA) and the CAMEO→PLOVER
 * table (CAMEO2PLOVER-2021.txt, CC BY-SA 4.0) into data/events/*.json, lemma-keyed for speed.
 * Usage: npx tsx scripts/build-event-patterns.ts [SHARED_DATA_DIR]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, sharedDataRoot } from "../src/eval/data-dir.js";
import { compileVerbDictionary } from "../src/events/cameo-dictionary.js";
import { parseCameo2Plover } from "../src/events/plover-map.js";

const dataRoot = process.argv[2] ?? sharedDataRoot();
const outDir = join(repoRoot, "data", "events");

const verbs = compileVerbDictionary(readFileSync(join(dataRoot, "kb-cameo-phoenix", "CAMEO.2.0.txt"), "latin1"));
const plover = parseCameo2Plover(readFileSync(join(dataRoot, "events-plover", "CAMEO2PLOVER-2021.txt"), "utf8"));

writeFileSync(join(outDir, "cameo-verbs.json"), `${JSON.stringify(verbs)}\n`);
writeFileSync(join(outDir, "cameo2plover.json"), `${JSON.stringify(plover, null, 1)}\n`);
const patterns = verbs.blocks.reduce((n, b) => n + b.length, 0);
process.stdout.write(
  `cameo-verbs.json: ${Object.keys(verbs.verbs).length} verbs, ${verbs.blocks.length} blocks, ${patterns} patterns; cameo2plover.json: ${Object.keys(plover).length} codes\n`,
);
