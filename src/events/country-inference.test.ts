import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon, ActorMention } from "./actors.js";
import { withInferredCountry } from "./country-inference.js";
import { agentLexicon, eventByTrigger, eventsOf, type HandEntity, withType } from "./test-doc.test-support.js";

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const codes = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => `${a.country}/${a.sector}`);

function event(type: Event["type"], text: string, entities: HandEntity[]): Event | undefined {
  const { events, analysis } = eventsOf(text, { entities });
  assertValidAnalysis(analysis);
  return withType(events, type);
}

const bare: ActorMention = {
  first: 0,
  last: 1,
  start: 0,
  end: 6,
  entityId: null,
  country: null,
  sector: "COP",
  kind: "group",
  agent: true,
};

test("a role-only actor takes the country of the event's place before the article's", () => {
  const e = event("PROTEST", "Florin radio said that thousands of students protested in Zembla, and Florin closed its border.", [
    C("Zembla", "ZMB"),
    C("Florin", "FLO"),
  ]);
  assert.deepEqual(codes(e?.actors), ["ZMB/EDU"]);
});

test("a role-only actor does not take the country of the event's other side when another is named", () => {
  const e = event("ASSAULT", "Florin and Zembla traded words after soldiers attacked Zembla on Monday.", [
    C("Florin", "FLO"),
    C("Zembla", "ZMB"),
  ]);
  assert.deepEqual(codes(e?.actors), ["FLO/MIL"]);
  assert.deepEqual(codes(e?.recipients), ["ZMB/null"]);
});

test("with only the other side's country named, a domestic actor shares it", () => {
  const e = event("COERCE", "Police arrested Zembla opposition members.", [C("Zembla", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["ZMB/COP"]);
});

test("the counterpart rule: place first, then the article's countries not the other side's, then the first", () => {
  const ctx = (place: string | null, counterpart: string[]) => ({ home: ["AAA", "BBB"], place, counterpart: new Set(counterpart) });
  assert.equal(withInferredCountry(bare, ctx("CCC", ["AAA"])).country, "CCC");
  assert.equal(withInferredCountry(bare, ctx(null, ["AAA"])).country, "BBB");
  assert.equal(withInferredCountry(bare, ctx(null, ["AAA", "BBB"])).country, "AAA");
  // Churches, NGOs and international bodies belong to no one country.
  assert.equal(withInferredCountry({ ...bare, sector: "NGO" }, ctx("CCC", [])).country, null);
});

test("a recipient that is the event's place is no other side: the actor still takes the place's country", () => {
  const e = event("PROTEST", "Students blocked roads in Zembla on Monday, Florin radio said, citing Florin officials.", [
    C("Zembla", "ZMB"),
    C("Florin", "FLO"),
  ]);
  assert.deepEqual(codes(e?.actors), ["ZMB/EDU"]);
});

test("a people named as a community lives where the event happens, not in its namesake state", () => {
  const lexicon: ActorLexicon = {
    ...agentLexicon,
    agentSector: (t: Token) => (t.normal === "population" ? "CVL" : agentLexicon.agentSector(t)),
  };
  const e = eventByTrigger(
    "attacked",
    "Florin troops attacked the Zemblan population in Varna.",
    [
      { surface: "Florin", kind: "country", country: "FLO", mention: "demonym" },
      { surface: "Zemblan", kind: "country", country: "ZMB", mention: "demonym" },
      { surface: "Varna", kind: "country", country: "VAR" },
    ],
    lexicon,
  );
  assert.deepEqual(codes(e?.recipients), ["VAR/CVL"]);
});
