import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const names = (text: string) =>
  findEntitiesInText(text, null).flatMap((e) =>
    e.mentions.filter((m) => m.kind === "name" || m.kind === "metonym").map((m) => `${e.kind}:${m.kind}:${m.text}`),
  );

test("a capital opening a dateline is the place the story was filed, not its government", () => {
  const found = names("BRUSSELS 2021-03-04\n\nThe ministers met for six hours. Brussels said the talks would go on.");
  assert.ok(found.includes("location:name:BRUSSELS"), found.join(", "));
});

test("an unknown place in capitals before a date, or before a region and a date, is a location", () => {
  assert.deepEqual(names("TALVORA 12 May\n\nFarmers blocked the road."), ["location:name:TALVORA"]);
  const found = names("PORT-AU-VENT , Ostria 2019-01-02\n\nThe mayor resigned.");
  assert.ok(found.includes("location:name:PORT-AU-VENT"), found.join(", "));
});

test("a dash after a known place in capitals opens a dateline; after a section word it does not", () => {
  assert.ok(names("MOSCOW — The talks ended without a deal.").includes("location:name:MOSCOW"));
  const headline = names("TENNIS - NORWAY WIN OPENING TIE");
  assert.ok(!headline.some((n) => n.endsWith(":TENNIS")), headline.join(", "));
});

test("capitals before a number that is no date, or with a function word, are no dateline", () => {
  const found = names("OFFICE HAS MOVED TO 4783 Harbour Road");
  assert.ok(!found.some((n) => n.startsWith("location:") && n.includes("HAS")), found.join(", "));
  assert.ok(!names("A 40 percent rise was reported.").some((n) => n.startsWith("location:")));
});
