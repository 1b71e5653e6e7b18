import assert from "node:assert/strict";
import { test } from "node:test";
import { nerTypeOf, predictedKeys } from "./ner.js";

test("NER typing: people PER, organisations ORG, places LOC, a place name read as its government LOC", () => {
  assert.equal(nerTypeOf("person"), "PER");
  assert.equal(nerTypeOf("organization"), "ORG");
  assert.equal(nerTypeOf("country"), "LOC");
  assert.equal(nerTypeOf("organization", "metonym"), "LOC");
});

test("predicted keys type a capital that speaks for its government as LOC, a person as PER", () => {
  const text = "Beijing said on Monday that Kofi Annan would visit.";
  const keys = predictedKeys(text);
  assert.ok(keys.includes(`0:7:LOC`), keys.join(" "));
  assert.ok(keys.includes(`${text.indexOf("Kofi")}:${text.indexOf(" would")}:PER`), keys.join(" "));
});
