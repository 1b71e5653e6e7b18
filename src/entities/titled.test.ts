import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const people = (text: string, date: string) =>
  findEntitiesInText(text, date)
    .filter((e) => e.kind === "person")
    .map((e) => ({ text: e.mentions[0]?.text, kbId: e.kbId, country: e.country }));

test("a title and a surname resolve to the office holder nearest the article's date", () => {
  const [merkel] = people("Chancellor Merkel arrived on Tuesday.", "2010-03-02");
  assert.equal(merkel?.kbId, "PER:angela-merkel");
  assert.equal(merkel?.country, "DEU");
  const [blair] = people("The talks went on, Prime Minister Blair said.", "2003-02-11");
  assert.equal(blair?.kbId, "PER:tony-blair");
});

test("a sentence-initial title still marks the next word as a person", () => {
  const found = people("President Obama spoke first.", "2012-06-01");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.kbId, "PER:barack-obama");
});

test("a hyphenated particle stays inside the name", () => {
  const [p] = people("President Omar el-Bashir met officials in the capital.", "2005-05-01");
  assert.equal(p?.text, "Omar el-Bashir");
  assert.equal(p?.country, "SDN");
});

test("an unknown surname with a title stays a person without a KB identity", () => {
  const [p] = people("Senator Quillfeather objected.", "2019-01-01");
  assert.equal(p?.kbId, null);
});
