import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { agentLexicon, eventByTrigger, type HandEntity } from "./test-doc.test-support.js";

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const L = (surface: string, country: string): HandEntity => ({ surface, kind: "location", country });
const GOV = (surface: string, country: string): HandEntity => ({ surface, kind: "organization", country, sector: "GOV" });
const codes = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => `${a.country}/${a.sector}`);

test("a protest with no target of its own is aimed at whom its purpose clause makes demands of", () => {
  const text = "Young Florins blocked roads on Sunday to press their demands for more jobs from the Zembla government.";
  const e = eventByTrigger("blocked", text, [C("Florins", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.equal(e?.type, "PROTEST");
  assert.deepEqual(codes(e?.recipients), ["ZMB/GOV"]);
});

test("a protest's participle clause of demand replaces the mere place as its target", () => {
  const text = "Prisoners rioted at a jail in Varna demanding independence from the Zembla government.";
  const e = eventByTrigger("rioted", text, [L("Varna", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.deepEqual(codes(e?.recipients), ["ZMB/GOV"]);
});

test("a finite demand with a subject of its own does not name the protest's target", () => {
  const text = "Students marched in Varna and the Zembla government demanded calm from Arnor.";
  const e = eventByTrigger("marched", text, [L("Varna", "FLO"), GOV("Zembla government", "ZMB"), C("Arnor", "ARN")]);
  assert.ok(!codes(e?.recipients).includes("ARN/null"), JSON.stringify(e?.recipients));
});

test("'in defiance of X' after the scene makes X the recipient, as 'against X' does", () => {
  const text = "Thousands of students blocked streets in Varna in defiance of the Zembla government.";
  const e = eventByTrigger("blocked", text, [L("Varna", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.deepEqual(codes(e?.recipients), ["ZMB/GOV"]);
  assert.equal(e?.location?.text, "Varna");
});

test("'in protest of' a thing with no actor after the scene leaves the scene as recipient", () => {
  const text = "Students blocked streets in Varna in protest of the new tax on books.";
  const e = eventByTrigger("blocked", text, [L("Varna", "FLO")]);
  assert.deepEqual(codes(e?.recipients), ["FLO/null"]);
});

test("the subject of a verb is the actor before a reduced relative clause, not one inside it", () => {
  const text = "Florin rebels angered by the arrest of the Zembla minister attacked a police station.";
  const e = eventByTrigger("attacked", text, [C("Florin", "FLO"), C("Zembla", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["FLO/REB"]);
});

test("a finite verb between the actor and the 'by' phrase is no reduced relative", () => {
  const text = "Florin troops were shelled by Zembla rebels and the army attacked a village.";
  const e = eventByTrigger("attacked", text, [C("Florin", "FLO"), C("Zembla", "ZMB")]);
  assert.ok(!codes(e?.actors).includes("FLO/MIL"), JSON.stringify(e?.actors));
});

test("reneging on a commitment to someone is a REJECT aimed at them", () => {
  const text = "The Florin president has reneged on his commitment to the Zembla government.";
  const e = eventByTrigger("reneged", text, [C("Florin", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.equal(e?.type, "REJECT");
  assert.deepEqual(codes(e?.recipients), ["ZMB/GOV"]);
});

/** The shared test lexicon with hostages and a listed hyphenated compound, as the KB codes them. */
const hyphenLexicon: ActorLexicon = {
  ...agentLexicon,
  agentSector: (t: Token) => (t.normal === "hostages" ? "CVL" : agentLexicon.agentSector(t)),
  compoundSector: (a: Token, b: Token) =>
    a.normal === "hostage" && b.lemma === "- taker" ? "CRM" : a.normal === "armed" && b.lemma === "group" ? "REB" : null,
};

test("a listed hyphenated compound is one agent with its own sector ('hostage-takers' are no hostages)", () => {
  const text = "The Florin government refused to meet the demands of hostage-takers in Zembla.";
  const e = eventByTrigger("meet", text, [GOV("Florin government", "FLO"), C("Zembla", "ZMB")], hyphenLexicon);
  const takers = e?.recipients.find((r) => r.text.startsWith("hostage-takers"));
  assert.equal(takers?.sector, "CRM", JSON.stringify(e?.recipients));
});

test("the first noun of an unlisted hyphenated compound is no agent of its own", () => {
  const text = "The Florin government refused to meet the demands of hostage-keepers in Zembla.";
  const e = eventByTrigger("meet", text, [GOV("Florin government", "FLO"), C("Zembla", "ZMB")], hyphenLexicon);
  assert.ok(!(e?.recipients ?? []).some((r) => r.sector === "CVL"), JSON.stringify(e?.recipients));
});

test("two agents hyphened together are no modifier compound: the agent reading stays ('army-police talks')", () => {
  const text = "Zembla held army-police talks in Varna on Monday.";
  const e = eventByTrigger("held", text, [C("Zembla", "ZMB"), L("Varna", "ZMB")], hyphenLexicon);
  const sectors = [...(e?.actors ?? []), ...(e?.recipients ?? [])].map((a) => a.sector);
  assert.ok(sectors.includes("MIL"), JSON.stringify(e));
});

test("a participle after a clause's comma shares that clause's doer ('shelled X, killing 20')", () => {
  const text = "Florin rebels shelled the Zembla town of Varna on Sunday, killing twenty civilians.";
  const e = eventByTrigger("killing", text, [C("Florin", "FLO"), C("Zembla", "ZMB"), L("Varna", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["FLO/REB"]);
});

test("after a passive clause the participle's doer is the 'by' phrase", () => {
  const text = "A camp in Varna was attacked by Florin troops, killing twenty refugees.";
  const e = eventByTrigger("killing", text, [C("Florin", "FLO"), L("Varna", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["FLO/MIL"]);
});

test("an adjective the lexicon lists with its noun makes one agent of the pair's sector ('armed groups')", () => {
  const text = "Florin police confiscated weapons from Zembla armed groups on Friday.";
  const e = eventByTrigger("confiscated", text, [C("Florin", "FLO"), C("Zembla", "ZMB")], hyphenLexicon);
  assert.deepEqual(codes(e?.recipients), ["ZMB/REB"]);
});

test("a bare adjective + noun agent starts at the adjective", () => {
  const text = "Armed groups attacked the Zembla town of Varna.";
  const e = eventByTrigger("attacked", text, [C("Zembla", "ZMB"), L("Varna", "ZMB")], hyphenLexicon);
  assert.equal(e?.actors[0]?.text, "Armed groups");
  assert.equal(e?.actors[0]?.sector, "REB");
});

test("a name in a phrase closed by a comma is no subject when an unresolved noun phrase follows it", () => {
  const text = "When it comes to Varna, both powers refused to condemn the Zembla government.";
  const e = eventByTrigger("refused", text, [L("Varna", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.deepEqual(codes(e?.actors), []);
});

test("a name before the comma still is the subject when the verb follows the comma directly", () => {
  const text = "In the end, Florin refused to condemn the Zembla government.";
  const e = eventByTrigger("refused", text, [C("Florin", "FLO"), GOV("Zembla government", "ZMB")]);
  assert.deepEqual(codes(e?.actors), ["FLO/null"]);
});
