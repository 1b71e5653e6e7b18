import assert from "node:assert/strict";
import { test } from "node:test";
import { nameCore, withoutTitles } from "./meantime.js";

const core = (np: string, person = false): string => {
  const words = np.split(" ");
  let c = nameCore(words);
  if (!c) return "";
  if (person) c = withoutTitles(words, c);
  return words.slice(c[0], c[1]).join(" ");
};

test("the proper-name core of a whole noun phrase", () => {
  assert.equal(core("the Dutch shipbuilder , Van Rijn Werf"), "Van Rijn Werf");
  assert.equal(core("The Harbour Authority"), "Harbour Authority");
  assert.equal(core("Bank of Lisbon ( BoL )"), "Bank of Lisbon");
  assert.equal(core("the new plant"), "");
});

test("a person's leading titles are left out only when a plain name follows", () => {
  assert.equal(core("Senator Maria Okafor", true), "Maria Okafor");
  assert.equal(core("Mr. Tan Wei Ling", true), "Tan Wei Ling");
  assert.equal(core("Vice President Ana Costa", true), "Ana Costa");
  assert.equal(core("Prime Minister of Norland", true), "Prime Minister of Norland");
  assert.equal(core("President", true), "President");
  // organisations keep their words ("General" starts a company name)
  assert.equal(core("General Turbines", false), "General Turbines");
});
