import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { agentLexicon, eventsOf, type HandEntity, withType } from "./test-doc.test-support.js";

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const codes = (xs: Event["actors"]) => xs.map((a) => `${a.country}/${a.sector}`);

function only(sentence: string, entities: HandEntity[] = [], actors: ActorLexicon = agentLexicon): Event[] {
  const { events, analysis } = eventsOf(sentence, { entities }, actors);
  assertValidAnalysis(analysis);
  return events;
}

test("intent to yield or withdraw is AGREE (future), a stated refusal of cooperation is an asserted REJECT", () => {
  const willing = only("Norway said it is willing to withdraw its troops from Latvia.", [C("Norway", "NOR"), C("Latvia", "LVA")]);
  const w = willing.find((e) => e.trigger.text === "withdraw");
  assert.equal(w?.type, "AGREE");
  assert.equal(w?.modality, "future");
  const refusal = only("Chile will not accept the refugees.", [C("Chile", "CHL")]);
  assert.equal(refusal[0]?.type, "REJECT");
  assert.equal(refusal[0]?.modality, "asserted");
  // A plain past negation is a denied agreement, not a refusal.
  const denied = only("Chile did not accept the refugees.", [C("Chile", "CHL")]);
  assert.equal(denied[0]?.type, "AGREE");
  assert.equal(denied[0]?.modality, "negated");
});

test("obstruction is PROTEST when civilians do it and stays coercion when the police do", () => {
  const byActivists = only("Activists blocked the convoy.");
  assert.equal(byActivists[0]?.type, "PROTEST");
  assert.equal(byActivists[0]?.mode, "obstruct");
  const byPolice = only("Police blocked the convoy.");
  assert.equal(byPolice[0]?.type, "COERCE");
});

test("accepting demands is CONCEDE; ending a nominal event is its reversal", () => {
  assert.ok(withType(only("The government accepted the strikers' demands on Monday."), "CONCEDE"));
  const suspended = only("Peru suspended talks with Bolivia.", [C("Peru", "PER"), C("Bolivia", "BOL")]);
  const s = withType(suspended, "SANCTION");
  assert.ok(s, suspended.map((e) => e.type).join(","));
  assert.deepEqual(codes(s.recipients), ["BOL/null"]);
  assert.ok(withType(only("The students called off the strike."), "CONCEDE"));
  assert.ok(withType(only("The army ended the curfew in Kandy.", [C("Kandy", "LKA")]), "CONCEDE"));
});

test("coordination steps over a title next to its name; a possessed name is the recipient", () => {
  const signed = only("Uruguayan minister Ana Ruiz and Paraguayan minister Tomas Vera signed a trade pact.", [
    C("Uruguayan", "URY"),
    C("Paraguayan", "PRY"),
    { surface: "Ana Ruiz", kind: "person", country: "URY", sector: "GOV" },
    { surface: "Tomas Vera", kind: "person", country: "PRY", sector: "GOV" },
  ]);
  const e = signed.find((x) => x.trigger.text === "signed");
  assert.ok(e);
  assert.deepEqual([...new Set(e.actors.map((a) => a.country))].sort(), ["PRY", "URY"]);
  const refused = only("Estonia refused to meet Finland's visiting envoy Liisa Koski.", [
    C("Estonia", "EST"),
    C("Finland", "FIN"),
    { surface: "Liisa Koski", kind: "person", country: null, sector: "GOV" },
  ]);
  const r = withType(refused, "REJECT");
  assert.ok(r);
  assert.deepEqual(codes(r.recipients), ["FIN/GOV"]);
});

test("the subject's own agents are what is given, not the recipient", () => {
  const offered = only("Chile offered its troops to Peru.", [C("Chile", "CHL"), C("Peru", "PER")]);
  assert.ok(offered.length > 0);
  for (const e of offered) assert.deepEqual(codes(e.recipients), ["PER/null"]);
});

test("agents head coordinated countries, a bare agent shares a national agent's country, nationals are civilians", () => {
  const raid = only("Soldiers from Chile and Peru attacked the camp.", [C("Chile", "CHL"), C("Peru", "PER")]);
  assert.deepEqual(codes(withType(raid, "ASSAULT")?.actors ?? []).sort(), ["CHL/MIL", "PER/MIL"]);
  const joint = only("Chilean troops and police attacked the camp.", [C("Chilean", "CHL")]);
  assert.deepEqual(codes(withType(joint, "ASSAULT")?.actors ?? []).sort(), ["CHL/COP", "CHL/MIL"]);
  const withCivilians: ActorLexicon = { ...agentLexicon, civilianHead: (t: Token) => t.lemma.toLowerCase() === "village" };
  const shelled = only("Rebels attacked Syrian villages.", [C("Syrian", "SYR")], withCivilians);
  const a = withType(shelled, "ASSAULT");
  assert.deepEqual(
    a?.recipients.map((x) => [x.text, x.country, x.sector]),
    [["Syrian villages", "SYR", "CVL"]],
  );
});

test("the verb's object or purpose decides: dismissing an appeal, sending inspectors, pressuring to act, summoning to complain", () => {
  assert.ok(withType(only("Kenya dismissed an appeal from Uganda.", [C("Kenya", "KEN"), C("Uganda", "UGA")]), "REJECT"));
  const sent = withType(only("Norway dispatched inspectors to Iran.", [C("Norway", "NOR"), C("Iran", "IRN")]), "ACCUSE");
  assert.equal(sent?.mode, "investigate");
  const cp = [C("Chile", "CHL"), C("Peru", "PER")];
  assert.ok(withType(only("Chile is pressuring Peru to reopen the border.", cp), "REQUEST"));
  assert.ok(withType(only("Chile summoned Peru's ambassador to complain about the raid.", cp), "ACCUSE"));
  const rights: HandEntity = { surface: "Amnestia", kind: "organization", country: null, sector: "HRI" };
  assert.equal(withType(only("Amnestia protested the verdict.", [rights]), "ACCUSE")?.mode, "disapprove");
  assert.ok(withType(only("Thousands of students protested in Santiago."), "PROTEST"));
});

test("a participle inside a hyphenated modifier is no trigger", () => {
  const events = only("Kenya launched its long-threatened offensive against the rebels.", [C("Kenya", "KEN")]);
  assert.ok(events.every((e) => e.trigger.text !== "threatened"));
  assert.ok(withType(events, "ASSAULT"));
});

test("ordering someone to cease is COERCE; easing emergency measures is CONCEDE", () => {
  const cp = [C("Chile", "CHL"), C("Peru", "PER")];
  assert.equal(withType(only("Chile ordered Peru's embassy to close its consulate.", cp), "COERCE")?.mode, "restrict");
  assert.ok(withType(only("Chile eased emergency measures in Peru.", cp), "CONCEDE"));
});

test("'their forces' belong to the earlier actor; a day word before 'that' does not hide the recipient", () => {
  const owned = only("Chile said on Monday that their troops had attacked the camp.", [C("Chile", "CHL")]);
  assert.deepEqual(codes(withType(owned, "ASSAULT")?.actors ?? []), ["CHL/MIL"]);
  const demanded = only("Chile demanded Friday that Peru reopen the border.", [C("Chile", "CHL"), C("Peru", "PER")]);
  assert.deepEqual(codes(withType(demanded, "REQUEST")?.recipients ?? []), ["PER/null"]);
});
