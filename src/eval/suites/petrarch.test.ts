import assert from "node:assert/strict";
import { test } from "node:test";
import { actorCodes } from "./petrarch.js";

const PREFIX = new Set(["NGO"]);

test("an actor's code is its country with its agent code after it, '---' for no country", () => {
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "GOV" }, PREFIX), ["ZMBGOV"]);
  assert.deepEqual(actorCodes({ country: null, sector: "GOV" }, PREFIX), ["---GOV"]);
});

test("stacked agent codes go on in order, a prefix agent before the country", () => {
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "GOV", sectors: ["NGO", "GOV"] }, PREFIX), ["NGOZMBGOV"]);
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "MED", sectors: ["MUS", "MED"] }, PREFIX), ["ZMBMUSMED"]);
});

test("an agent the actor code already carries is not repeated, and a code list names one actor per code", () => {
  assert.deepEqual(actorCodes({ country: "ZMBGOV", sector: "GOV" }, PREFIX), ["ZMBGOV"]);
  assert.deepEqual(actorCodes({ country: "ZMB/FLO", sector: "MIL" }, PREFIX), ["ZMBMIL", "FLOMIL"]);
});
