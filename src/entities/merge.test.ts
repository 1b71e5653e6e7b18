import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const mentions = (text: string) =>
  findEntitiesInText(text, "2024-05-14").flatMap((e) =>
    e.mentions.filter((m) => m.kind === "name").map((m) => ({ text: m.text, kind: e.kind, kbId: e.kbId })),
  );

test("KB names run together where a link was lost are separated again", () => {
  const text = "The Chinese leader will welcome Vladimir Putin China on Thursday for talks.";
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === "Vladimir Putin" && m.kind === "person" && m.kbId === "PER:vladimir-putin"));
  assert.ok(found.some((m) => m.text === "China" && m.kind === "country"));
  assert.ok(!found.some((m) => m.text.includes("Putin China")));
});

test("a name that is one KB entry is not split into pieces", () => {
  const found = mentions("Officials from Papua New Guinea and Bosnia and Herzegovina met in Geneva.");
  assert.ok(found.some((m) => m.text === "Papua New Guinea"));
});

test("a titled person inside a phrase the tagger calls miscellaneous is still found", () => {
  const text = "Chinese President Xi Jinping will host the summit next week, the ministry said.";
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === "Xi Jinping" && m.kind === "person" && m.kbId === "PER:xi-jinping"));
});

test("a bare surname-first name is the person named in full before, whatever its tagged type", () => {
  const entities = findEntitiesInText(
    "Chinese President Xi Jinping will host the summit. In Europe, Xi had to do just that. Xi intensified his calls for Europe to help.",
    "2024-05-14",
  );
  const xi = entities.find((e) => e.kbId === "PER:xi-jinping");
  assert.equal(xi?.kind, "person");
  assert.deepEqual(
    xi?.mentions.filter((m) => m.kind === "name").map((m) => m.text),
    ["Xi Jinping", "Xi", "Xi"],
  );
  assert.ok(!entities.some((e) => e.kind !== "person" && e.mentions.some((m) => m.text === "Xi")));
});
