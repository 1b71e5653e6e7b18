/** Helpers shared by the attribution tests: run the stage on a text, find the attribution holding some words. */
import assert from "node:assert/strict";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Analysis, Attribution } from "../contract/analysis.js";
import { runNlp } from "../nlp/index.js";
import { documentFromText } from "../pipeline/analyze.js";
import { attributeText } from "./attribute-text.js";
import { makeContext } from "./context.js";
import { proposeCandidates } from "./index.js";

export function run(text: string): Analysis {
  const a = attributeText(text);
  assertValidAnalysis(a);
  return a;
}

/** The attribution whose content holds `words`. */
export function about(a: Analysis, words: string): Attribution {
  const at = a.document.text.indexOf(words);
  assert.ok(at >= 0, `fixture lacks ${words}`);
  const found = a.attributions.find((x) => x.content.start <= at && at + words.length <= x.content.end);
  assert.ok(found, `no attribution holds "${words}"; got ${JSON.stringify(a.attributions.map((x) => x.content.text))}`);
  return found;
}

/** The attribution context of a text and the candidates the rules propose (before the learnt steps). */
export function candidatesOf(text: string) {
  const nlp = runNlp(text);
  const ctx = makeContext(text, nlp.tokens, nlp.sentenceTokens, documentFromText(text).paragraphs);
  return { ctx, candidates: proposeCandidates(ctx).candidates };
}
