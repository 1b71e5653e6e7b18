import assert from "node:assert/strict";
import { test } from "node:test";
import { compileVerbDictionary } from "./cameo-dictionary.js";
import { codedWith, countryNames } from "./dictionary.test-support.js";
import { buildLexicon } from "./lexicon.js";
import { parseCameo2Plover } from "./plover-map.js";

// A small dictionary in the CAMEO/PETRARCH format, written for this test.
const DICT = `
&PACTS
+ACCORD
+TREATY

---  DROP   [345]  ---
DROP {DROPS DROPPED DROPPING }
- * ATTEMPT  [987]
- * &PACTS  [901]
`;
const TABLE = `
03: COOPERATE
`;

const names = countryNames({ velmar: "VLM", ostria: "OST" });

/** The CAMEO codes of the text's candidates. */
function codes(text: string, exact: boolean): string[] {
  const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false, exact);
  return codedWith(lex, names, text).map((c) => c.slice(c.indexOf(":") + 1));
}

test("dictionary-exact coding matches a plain pattern word as written, a synset member also in the plural", () => {
  assert.deepEqual(codes("Velmar dropped the attempt to reach Ostria.", true), ["987"]);
  // "ATTEMPT" is not "attempts" for PETRARCH: the verb's own code applies.
  assert.deepEqual(codes("Velmar dropped attempts to reach Ostria.", true), ["345"]);
  // Synset members match their plurals too ("treaties" for TREATY).
  assert.deepEqual(codes("Velmar dropped the treaties with Ostria.", true), ["901"]);
});

test("our own coding matches pattern words by lemma", () => {
  const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false, false);
  const slot = lex.verbs.get("drop")?.patterns.byFirstPost.get("attempt")?.[0]?.post[0];
  assert.ok(slot?.words.has("attempt"));
  assert.equal(slot?.literal.size, 0);
});
