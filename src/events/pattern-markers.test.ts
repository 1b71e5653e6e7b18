import assert from "node:assert/strict";
import { test } from "node:test";
import { compileVerbDictionary } from "./cameo-dictionary.js";
import { codedWith, countryNames } from "./dictionary.test-support.js";
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
const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false, true);
const names = countryNames({ velmar: "VLM", ostria: "OST" });
const coded = (text: string) => codedWith(lex, names, text);

test("a role marker before the verb reaches over a raising verb and its 'to' ('X was seen to …')", () => {
  assert.deepEqual(coded("Velmar stumbled amid an Ostria parade."), ["OST>VLM:075"]);
  assert.deepEqual(coded("Velmar was seen to stumble amid an Ostria parade."), ["OST>VLM:075"]);
});

test("a noun between the marked actor and the verb is no verb group: the pattern does not match", () => {
  assert.deepEqual(coded("Velmar guards seen to stumble amid an Ostria parade."), []);
});
