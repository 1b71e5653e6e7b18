import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const placeOf = (text: string, surface: string) =>
  findEntitiesInText(text, "2012-05-01").find((e) => e.mentions.some((m) => m.text === surface && m.kind === "name"));

test("a place name two countries share is read in the country the article names", () => {
  const lebanon = placeOf("Gunmen clashed in Tripoli overnight, Lebanese security sources said.", "Tripoli");
  assert.equal(lebanon?.country, "LBN");
  const libya = placeOf("Militias in Tripoli rejected the plan, Libya's interim council said.", "Tripoli");
  assert.equal(libya?.country, "LBY");
});

test("with neither country named, the capital of that name is meant", () => {
  assert.equal(placeOf("Flights to Tripoli resumed on Monday.", "Tripoli")?.country, "LBY");
});

test("regions and towns in the news are known places of their country", () => {
  assert.equal(placeOf("Floods swept across Sindh after the monsoon.", "Sindh")?.country, "PAK");
  assert.equal(placeOf("Troops pulled back from Jericho at dawn.", "Jericho")?.country, "PSE");
  const tigers = findEntitiesInText("The Liberation Tigers said they would talk.", null).find((e) => e.kbId === "GRP:ltte");
  assert.ok(tigers, "a partial name of the LTTE links to it");
});
