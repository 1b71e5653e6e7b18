/** The learnt candidate filter: model loading, scoring, features, and its effect on the stage (texts written for these tests). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { EntenteError } from "../contract/errors.js";
import type { Candidate } from "./candidates.js";
import { attributionClassifier, candidateProbability, classifierFrom, probability } from "./classifier.js";
import { candidateFeatures, featureKey, featureParts } from "./features.js";
import { selectCandidates } from "./resolve.js";
import { about, candidatesOf, run } from "./test-helpers.js";

test("a model file of another version or shape is refused with E_DATA", () => {
  for (const bad of [
    { version: 2, note: "", threshold: 0.5, weights: {} },
    { version: 1, note: "", threshold: "x", weights: {} },
  ]) {
    assert.throws(
      () => classifierFrom(bad as never),
      (e: unknown) => e instanceof EntenteError && e.code === "E_DATA",
    );
  }
});

test("the probability is the logistic of the summed weights of the features present", () => {
  const clf = classifierFrom({ version: 1, note: "", threshold: 0.5, weights: { bias: -1, "l=say": 3 } });
  assert.equal(probability(clf, ["bias"]), 1 / (1 + Math.exp(1)));
  assert.equal(probability(clf, ["bias", "l=say", "unseen"]), 1 / (1 + Math.exp(-2)));
});

test("features describe the cue, the speaker and the content by word class, not by text", () => {
  const { ctx, candidates } = candidatesOf("The ministry said that the border would reopen.");
  assert.equal(candidates.length, 1);
  const f = candidateFeatures(ctx, candidates[0] as never);
  for (const expected of ["bias", "l=say", "src=noun", "ck=that", "side=before|after", "quoted=false"])
    assert.ok(f.includes(expected), expected);
  assert.ok(!f.some((x) => /ministry|border/.test(x)));
});

test("the trained filter keeps plain reports and drops a verb of saying used without a report", () => {
  assert.ok(attributionClassifier(), "data/models/attribution-classifier.json is present");
  assert.equal(
    about(run("Officials in Kyiv said the talks would resume next week."), "talks would resume").source?.text,
    "Officials in Kyiv",
  );
  assert.equal(about(run("“We are ready,” the envoy told reporters."), "We are ready").source?.text, "the envoy");
  // Verbs that can report ("continued to insist", "found that") used here for plain actions.
  for (const text of ["The company continued its expansion in Asia.", "She found her keys under the sofa."]) {
    assert.equal(candidatesOf(text).candidates.length, 1, `the rules propose "${text}"`);
    assert.deepEqual(run(text).attributions, [], `the filter drops "${text}"`);
  }
});

test("overlapping candidates: the one the filter finds more likely is chosen, whatever its cue", () => {
  const { ctx, candidates } = candidatesOf("The ministry said that the border would reopen.");
  const c = candidates[0] as Candidate;
  const weak: Candidate = { ...c, cue: { ...c.cue, core: false, prob: 0.3 }, score: 0.9 };
  const strong: Candidate = { ...c, score: 0.4 };
  assert.deepEqual(selectCandidates(ctx, [strong, weak]), [weak]);
  assert.deepEqual(selectCandidates(ctx, [{ ...weak, score: 0.2 }, strong]), [strong]);
});

test("the stage's scoring by feature parts equals the probability of the feature strings, to the last bit", () => {
  const clf = attributionClassifier();
  assert.ok(clf);
  const text =
    "“We will not sign,” the envoy said. Officials in Kyiv said the talks would resume, according to a statement. " +
    "She denied that she had met him, and he believes they lied.";
  const { ctx, candidates } = candidatesOf(text);
  assert.ok(candidates.length >= 4);
  for (const c of candidates) assert.equal(candidateProbability(clf, ctx, c), probability(clf, candidateFeatures(ctx, c)));
});

test("every key of the model file splits into parts that spell it again", () => {
  const clf = attributionClassifier();
  assert.ok(clf);
  for (const key of clf.weights.keys()) {
    const [t, a, b, c, ...rest] = featureParts(key);
    assert.deepEqual(rest, [], key);
    assert.equal(featureKey(t as string, a, b, c), key);
  }
});
