import assert from "node:assert/strict";
import { test } from "node:test";
import { runNlp } from "../nlp/index.js";
import { compileVerbDictionary } from "./cameo-dictionary.js";
import { buildLexicon, getTriggerLexicon } from "./lexicon.js";
import { cameoToPlover, parseCameo2Plover } from "./plover-map.js";
import { findTriggers } from "./triggers.js";

// A dictionary in the CAMEO/PETRARCH format, written for this test.
const DICT = `
&ARMS
+RIFLES
+HEAVY GUNS

---  SHIP   [070]  ---
SHIP {SHIPS SHIPPED SHIPPING }
SEND
- * &ARMS                 [072]   # arms
- * (TO BORDER) TROOPS    [154]
- * GREETINGS             [---]
+SEND_BACK [0842]
`;

const TABLE = `
07: AID
070: AID,   ,  # Provide aid
072: AID,   ,   military # Provide military aid
08: RETREAT
0842: RETREAT, return,   legal # Return, release property
15: MOBILIZE
154: MOBILIZE, troops, military # Mobilize or increase armed forces
10: REQUEST
103: REQUEST, assist,  # Demand aid
`;

test("the verb dictionary compiler reads synsets, verbs, forms, patterns and multi-word verbs", () => {
  const t = compileVerbDictionary(DICT);
  assert.equal(t.verbs.ship?.code, "070");
  assert.equal(t.verbs.send?.block, t.verbs.ship?.block);
  assert.equal(t.forms.shipped, "ship");
  assert.deepEqual(t.synsets.ARMS, [["rifles"], ["heavy", "guns"]]);
  const block = t.blocks[t.verbs.ship?.block ?? -1] ?? [];
  assert.deepEqual(
    block.map((p) => p.code),
    ["072", "154", "---", "0842"],
  );
  assert.deepEqual(block[1]?.post, [[["to"]], [["border"]], [["troops"]]]);
});

test("the CAMEO→PLOVER table parses codes, modes and contexts; 02x reads as 10x; 01x has none", () => {
  const table = parseCameo2Plover(TABLE);
  assert.deepEqual(table["072"], ["AID", null, ["military"]]);
  assert.deepEqual(cameoToPlover(table, "0721"), { type: "AID", mode: null, context: ["military"] });
  assert.deepEqual(cameoToPlover(table, "023"), { type: "REQUEST", mode: "assist", context: [] });
  assert.equal(cameoToPlover(table, "010"), null);
  assert.equal(table["07"], undefined);
});

test("patterns refine the verb's code, '---' suppresses it, and words far from the verb do not count", () => {
  const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false);
  const code = (s: string) => {
    const nlp = runNlp(s);
    const [first, last] = nlp.sentenceTokens[0] as [number, number];
    return findTriggers(lex, nlp.tokens, first, last).map((t) => t.cameo);
  };
  assert.deepEqual(code("Ruritania shipped heavy guns to the rebels."), ["072"]);
  assert.deepEqual(code("Ruritania shipped grain to the rebels."), ["070"]);
  assert.deepEqual(code("Ruritania sent greetings."), []);
  assert.deepEqual(code("Ruritania sent back the seized trucks."), ["0842"]);
  assert.deepEqual(code("Ruritania shipped grain to the north while the rebels bought rifles."), ["070"]);
});

test("the committed CAMEO 2.0 tables load and code common verbs", () => {
  const lex = getTriggerLexicon();
  assert.ok(lex.verbs.size > 1000);
  const nlp = runNlp("Britain expelled two Iranian diplomats.");
  const [first, last] = nlp.sentenceTokens[0] as [number, number];
  const [t] = findTriggers(lex, nlp.tokens, first, last);
  assert.equal(t?.code?.type, "SANCTION");
});
