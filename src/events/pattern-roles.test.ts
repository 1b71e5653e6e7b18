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

// A dictionary in the PETRARCH format, written for this test: markers, `_` adjacency, synsets, "+++".
const DICT = `
&NEGAUX
+DID N'T
+WILL NOT

&TIES
+TRADE
+CULTURAL

---  HOST   [040]  ---
HOST {HOSTS HOSTED HOSTING }
- + * DINNER ^ $        [042]
- * FEAST WITH +        [043]

---  WELCOME   [041]  ---
WELCOME
- * &TIES_MEMOS         [912]
- * DULL_NEWS           [+++]

---  QUARREL   [111]  ---
QUARREL
- &NEGAUX * OVER        [904]
- * OVER                [121]

---  AGREE   [081]  ---
AGREE
- % *                   [030:030]

---  LEAVE   [012]  ---
LEAVE

---  LEFT   [042:043]  ---
LEFT

---  FIND   [---]  ---
FIND {FINDS FOUND FINDING }

---  FOUND   [040]  ---
FOUND

---  EXPRESS   [020]  ---
EXPRESS
- * HOPES               [024]

---  BOYCOTT   [191]  ---
BOYCOTT
- NEITHER *             [081]

---  REGRET   [111]  ---
REGRET {REGRETTED REGRETS }
- NOTED + *             [115]

---  WARN   [160]  ---
WARN
- * MEMOS ABOUT         [162]

---  BREAK   [---]  ---
BREAK {BROKE BROKEN }
- *_OFF TIES            [195]
`;

const TABLE = `
03: AGREE
030: AGREE,  , diplomatic # Express intent to cooperate
04: CONSULT
040: CONSULT,  ,  # Consult
041: CONSULT,  ,  # Discuss by telephone
042: CONSULT, visit,  # Make a visit
043: CONSULT, visit,  # Host a visit
08: CONCEDE
081: CONCEDE,   ,   legal # Ease administrative sanctions
12: REJECT
121: REJECT,  , # Reject
11: ACCUSE
111: ACCUSE, disapprove, # Criticize or denounce
19: SANCTION
195: SANCTION, , diplomatic # Break relations
`;

/** Three invented countries as a name lexicon. */
const NAMES: Record<string, string> = { velmar: "VLM", ostria: "OST", quenby: "QNB" };
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
  const cands = eventCandidates(
    { document, nlp, entities: [], times: [], attributions: [] },
    { triggers: lex, actors: names, publishedAt: null },
  );
  return cands.map((c) => {
    const a = c.event.actors.map((x) => x.country).join("+");
    const r = c.event.recipients.map((x) => x.country).join("+");
    return `${a}>${r}:${c.cameo}`;
  });
}

test("role markers pick source and target from actor mentions, '^' skips a phrase", () => {
  // "+ * DINNER ^ $": the one before the verb is the target, the one after the skipped phrase the source.
  assert.deepEqual(coded("Velmar is hosting a dinner for the envoys with Ostria."), ["OST>VLM:042"]);
  assert.deepEqual(coded("Velmar hosted a feast at Quenby with Ostria."), ["VLM>OST:043"]);
});

test("a '%' compound before the verb codes the compound towards itself, with the reciprocal code", () => {
  const document = documentFromText("Velmar and Ostria agree that the river must be shared.");
  const nlp = runNlp(document.text);
  const [c] = eventCandidates(
    { document, nlp, entities: [], times: [], attributions: [] },
    { triggers: lex, actors: names, publishedAt: null },
  );
  assert.ok(c);
  assert.equal(c.cameo, "030");
  assert.equal(c.reverseCameo, "030");
  assert.deepEqual(
    c.event.actors.map((x) => x.country),
    ["VLM", "OST"],
  );
  assert.deepEqual(c.event.recipients, []);
});

test("'_' demands adjacent words; synsets expand inside a tight group", () => {
  assert.deepEqual(coded("Velmar welcomed trade memos from Ostria."), ["VLM>OST:912"]);
  // "cultural internal memos": the synset word is not next to MEMOS, so only the verb's own code applies.
  assert.deepEqual(coded("Velmar welcomed cultural internal memos from Ostria."), ["VLM>OST:041"]);
  assert.deepEqual(coded("Velmar broke off ties with Ostria."), ["VLM>OST:195"]);
  assert.deepEqual(coded("Velmar broke its ties off with Ostria."), []);
});

test("a '+++' pattern is inactive, contractions match their TreeBank forms, unmapped codes stay untyped", () => {
  assert.deepEqual(coded("Velmar welcomed dull news from Ostria."), ["VLM>OST:041"]);
  assert.deepEqual(coded("Velmar didn't quarrel over Ostria."), ["VLM>OST:904"]);
  assert.deepEqual(coded("Velmar quarrelled over Ostria."), ["VLM>OST:121"]);
  const document = documentFromText("Velmar didn't quarrel over Ostria.");
  const nlp = runNlp(document.text);
  const [c] = eventCandidates(
    { document, nlp, entities: [], times: [], attributions: [] },
    { triggers: lex, actors: names, publishedAt: null },
  );
  assert.equal(c?.event.type, null);
});

test("a surface form with a block of its own is that verb unless the dictionary lists it as its lemma's form", () => {
  // LEFT is a headword of its own (a visit), not an inflection of LEAVE.
  assert.deepEqual(coded("Velmar left for Ostria on Monday."), ["VLM>OST:042"]);
  assert.deepEqual(coded("Velmar will leave Ostria on Monday."), ["VLM>OST:012"]);
  // FOUND is listed under FIND: "found" reads as the past of "find", whose block codes nothing.
  assert.deepEqual(coded("Velmar found Ostria in poor shape."), []);
});

test("the actor right after a matched pattern's final preposition is the recipient", () => {
  assert.deepEqual(coded("Velmar warned of memos about the Ostria on Monday."), ["VLM>OST:162"]);
  // No pattern names "about" here: a topic is no recipient, and the verb's own code needs one.
  assert.deepEqual(coded("Velmar warned about Ostria on Monday."), []);
});

test("the subject of a that-clause after the pattern's words and a day adjunct is the recipient", () => {
  assert.deepEqual(coded("Velmar expressed hopes that Ostria would sign the treaty."), ["VLM>OST:024"]);
  assert.deepEqual(coded("Velmar expressed hopes on Friday that Ostria would sign the treaty."), ["VLM>OST:024"]);
});

test("'neither A nor B' coordinates the actors, and a pre-verb pattern word may precede the subject", () => {
  assert.deepEqual(coded("Neither Velmar nor Ostria boycotted the talks with Quenby."), ["VLM+OST>QNB:081"]);
  assert.deepEqual(coded("Velmar and Ostria boycotted the talks with Quenby."), ["VLM+OST>QNB:191"]);
});

test("a pattern whose target is the verb's own subject takes its source from the pattern's earlier verb", () => {
  // "NOTED + *": Ostria regretted, and Velmar, who noted it, is the source.
  assert.deepEqual(coded("Velmar noted that Ostria regretted the decision."), ["VLM>OST:115"]);
});
