import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { analyze, checkStageOrder, STAGES } from "./analyze.js";

test("stages are composed in an order where every read layer is already written", () => {
  assert.doesNotThrow(() => checkStageOrder(STAGES));
  const [first, ...rest] = STAGES;
  assert.throws(() => checkStageOrder([...rest, first!]), /reads/);
});

test("analyze returns a valid Analysis with paragraphs and sentences", () => {
  const a = analyze({ id: "x", text: "Putin met Xi in Beijing on Thursday. They talked.\n\nA second paragraph follows here." });
  assertValidAnalysis(a);
  assert.equal(a.schemaVersion, "1");
  assert.equal(a.id, "x");
  assert.equal(a.document.paragraphs.length, 2);
  assert.equal(a.sentences.length, 3);
  assert.equal(a.document.text.slice(a.sentences[2]!.start, a.sentences[2]!.end), "A second paragraph follows here.");
});

test("a given publication date is kept with source 'given'", () => {
  const a = analyze({ id: "d", text: "Talks resumed on Monday.", publishedAt: "2024-05-14" });
  assert.equal(a.document.publishedAt, "2024-05-14");
  assert.equal(a.document.publishedAtSource, "given");
});

test("documentFromText keeps the text byte for byte and marks paragraphs", async () => {
  const { analyzeDocument, documentFromText } = await import("./analyze.js");
  const text = "Headline here\n\nJune 13, 2005\n\nBody  text with  double spaces.";
  const a = analyzeDocument("m", documentFromText(text, "2005-06-13"));
  assertValidAnalysis(a);
  assert.equal(a.document.text, text);
  assert.deepEqual(
    a.document.paragraphs.map((p) => text.slice(p.start, p.end)),
    ["Headline here", "June 13, 2005", "Body  text with  double spaces."],
  );
});
