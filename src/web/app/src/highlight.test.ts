import assert from "node:assert/strict";
import { test } from "node:test";
import { buildAnalysis } from "../../../server/fixtures/build.ts";
import { LAYERS, marksOf, segments } from "./highlight.ts";

const analysis = buildAnalysis({
  id: "h",
  title: "t",
  publishedAt: "2024-01-02",
  paragraphs: ['Peru said "Ecuador will sign on Monday." The deal is worth $5 million.'],
  entities: [
    { id: "e1", name: "Peru", kind: "country", country: "PER", mentions: ["Peru"] },
    { id: "e2", name: "Ecuador", kind: "country", country: "ECU", mentions: ["Ecuador"] },
  ],
  quotes: [{ speaker: "e1", source: "Peru", cue: "said", content: '"Ecuador will sign on Monday."' }],
  events: [{ type: "AGREE", trigger: "sign", actors: [["e2", "Ecuador"]], recipients: [["e1", "Peru"]], intensity: 3, modality: "future" }],
  times: [{ at: "Monday", value: "2024-01-08" }],
  quantities: [{ at: "$5 million", value: 5e6, unit: "USD", kind: "money" }],
});

test("segments cover the text exactly once, in order, and carry every covering mark", () => {
  const marks = marksOf(analysis, new Set(LAYERS));
  const text = analysis.document.text;
  const segs = segments(0, text.length, marks);
  assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(""), text);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
  const ecuador = segs.find((s) => text.slice(s.start, s.end) === "Ecuador")!;
  // inside the quote: both the entity and the quote mark, the shorter (entity) first
  assert.deepEqual(
    ecuador.marks.map((m) => m.layer),
    ["entities", "quotes"],
  );
  const sign = segs.find((s) => text.slice(s.start, s.end) === "sign")!;
  assert.match(sign.marks[0]!.cls, /event-coop mod-future/);
  assert.ok(segs.some((s) => s.marks.some((m) => m.layer === "quantities" && m.label.includes("USD"))));
});

test("switching a layer off removes its marks", () => {
  const marks = marksOf(analysis, new Set(["times"] as const));
  assert.deepEqual(
    marks.map((m) => analysis.document.text.slice(m.start, m.end)),
    ["Monday"],
  );
});
