import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { open } from "../store/index.js";
import { fixtureAnalyses, loadAnalyses } from "./fixtures/corpus.js";
import { generateAnalysis } from "./fixtures/generate.js";

test("hand-written fixtures and generated load articles are valid Analyses", () => {
  for (const a of fixtureAnalyses()) assertValidAnalysis(a);
  for (let i = 0; i < 40; i++) assertValidAnalysis(generateAnalysis(i));
});

test("the generator is deterministic and its articles are distinct, so none is stored as a duplicate", () => {
  assert.deepEqual(generateAnalysis(7), generateAnalysis(7));
  const store = open(":memory:");
  try {
    const ids = loadAnalyses(
      store,
      Array.from({ length: 60 }, (_, i) => generateAnalysis(i)),
    );
    assert.equal(new Set(ids).size, 60);
    assert.equal(store.stats().events, 120);
  } finally {
    store.close();
  }
});
