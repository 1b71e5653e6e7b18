import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Event } from "../contract/analysis.js";
import { eventsOf, type HandEntity, withType } from "./test-doc.test-support.js";

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const texts = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => a.text);

function event(type: Event["type"], text: string, entities: HandEntity[]): Event | undefined {
  const { events, analysis } = eventsOf(text, { entities });
  assertValidAnalysis(analysis);
  return withType(events, type);
}

test("a nominal trigger after a possessive determiner is governed by the verb before it", () => {
  const e = event("REQUEST", "The northern rebels, the Mountain Front (MF), repeated their demands that Zembla free prisoners.", [
    C("Zembla", "ZMB"),
    { surface: "Mountain Front", kind: "organization", country: null },
    { surface: "MF", kind: "organization", country: null },
  ]);
  assert.deepEqual(texts(e?.actors), ["rebels"]);
});

test("a bracketed short name stands for the full name before it", () => {
  const e = event("REJECT", "Troops of the Zembla Army (ZA) rejected the plan.", [
    { surface: "Zembla Army", kind: "organization", country: "ZMB", sector: "MIL" },
    { surface: "ZA", kind: "organization", country: null },
  ]);
  assert.ok(e?.actors.some((a) => a.country === "ZMB" && a.sector === "MIL"));
});

test("a predicate after 'but' with no subject of its own shares the main clause's, past a subordinate clause", () => {
  const text = "Zembla opened its border to traders expelled from Florin as smugglers, but was still refusing entry to Florin officials.";
  const { events, analysis } = eventsOf(text, { entities: [C("Zembla", "ZMB"), C("Florin", "FLO")] });
  assertValidAnalysis(analysis);
  assert.deepEqual(texts(events.find((e) => e.trigger.text === "refusing")?.actors), ["Zembla"]);
});

test("a passive's agent phrase may follow an aside closed by a comma", () => {
  const text = "Ivo Lark has been accused of misusing public funds, much of it believed lost, by Zembla officials.";
  const { events, analysis } = eventsOf(text, {
    entities: [
      { surface: "Ivo Lark", kind: "person", country: "ZMB", sector: "GOV" },
      { surface: "Zembla", kind: "country", country: "ZMB", mention: "demonym" },
    ],
  });
  assertValidAnalysis(analysis);
  const e = events.find((x) => x.trigger.text === "accused");
  assert.deepEqual(texts(e?.actors), ["Zembla"]);
  assert.deepEqual(texts(e?.recipients), ["Ivo Lark"]);
});

test("a criticising verb after a clause and its comma-fronted subject targets the clause's subject", () => {
  const e = event("ACCUSE", "The Zembla government is failing to protect refugees, a rights group charged on Monday.", [
    { surface: "Zembla government", kind: "organization", country: "ZMB", sector: "GOV" },
    { surface: "rights group", kind: "organization", country: null, sector: "NGO" },
  ]);
  assert.deepEqual(texts(e?.actors), ["rights group"]);
  assert.deepEqual(texts(e?.recipients), ["Zembla government"]);
});
