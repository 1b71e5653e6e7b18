/** The learnt content-start model: loading, the fast score against its feature definition, and moves (texts written for these tests). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { EntenteError } from "../contract/errors.js";
import { contentTokens, startFeatures, startPositions } from "./boundary-features.js";
import { BOUNDARY_MODEL_PATH, boundaryModel, boundaryModelFrom, movesStart, refineStart, startScore } from "./boundary-model.js";
import { candidatesOf, run } from "./test-helpers.js";

const TEXT = [
  "The foreign minister told reporters on Tuesday in Geneva that the ceasefire would hold.",
  "Officials said privately, after the vote, the plan was dead.",
  "“We are ready,” the general said. She added: “Nobody should doubt it.”",
  "The union urged its members to reject the offer and warned that a strike was near.",
].join("\n\n");

test("a boundary model file of another version or shape is refused with E_DATA", () => {
  for (const bad of [
    { version: 2, note: "", start: {} },
    { version: 1, note: "", start: null },
  ]) {
    assert.throws(
      () => boundaryModelFrom(bad as never),
      (e: unknown) => e instanceof EntenteError && e.code === "E_DATA",
    );
  }
});

test("the stage's table score equals the summed weights of the training features at every position", () => {
  const model = boundaryModel();
  assert.ok(model, "data/models/attribution-boundaries.json is committed");
  const { ctx, candidates } = candidatesOf(TEXT);
  // The same file the stage loaded, read as plain feature weights.
  const file = JSON.parse(readFileSync(BOUNDARY_MODEL_PATH, "utf8")) as { start: Record<string, number> };
  const weights = new Map(Object.entries(file.start));
  let checked = 0;
  for (const c of candidates) {
    const { first, last, side } = contentTokens(ctx, c, c.contents[0] as [number, number]);
    if (first > last) continue;
    for (const k of startPositions(ctx, c, first, last)) {
      const expected = startFeatures(ctx, c, first, k, side).reduce((z, f) => z + (weights.get(f) ?? 0), 0);
      assert.ok(Math.abs(startScore(model, ctx, c, first, k, side) - expected) < 1e-9, `position ${k} of cue ${c.cue.lemma}`);
      checked++;
    }
  }
  assert.ok(checked > 10, `only ${checked} positions checked`);
});

test("a model that favours a one-token move moves an after-cue start by one token, never a before-cue one", () => {
  const model = boundaryModelFrom({ version: 1, note: "test", start: { "d=1": 5 } });
  const { ctx, candidates } = candidatesOf("The minister said the talks had failed. “It is over,” she said.");
  const after = candidates.find(
    (c) => c.cue.lemma === "say" && ctx.text.slice(...(c.contents[0] as [number, number])).startsWith("the talks"),
  );
  assert.ok(after);
  assert.equal(ctx.text.slice(...(refineStart(ctx, after, model).contents[0] as [number, number])), "talks had failed");
  const before = candidates.find((c) => ctx.text.slice(...(c.contents[0] as [number, number])).includes("It is over"));
  assert.ok(before);
  const { first, last, side } = contentTokens(ctx, before, before.contents[0] as [number, number]);
  assert.equal(movesStart(ctx, before, first, last, side), false);
  assert.equal(refineStart(ctx, before, model), before);
});

test("with the trained model every span still matches the text", () => {
  const a = run(TEXT);
  assert.ok(a.attributions.length >= 4);
  const ceasefire = a.attributions.find((x) => x.content.text.includes("ceasefire"));
  assert.equal(ceasefire?.content.text, "that the ceasefire would hold");
});
