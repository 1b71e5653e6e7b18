import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

test("a leader's surname before 'administration' names that government, and the surname stays the person", () => {
  const ents = findEntitiesInText("Officials of the Obama administration met Chinese diplomats on Tuesday.", "2010-06-01");
  const gov = ents.find((e) => e.mentions.some((m) => m.text === "Obama administration"));
  assert.equal(gov?.kbId, "USAGOV");
  assert.equal(gov?.mentions.find((m) => m.text === "Obama administration")?.kind, "description");
  const person = ents.find((e) => e.mentions.some((m) => m.text === "Obama" && m.kind === "name"));
  assert.equal(person?.kind, "person");
});

test("the government is the one its leader of that surname led at the article's date", () => {
  const ents = findEntitiesInText("The Blair government announced new rules for schools.", "2004-02-01");
  assert.equal(ents.find((e) => e.mentions.some((m) => m.text === "Blair government"))?.kbId, "GBRGOV");
});

test("a surname no leader bore before 'government' is left alone", () => {
  const ents = findEntitiesInText("The Zandervoort government announced new rules.", "2004-02-01");
  assert.ok(!ents.some((e) => e.kbId?.endsWith("GOV")), JSON.stringify(ents.map((e) => e.kbId)));
});
