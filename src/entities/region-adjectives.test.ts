import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { runNlp } from "../nlp/index.js";
import { analyzeDocument, documentFromText } from "../pipeline/analyze.js";
import { dropRegionAdjectives } from "./region-adjectives.js";
import { ruleCandidate, type TextView } from "./types.js";

const viewOf = (text: string): TextView => {
  const nlp = runNlp(text);
  return { text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt: null };
};

/** Rule candidates over each listed phrase of the text, as a finder might have guessed them. */
function guessed(view: TextView, phrases: string[]) {
  return phrases.map((p) => {
    const start = view.text.indexOf(p);
    const first = view.tokens.findIndex((t) => t.start === start);
    const end = view.tokens.findIndex((t) => t.end === start + p.length) + 1;
    return ruleCandidate(first, end, "ORG", false);
  });
}

test("a region word before a demonym is an adjective, not a name", () => {
  const view = viewOf("Weak North American demand hit Latin American sales, but West Africa grew and Central Bank rose.");
  const kept = dropRegionAdjectives(view, guessed(view, ["North American", "Latin American", "West Africa", "Central Bank"]));
  const texts = kept.map((c) =>
    view.text.slice((view.tokens[c.first] as { start: number }).start, (view.tokens[c.end - 1] as { end: number }).end),
  );
  assert.deepEqual(texts, ["West Africa", "Central Bank"]);
});

test("a country demonym the KB knows stays a demonym mention", () => {
  const text = "South African officials met the North Koreans in Geneva.";
  const a = analyzeDocument("t", documentFromText(text, "2021-05-01"));
  assertValidAnalysis(a);
  const found = a.entities.flatMap((e) => e.mentions.map((m) => `${m.kind}:${m.text}`));
  assert.ok(found.includes("demonym:South African"), found.join(", "));
});
