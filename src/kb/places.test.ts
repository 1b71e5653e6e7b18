import assert from "node:assert/strict";
import { test } from "node:test";
import { getKb } from "./index.js";

test("a region across several states belongs to none of them", () => {
  const places = getKb()
    .lookup("Kurdistan")
    .filter((m) => m.entry.kind === "location");
  assert.equal(places.length, 1);
  assert.equal(places[0]?.entry.country, null);
});

test("a curated place keeps the upstream city of the same name in its own country", () => {
  const cities = getKb()
    .lookup("Aden")
    .filter((m) => m.entry.kind === "location");
  assert.ok(cities.some((m) => m.entry.country === "YEM"));
});
