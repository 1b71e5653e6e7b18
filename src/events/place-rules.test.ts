import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { agentLexicon, eventByTrigger, type HandEntity } from "./test-doc.test-support.js";

/** The shared test lexicon with reporters and presidents, as the KB codes them. */
const MORE: Record<string, string> = { journalist: "JRN", president: "GOV" };
const lexicon: ActorLexicon = { ...agentLexicon, agentSector: (t: Token) => MORE[t.normal] ?? agentLexicon.agentSector(t) };

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const L = (surface: string, country: string): HandEntity => ({ surface, kind: "location", country });
const codes = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => `${a.country}/${a.sector}`);

function byTrigger(trigger: string, text: string, entities: HandEntity[]): Event | undefined {
  return eventByTrigger(trigger, text, entities, lexicon);
}

test("a place after 'in' is the scene; an actor after 'against' is the recipient", () => {
  const e = byTrigger("protested", "Students protested in Varna against the Zembla government.", [
    L("Varna", "FLO"),
    { surface: "Zembla government", kind: "organization", country: "ZMB", sector: "GOV" },
  ]);
  assert.deepEqual(codes(e?.recipients), ["ZMB/GOV"]);
  assert.equal(e?.location?.text, "Varna");
});

test("without a directed actor after it, the place after 'in' stays the recipient", () => {
  const e = byTrigger("attacked", "Florin troops attacked positions in Zembla.", [C("Florin", "FLO"), C("Zembla", "ZMB")]);
  assert.deepEqual(codes(e?.recipients), ["ZMB/null"]);
});

test("a place after 'of' in a noun phrase opened by 'in' is the event's location", () => {
  const e = byTrigger("killed", "Florin soldiers killed two farmers in a poor district of northern Varna.", [
    C("Florin", "FLO"),
    L("Varna", "ZMB"),
  ]);
  assert.equal(e?.location?.text, "Varna");
});

test("an assault with no named doer is coded to unidentified armed men of the place", () => {
  const e = byTrigger("killed", "A journalist was killed in a bomb blast in a busy quarter of Varna.", [L("Varna", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["ZMB/UAF"]);
  // The victim, a reporter, belongs to the country where it happened.
  assert.deepEqual(codes(e?.recipients), ["ZMB/JRN"]);
});

test("an arrest with no named doer is the state's of the place", () => {
  const e = byTrigger("arrested", "Two students were arrested in Zembla on Monday.", [C("Zembla", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["ZMB/null"]);
});

test("the government of a titled person takes the person's country", () => {
  const e = byTrigger("banned", "The government of President Ivo Lark banned the rallies, Florin radio said, citing Florin officials.", [
    { surface: "Ivo Lark", kind: "person", country: "ZMB", sector: "GOV" },
    C("Florin", "FLO"),
  ]);
  assert.deepEqual(
    e?.actors.map((a) => `${a.text} ${a.country}/${a.sector}`),
    ["government of President Ivo Lark ZMB/GOV"],
  );
});
