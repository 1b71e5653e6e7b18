import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../nlp/index.js";
import { runNlp } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import { compileVerbDictionary } from "./cameo-dictionary.js";
import { buildLexicon } from "./lexicon.js";
import { parseCameo2Plover } from "./plover-map.js";
import { findTriggers } from "./triggers.js";

// A one-verb dictionary in the CAMEO/PETRARCH format, written for this test.
const DICT = `
---  WELCOME   [041]  ---
WELCOME
`;
const TABLE = `
04: CONSULT
041: CONSULT, discuss,  # Discuss by telephone
`;
const lex = buildLexicon(compileVerbDictionary(DICT), parseCameo2Plover(TABLE), false);

/** One actor mention over the first token whose text is `surface`. */
function mentionOf(tokens: readonly Token[], surface: string): ActorMention {
  const i = tokens.findIndex((t) => t.text === surface);
  const t = tokens[i] as Token;
  return { first: i, last: i + 1, start: t.start, end: t.end, entityId: null, country: "VLM", sector: null, kind: "country" };
}

function triggerWords(text: string, actor: string): string[] {
  const { tokens } = runNlp(text);
  const mentions = [mentionOf(tokens, actor)];
  return findTriggers(lex, tokens, 0, tokens.length, () => mentions).map((t) => (tokens[t.head] as Token).normal);
}

test("a dictionary verb the tagger reads as an adjective between an actor and a determiner is the verb", () => {
  const text = "Velmar and Ostria welcome a resumption of talks.";
  const { tokens } = runNlp(text);
  // The premise: the tagger misreads the verb here.
  assert.equal(tokens.find((t) => t.normal === "welcome")?.pos, "ADJ");
  assert.deepEqual(triggerWords(text, "Ostria"), ["welcome"]);
});

test("an adjective not right after an actor stays an adjective", () => {
  const text = "A welcome change came to Velmar after the vote.";
  assert.deepEqual(triggerWords(text, "Velmar"), []);
});
