import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { agentLexicon, eventsOf, type HandEntity, withType } from "./test-doc.test-support.js";

const C = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country });
const D = (surface: string, country: string): HandEntity => ({ surface, kind: "country", country, mention: "demonym" });
const codes = (xs: Event["actors"]) => xs.map((a) => `${a.country}/${a.sector}`);

/** Role nouns as the KB gives them (singular and plural). */
const ROLES: Record<string, string> = {
  president: "GOV",
  leader: "GOV",
  leaders: "GOV",
  opposition: "OPP",
  rebel: "REB",
  negotiators: "GOV",
  court: "JUD",
};
const lexicon: ActorLexicon = {
  ...agentLexicon,
  agentSector: (t: Token) => ROLES[t.normal] ?? agentLexicon.agentSector(t),
};

function only(sentence: string, entities: HandEntity[] = []): Event[] {
  const { events, analysis } = eventsOf(sentence, { entities }, lexicon);
  assertValidAnalysis(analysis);
  return events;
}

test("a title right before a person's name is part of the person, whose codes win", () => {
  const met = only("Chile accused President Moreno of fraud.", [
    C("Chile", "CHL"),
    { surface: "Moreno", kind: "person", country: "ECU", sector: "GOV" },
  ]);
  const e = withType(met, "ACCUSE");
  assert.deepEqual(
    e?.recipients.map((r) => [r.text, r.country, r.sector]),
    [["President Moreno", "ECU", "GOV"]],
  );
});

test("an office holder the KB does not know takes the country the article is mostly about", () => {
  const events = only("President Tamba accused the rebels of blocking the roads to Lubumbashi and Kananga in Congo.", [
    { surface: "Tamba", kind: "person", country: null, sector: null },
    { surface: "Lubumbashi", kind: "location", country: "COD" },
    { surface: "Kananga", kind: "location", country: "COD" },
    C("Congo", "COD"),
  ]);
  assert.deepEqual(codes(withType(events, "ACCUSE")?.actors ?? []), ["COD/GOV"]);
  // Without a title there is no office to place: the person keeps no country.
  const plain = only("Tamba accused the rebels of blocking the roads in Congo.", [
    { surface: "Tamba", kind: "person", country: null, sector: null },
    C("Congo", "COD"),
  ]);
  assert.deepEqual(codes(withType(plain, "ACCUSE")?.actors ?? []), ["null/null"]);
});

test("a plural demonym used as a noun is the nation's civilians; a quantifier is no preposition", () => {
  const march = only("Thousands of Chileans protested against the reform.", [D("Chileans", "CHL")]);
  assert.deepEqual(codes(withType(march, "PROTEST")?.actors ?? []), ["CHL/CVL"]);
  const held = only("Peruvian police arrested more than 40 Bolivians on Monday.", [D("Peruvian", "PER"), D("Bolivians", "BOL")]);
  assert.deepEqual(codes(withType(held, "COERCE")?.recipients ?? []), ["BOL/CVL"]);
  // An adjectival demonym keeps its noun's reading.
  const troops = only("Chilean troops attacked the camp.", [D("Chilean", "CHL")]);
  assert.deepEqual(codes(withType(troops, "ASSAULT")?.actors ?? []), ["CHL/MIL"]);
});

test("a generic head keeps its modifier's sector, collective heads and possessives stay in the actor", () => {
  const leader = only("Opposition leaders in Peru rejected the budget.", [C("Peru", "PER")]);
  assert.deepEqual(codes(withType(leader, "REJECT")?.actors ?? []), ["PER/OPP"]);
  const groups = only("Opposition groups in Peru rejected the budget.", [C("Peru", "PER")]);
  assert.deepEqual(codes(withType(groups, "REJECT")?.actors ?? []), ["PER/OPP"]);
  const court = only("Peru's supreme court rejected the appeal.", [C("Peru", "PER")]);
  assert.deepEqual(codes(withType(court, "REJECT")?.actors ?? []), ["PER/JUD"]);
  const pair = only("Chilean and Peruvian negotiators rejected the draft.", [D("Chilean", "CHL"), D("Peruvian", "PER")]);
  assert.deepEqual(codes(withType(pair, "REJECT")?.actors ?? []).sort(), ["CHL/GOV", "PER/GOV"]);
});

test("a people named by a demonym living in a country are that country's civilians", () => {
  const events = only("The Hungarians of northern Romania demanded autonomy from Romanian authorities.", [
    D("Hungarians", "HUN"),
    C("Romania", "ROU"),
    D("Romanian", "ROU"),
  ]);
  assert.deepEqual(codes(withType(events, "REQUEST")?.actors ?? []), ["ROU/CVL"]);
});

test("the subject is the actor before a verbless apposition; a person acts in the role it names", () => {
  const refused = only("Peru, a close ally of Chile in the dispute, refused to sign the accord.", [C("Peru", "PER"), C("Chile", "CHL")]);
  assert.deepEqual(codes(withType(refused, "REJECT")?.actors ?? []), ["PER/null"]);
  const urged = only("Ana Ruiz, the Chilean army chief, urged Peru to withdraw.", [
    { surface: "Ana Ruiz", kind: "person", country: null, sector: null },
    D("Chilean", "CHL"),
    C("Peru", "PER"),
  ]);
  const e = withType(urged, "REQUEST");
  assert.deepEqual(
    e?.actors.map((a) => [a.text, a.country, a.sector]),
    [["Ana Ruiz", "CHL", "MIL"]],
  );
});

test("recipients: the subject of a that-clause after a short object, a goal after a moved agent, no reporting clause", () => {
  const demand = only("Chile repeated its demand today that Peru open the border.", [C("Chile", "CHL"), C("Peru", "PER")]);
  assert.deepEqual(codes(withType(demand, "REQUEST")?.recipients ?? []), ["PER/null"]);
  const moved = only("Chile mobilized troops against Peru on Monday.", [C("Chile", "CHL"), C("Peru", "PER")]);
  assert.deepEqual(codes(withType(moved, "MOBILIZE")?.recipients ?? []), ["PER/null"]);
  const seized = only("Chilean police seized weapons from Peruvian rebels, the Bolivian army said.", [
    D("Chilean", "CHL"),
    D("Peruvian", "PER"),
    D("Bolivian", "BOL"),
  ]);
  const e = seized.find((x) => x.trigger.text === "seized");
  assert.deepEqual(codes(e?.recipients ?? []), ["PER/REB"]);
});
