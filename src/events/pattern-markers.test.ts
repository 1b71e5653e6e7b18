import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../nlp/index.js";
import { runNlp } from "../nlp/index.js";
import { documentFromText } from "../pipeline/analyze.js";
import type { ActorLexicon, LexiconMatch } from "./actors.js";
import { compileVerbDictionary } from "./cameo-dictionary.js";
import { eventCandidates } from "./extract.js";
import { buildLexicon } from "./lexicon.js";
import { parseCameo2Plover } from "./plover-map.js";

// A one-verb dictionary in the CAMEO/PETRARCH format, written for this test: the actor before
// the verb is the target, the one after "amid" the source.
const DICT = `
---  STUMBLE   [190]  ---
STUMBLE
- + * AMID $  [075]
`;
const TABLE = `
07: AID
075: AID,   ,  # Grant asylum
19: ASSAULT
190: ASSAULT,   ,  # Use conventional force
`;
const NAMES: Record<string, string> = { velmar: "VLM", ostria: "OST" };
const names: ActorLexicon = {
  matchAt(tokens: readonly Token[], i: number): LexiconMatch | null {
    const c = NAMES[(tokens[i] as Token).normal];
    return c ? { length: 1, country: c, sector: null, kind: "country" } : null;
  },
  agentSector: () => null,
};
const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false, true);

function coded(text: string): string[] {
  const document = documentFromText(text);
  const nlp = runNlp(document.text);
  return eventCandidates(
    { document, nlp, entities: [], times: [], attributions: [] },
    { triggers: lex, actors: names, publishedAt: null },
  ).map((c) => `${c.event.actors.map((a) => a.country).join("+")}>${c.event.recipients.map((a) => a.country).join("+")}:${c.cameo}`);
}

test("a role marker before the verb reaches over a raising verb and its 'to' ('X was seen to …')", () => {
  assert.deepEqual(coded("Velmar stumbled amid an Ostria parade."), ["OST>VLM:075"]);
  assert.deepEqual(coded("Velmar was seen to stumble amid an Ostria parade."), ["OST>VLM:075"]);
});

test("a noun between the marked actor and the verb is no verb group: the pattern does not match", () => {
  assert.deepEqual(coded("Velmar guards seen to stumble amid an Ostria parade."), []);
});
