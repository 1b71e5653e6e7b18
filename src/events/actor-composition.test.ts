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
  forces: "MIL",
};
/** Two-word agents as the KB lists them. */
const COMPOUNDS: Record<string, string> = { "security forces": "COP" };
const lexicon: ActorLexicon = {
  ...agentLexicon,
  agentSector: (t: Token) => ROLES[t.normal] ?? agentLexicon.agentSector(t),
  compoundSector: (a: Token, b: Token) => COMPOUNDS[`${a.normal} ${b.normal}`] ?? null,
};

function only(sentence: string, entities: HandEntity[] = []): Event[] {
  const { events, analysis } = eventsOf(sentence, { entities }, lexicon);
  assertValidAnalysis(analysis);
  return events;
}

/** Codes of the actors of the sentence's event of this type. */
function actorCodes(type: Event["type"], sentence: string, entities: HandEntity[] = []): string[] {
  return codes(withType(only(sentence, entities), type)?.actors ?? []);
}

function recipientCodes(type: Event["type"], sentence: string, entities: HandEntity[] = []): string[] {
  return codes(withType(only(sentence, entities), type)?.recipients ?? []);
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
  assert.deepEqual(
    actorCodes("ACCUSE", "President Tamba accused the rebels of blocking the roads to Lubumbashi and Kananga in Congo.", [
      { surface: "Tamba", kind: "person", country: null, sector: null },
      { surface: "Lubumbashi", kind: "location", country: "COD" },
      { surface: "Kananga", kind: "location", country: "COD" },
      C("Congo", "COD"),
    ]),
    ["COD/GOV"],
  );
  // Without a title there is no office to place: the person keeps no country.
  assert.deepEqual(
    actorCodes("ACCUSE", "Tamba accused the rebels of blocking the roads in Congo.", [
      { surface: "Tamba", kind: "person", country: null, sector: null },
      C("Congo", "COD"),
    ]),
    ["null/null"],
  );
});

test("a plural demonym used as a noun is the nation's civilians; a quantifier is no preposition", () => {
  assert.deepEqual(actorCodes("PROTEST", "Thousands of Chileans protested against the reform.", [D("Chileans", "CHL")]), ["CHL/CVL"]);
  assert.deepEqual(
    recipientCodes("COERCE", "Peruvian police arrested more than 40 Bolivians on Monday.", [D("Peruvian", "PER"), D("Bolivians", "BOL")]),
    ["BOL/CVL"],
  );
  // An adjectival demonym keeps its noun's reading.
  assert.deepEqual(actorCodes("ASSAULT", "Chilean troops attacked the camp.", [D("Chilean", "CHL")]), ["CHL/MIL"]);
});

test("a generic head keeps its modifier's sector, collective heads and possessives stay in the actor", () => {
  assert.deepEqual(actorCodes("REJECT", "Opposition leaders in Peru rejected the budget.", [C("Peru", "PER")]), ["PER/OPP"]);
  assert.deepEqual(actorCodes("REJECT", "Opposition groups in Peru rejected the budget.", [C("Peru", "PER")]), ["PER/OPP"]);
  assert.deepEqual(actorCodes("REJECT", "Peru's supreme court rejected the appeal.", [C("Peru", "PER")]), ["PER/JUD"]);
  assert.deepEqual(
    actorCodes("REJECT", "Chilean and Peruvian negotiators rejected the draft.", [D("Chilean", "CHL"), D("Peruvian", "PER")]).sort(),
    ["CHL/GOV", "PER/GOV"],
  );
});

test("a people named by a demonym living in a country are that country's civilians", () => {
  assert.deepEqual(
    actorCodes("REQUEST", "The Hungarians of northern Romania demanded autonomy from Romanian authorities.", [
      D("Hungarians", "HUN"),
      C("Romania", "ROU"),
      D("Romanian", "ROU"),
    ]),
    ["ROU/CVL"],
  );
});

test("the subject is the actor before a verbless apposition; a person acts in the role it names", () => {
  assert.deepEqual(
    actorCodes("REJECT", "Peru, a close ally of Chile in the dispute, refused to sign the accord.", [C("Peru", "PER"), C("Chile", "CHL")]),
    ["PER/null"],
  );
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
  assert.deepEqual(
    recipientCodes("REQUEST", "Chile repeated its demand today that Peru open the border.", [C("Chile", "CHL"), C("Peru", "PER")]),
    ["PER/null"],
  );
  assert.deepEqual(recipientCodes("MOBILIZE", "Chile mobilized troops against Peru on Monday.", [C("Chile", "CHL"), C("Peru", "PER")]), [
    "PER/null",
  ]);
  const seized = only("Chilean police seized weapons from Peruvian rebels, the Bolivian army said.", [
    D("Chilean", "CHL"),
    D("Peruvian", "PER"),
    D("Bolivian", "BOL"),
  ]);
  const e = seized.find((x) => x.trigger.text === "seized");
  assert.deepEqual(codes(e?.recipients ?? []), ["PER/REB"]);
});

test("a national office or affiliation before a person gives the sector; a bare title only fills gaps", () => {
  const ana = { surface: "Ana Ruiz", kind: "person" as const, country: "PER", sector: "REB" };
  assert.deepEqual(actorCodes("REJECT", "Peruvian leader Ana Ruiz rejected the offer.", [D("Peruvian", "PER"), ana]), ["PER/GOV"]);
  assert.deepEqual(actorCodes("REJECT", "President Ana Ruiz rejected the offer.", [ana]), ["PER/REB"]);
});

