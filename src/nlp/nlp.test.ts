import assert from "node:assert/strict";
import { test } from "node:test";
import { runNlp } from "./index.js";

const texts = (text: string) => runNlp(text).tokens.map((t) => t.text);

test("tokens carry offsets into the text", () => {
  const text = "The envoy met officials in Kyiv on Friday.\n\nTalks resumed.";
  const nlp = runNlp(text);
  for (const t of nlp.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(nlp.sentences.length, 2);
});

test("a document's tokens do not depend on the documents read before it", () => {
  const probe = "Critics questioned the cost of the U.S. in money and the minister’s plan.";
  const fresh = texts(probe);
  // Words like "U.S" (no final period) would otherwise join wink's lexicon, and a later "U.S."
  // would be split into "U.S" + "."; the same goes for possessives first read whole.
  texts("Strange place names abound in the U.S for sure.");
  texts("The minister’s.plan and the U.S-led talks.");
  assert.deepEqual(texts(probe), fresh);
  assert.ok(fresh.includes("U.S."));
});
