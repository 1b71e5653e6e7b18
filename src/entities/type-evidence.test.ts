import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Entity } from "../contract/analysis.js";
import { analyzeDocument, documentFromText } from "../pipeline/analyze.js";
import { findEntitiesInText } from "./index.js";

/** The whole pipeline's analysis of a text, checked against the offsets invariant. */
function analyzed(text: string) {
  const a = analyzeDocument("t", documentFromText(text, "2021-05-01"));
  assertValidAnalysis(a);
  return a;
}

const kindOf = (ents: Entity[], text: string) => ents.find((e) => e.mentions.some((m) => m.text === text))?.kind;

test("a name right before a corporate title is the organisation the title belongs to", () => {
  const ents = findEntitiesInText("Velmora chief executive Tomas Brandt said the plant would close next year.", null);
  assert.equal(kindOf(ents, "Velmora"), "organization");
  assert.equal(kindOf(ents, "Tomas Brandt"), "person");
  const ceo = findEntitiesInText("Quillon CEO Hanna Strom defended the fare rise.", null);
  assert.equal(kindOf(ceo, "Quillon"), "organization");
});

test("a KB person before a spokesman keeps being a person", () => {
  const ents = findEntitiesInText("A Putin spokesman declined to comment on the report.", "2020-01-01");
  assert.equal(kindOf(ents, "Putin"), "person");
});

test("an acronym in running text is never a person", () => {
  const text =
    "Carmaker results were mixed this quarter. Analysts said KVM had reported a loss. " +
    "The figures surprised investors in Detroit. KVM will publish a new plan in March.";
  const a = analyzed(text);
  assert.notEqual(kindOf(a.entities, "KVM"), "person");
});

test("a one-word 'person' that acts in an article and is never given a full name is an organisation", () => {
  const text =
    "Dravonix unveiled its new airliner on Monday. Several ministers attended the ceremony. " +
    "The aircraft can carry 500 passengers. Dravonix expects the first deliveries next year.";
  const a = analyzed(text);
  assert.notEqual(kindOf(a.entities, "Dravonix"), "person");
});

test("a company's legal form ends its name: the person after it is a name of its own", () => {
  const text = "The plan was backed by the chairman of Velmora LLC Jim Hartley on Tuesday.";
  const a = analyzed(text);
  assert.equal(kindOf(a.entities, "Velmora LLC"), "organization");
  assert.equal(kindOf(a.entities, "Jim Hartley"), "person");
});

test("a name led by an organisation's first word is not a person", () => {
  const text =
    "Velmora Motor Company CEO Alan Brook has said that Velmora will rename the Velmora Corsa to the Astra. " +
    "Brook says that Velmora's decision was a mistake. The Velmora Astra was first built in 1986. Brook plans to revive the Astra.";
  const a = analyzed(text);
  for (const e of a.entities)
    if (e.mentions.some((m) => m.text.startsWith("Velmora"))) assert.notEqual(e.kind, "person", e.mentions[0]?.text);
  assert.equal(kindOf(a.entities, "Alan Brook"), "person");
});

test("a company named after a country is one organisation, not the country and a fragment", () => {
  const ents = findEntitiesInText("The planemaker has won an order from Oman Airways for up to twelve of its jets.", null);
  assert.equal(kindOf(ents, "Oman Airways"), "organization");
  assert.equal(kindOf(ents, "Airways"), undefined);
});

test("a title and its 'of' before an organisation are not part of its name", () => {
  const ents = findEntitiesInText("She is currently a Fellow of Eastbrook College at Oxford, where she teaches law.", null);
  assert.equal(kindOf(ents, "Eastbrook College"), "organization");
  assert.equal(kindOf(ents, "Fellow of Eastbrook College"), undefined);
});

test("a name never stops inside a word the tokeniser split at a non-ASCII letter", () => {
  const text = "Officials said Dragan Miličević and Mehmet Yıldıroğlu would meet in Brčko on Friday.";
  const a = analyzed(text);
  const names = a.entities.flatMap((e) => e.mentions.map((m) => m.text));
  for (const n of names) assert.match(text, new RegExp(`(?<!\\p{L})${n}(?!\\p{L})`, "u"), `"${n}" is cut inside a word`);
  assert.ok(names.includes("Dragan Miličević"), names.join());
});

test("a given name before an organisation head word, followed by a titled apposition, is a person", () => {
  const text = "“We expected a slow spring,” said Mark Post, the deputy chairman of Veltrix. Sales fell again.";
  const a = analyzed(text);
  assert.equal(kindOf(a.entities, "Mark Post"), "person");
  const org = findEntitiesInText("Readers of the Harbour Post, the city's oldest daily, complained.", null);
  assert.notEqual(kindOf(org, "Harbour Post"), "person");
});

test("a corporate title at either end of a name is left out of it", () => {
  const text = "At the yearly developer event, company CEO Steve Harrow showed a new tablet. Harrow said sales were strong.";
  const a = analyzed(text);
  assert.equal(kindOf(a.entities, "Steve Harrow"), "person");
  assert.equal(kindOf(a.entities, "CEO Steve Harrow"), undefined);
  const head = findEntitiesInText("Quorvex Systems CEO Dana Hollis opens the summit in Oslo", null);
  assert.equal(kindOf(head, "Quorvex Systems"), "organization");
  assert.equal(kindOf(head, "Quorvex Systems CEO"), undefined);
});

test("a one-word name with an inner capital is a company, unless a name prefix explains the capital", () => {
  const text = "TelvaNet said on Monday it would cut jobs. Senator McAllister spoke.";
  const a = analyzed(text);
  assert.equal(kindOf(a.entities, "TelvaNet"), "organization");
  assert.notEqual(kindOf(a.entities, "McAllister"), "organization");
});

test("a company's one-word name before a region is the company's regional unit", () => {
  const a = analyzed("Talvex Motors (TM) said it would sell a stake in TM Europe to investors.");
  assert.equal(kindOf(a.entities, "TM Europe"), "organization");
  assert.equal(kindOf(a.entities, "Europe"), undefined);
});

test("an unknown name right before a plural product noun is the maker, an organisation", () => {
  const a = analyzed("The ceremony ended production of Harlan Brooks jets. The plant was the original home of Harlan Brooks.");
  assert.equal(kindOf(a.entities, "Harlan Brooks"), "organization");
});