test("a demonym before a people's name, ethnic groups and two-word agents", () => {
  assert.deepEqual(actorCodes("REJECT", "Bolivian Chileans rejected the plan.", [D("Bolivian", "BOL"), D("Chileans", "CHL")]), ["BOL/CVL"]);
  assert.deepEqual(
    actorCodes("PROTEST", "Ethnic Chileans protested in Peru on Monday, Peruvian media said.", [
      D("Chileans", "CHL"),
      C("Peru", "PER"),
      D("Peruvian", "PER"),
    ]),
    ["PER/CVL"],
  );
  assert.deepEqual(actorCodes("ASSAULT", "Peruvian security forces attacked the camp.", [D("Peruvian", "PER")]), ["PER/COP"]);
});

test("the subject is the head of a noun phrase, not a place inside its prepositional phrase", () => {
  assert.deepEqual(
    actorCodes("ASSAULT", "Rebels in the hills of Cusco attacked the camp.", [{ surface: "Cusco", kind: "location", country: "PER" }]),
    ["PER/REB"],
  );
});

test("without entities with a country, a domestic agent takes the country its sentence names", () => {
  const { events } = eventsOf(
    "Rebels attacked a Peruvian army post.",
    {},
    {
      ...lexicon,
      matchAt: (tokens, i) =>
        (tokens[i] as Token).normal === "peruvian" ? { length: 1, country: "PER", sector: null, kind: "country" } : null,
    },
  );
  assert.deepEqual(codes(withType(events, "ASSAULT")?.actors ?? []), ["PER/REB"]);
});

test("a stated obligation is the speaker's demand on the clause's subject; a threat's condition names its target", () => {
  const { events, analysis } = eventsOf(
    "Chile declared on Monday that Peru must reopen the border.",
    { entities: [C("Chile", "CHL"), C("Peru", "PER")] },
    lexicon,
  );
  assertValidAnalysis(analysis);
  const demand = events.find((e) => e.trigger.text === "declared");
  assert.equal(demand?.type, "REQUEST");
  assert.deepEqual([codes(demand?.actors ?? []), codes(demand?.recipients ?? [])], [["CHL/null"], ["PER/null"]]);
  assert.deepEqual(
    recipientCodes("THREATEN", "Chile threatened to close the border unless Peru paid its debts.", [C("Chile", "CHL"), C("Peru", "PER")]),
    ["PER/null"],
  );
});

test("coordinated adjectives stay inside an actor; a national office before a name gives its country", () => {
  const people = [C("Velmar", "VLM"), { surface: "Dorsan", kind: "person" as const, country: "QNB", sector: null }, C("Ostria", "OST")];
  // The possessive states whose minister Dorsan is, whatever country the KB gives the person.
  assert.deepEqual(actorCodes("ACCUSE", "Velmar's minister Dorsan accused Ostria of fraud.", people), ["VLM/GOV"]);
  // "bitter and angry" is one modifier of "minister", not a second actor.
  assert.deepEqual(actorCodes("ACCUSE", "Velmar's bitter and angry minister Dorsan accused Ostria of fraud.", people), ["VLM/GOV"]);
  // The tagger reads "cool" here as a verb; after "awful and" it is the second adjective.
  assert.deepEqual(actorCodes("ACCUSE", "Velmar's awful and cool minister Dorsan accused Ostria of fraud.", people), ["VLM/GOV"]);
  // A bare title only fills what the KB lacks.
  assert.deepEqual(actorCodes("ACCUSE", "Minister Dorsan accused Ostria of fraud.", people.slice(1)), ["QNB/GOV"]);
});

test("the subject of a trailing reporting clause is never the object of the verb before it", () => {
  const velmar = [C("Velmar", "VLM")];
  assert.deepEqual(recipientCodes("ASSAULT", "Velmar troops shelled the border post on Monday, police said.", velmar), []);
  assert.deepEqual(recipientCodes("ASSAULT", "Velmar troops shelled police in the border town on Monday.", velmar), ["VLM/COP"]);
});

test("'he' and 'she' stand for a person or a role holder, never a country", () => {
  const names = [C("Velmar", "VLM"), C("Ostria", "OST"), { surface: "Dorsan", kind: "person" as const, country: "QNB", sector: null }];
  assert.deepEqual(actorCodes("ACCUSE", "After Velmar's election, he accused Ostria of fraud.", names.slice(0, 2)), []);
  assert.deepEqual(actorCodes("ACCUSE", "Dorsan arrived in Velmar on Monday and he accused Ostria of fraud.", names), ["QNB/null"]);
});

test("a bare agent coordinated before an agent placed in several countries shares each of them", () => {
  const places = [C("Velmar", "VLM"), C("Ostria", "OST"), C("Quenby", "QNB")];
  assert.deepEqual(actorCodes("ACCUSE", "Students and activists in Velmar and Ostria accused Quenby of fraud.", places), [
    "VLM/EDU",
    "VLM/OPP",
    "OST/OPP",
    "OST/EDU",
  ]);
  // One agent, one place: one actor.
  assert.deepEqual(actorCodes("ACCUSE", "Activists in Velmar accused Quenby of fraud.", [C("Velmar", "VLM"), C("Quenby", "QNB")]), [
    "VLM/OPP",
  ]);
});
