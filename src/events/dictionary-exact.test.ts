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

const NAMES: Record<string, string> = { velmar: "VLM", ostria: "OST" };
const names: ActorLexicon = {
  matchAt(tokens: readonly Token[], i: number): LexiconMatch | null {
    const c = NAMES[(tokens[i] as Token).normal];
    return c ? { length: 1, country: c, sector: null, kind: "country" } : null;
  },
  agentSector: () => null,
};

function codes(text: string, exact: boolean): string[] {
  const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false, exact);
  const document = documentFromText(text);
  const nlp = runNlp(document.text);
  return eventCandidates({ document, nlp, entities: [], times: [], attributions: [] }, { triggers: lex, actors: names, publishedAt: null })
    .map((c) => c.cameo ?? "")
    .filter((c) => c !== "");
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
