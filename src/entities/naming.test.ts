import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity } from "../contract/analysis.js";
import { runNlp } from "../nlp/index.js";
import { coordinatedNames } from "./coordination.js";
import { findEntitiesInText } from "./index.js";
import { ruleCandidate } from "./types.js";

const named = (ents: Entity[]) => ents.flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => `${e.kind}:${m.text}`));

test("an acronym defined earlier is found again after a sentence-opening 'The'", () => {
  const ents = findEntitiesInText(
    "Workers joined the Northern Glassmakers Union (NGU) last spring. The NGU rejected the offer on Monday.",
    null,
  );
  const ngu = ents.find((e) => e.mentions.some((m) => m.text === "NGU"));
  assert.equal(ngu?.mentions.filter((m) => m.text === "NGU").length, 2);
});

test("a maker's name that ends in a model number is a product, not an organisation", () => {
  const found = named(findEntitiesInText("Pilots praised the new Vandercraft VX200 during the trial in Chile.", null));
  assert.ok(!found.some((n) => n.includes("VX200")), found.join(", "));
  assert.ok(found.includes("country:Chile"));
});

test("a title and its 'of' before a company's name stay out of it", () => {
  const found = named(findEntitiesInText("Maria Santos, the Chief Operating Officer of Brightwater Motors, resigned on Friday.", null));
  assert.ok(
    found.some((n) => n.endsWith(":Brightwater Motors")),
    found.join(", "),
  );
  assert.ok(!found.some((n) => n.includes("Chief Operating Officer")), found.join(", "));
});

test("a titled person whose surname reads as a verb is not a Title-Case fragment", () => {
  const found = named(findEntitiesInText("The department said on Tuesday that Attorney General Dana Garland would resign.", null));
  assert.ok(found.includes("person:Dana Garland"), found.join(", "));
});

test("a Title-Case link fragment in mid-sentence is still no name", () => {
  const found = named(findEntitiesInText("The report does as well Help Ships With war supplies.", null));
  assert.ok(!found.some((n) => n.includes("Help") || n.includes("With")), found.join(", "));
});

test("the EU is an organisation wherever it stands", () => {
  const ents = findEntitiesInText("Airlines were banned in the EU. The EU made the decision after a review.", null);
  const eu = ents.find((e) => e.kbId === "IGO:EU");
  assert.equal(eu?.kind, "organization");
  assert.equal(eu?.mentions.length, 2);
});

test("an unknown name coordinated with an organisation is an organisation", () => {
  const found = named(findEntitiesInText("Shares of Toyota and Velmora fell on Monday.", null));
  assert.ok(found.includes("organization:Velmora"), found.join(", "));
});

test("coordination does not split one name or type a title", () => {
  const found = named(
    findEntitiesInText("She spoke for War on Want, Oxfam and Christian Aid. Said Joe Brand, Chairman and founder.", null),
  );
  assert.ok(!found.some((n) => n.endsWith(":War") || n.endsWith(":Want")), found.join(", "));
  assert.ok(!found.some((n) => n.endsWith(":Chairman")), found.join(", "));
});

test("a name coordinated after a bracketed acronym takes the organisation's type", () => {
  const text = "Northwind Motors (NWM) and Aldermoor will receive new loans from the bank.";
  const nlp = runNlp(text);
  const view = { text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt: null };
  const at = (w: string) => nlp.tokens.findIndex((t) => t.text === w);
  const found = coordinatedNames(view, [ruleCandidate(0, 2, "ORG", true), ruleCandidate(at("NWM"), at("NWM") + 1, "ORG", false)]);
  assert.deepEqual(
    found.map((c) => [nlp.tokens[c.first]?.text, c.type]),
    [["Aldermoor", "ORG"]],
  );
});

test("a portfolio before 'Minister' belongs to the title, not to an organisation", () => {
  const ents = findEntitiesInText("Serbian Labour Minister Dragan Petrovic resigned on Monday.", "2010-05-01");
  assert.ok(!named(ents).some((n) => n.includes("Labour")), named(ents).join(", "));
  const person = ents.find((e) => e.kind === "person");
  assert.equal(person?.roles[0]?.title, "Labour Minister");
  assert.equal(person?.country, "SRB");
});

test("'General' after another title is no military rank, and a hyphened title stays whole", () => {
  const ents = findEntitiesInText("Secretary-General Dorin Vasquez spoke. General Tomas Reyes commanded the troops.", "2020-05-01");
  const sg = ents.find((e) => e.mentions.some((m) => m.text === "Dorin Vasquez"));
  assert.equal(sg?.roles[0]?.title, "Secretary-General");
  assert.notEqual(sg?.sector, "MIL");
  assert.equal(ents.find((e) => e.mentions.some((m) => m.text === "Tomas Reyes"))?.sector, "MIL");
});

test("a name the tokeniser split at non-ASCII letters is found whole", () => {
  for (const name of ["Recep Tayyip Erdoğan", "Miloš Zeman", "Gdańsk"]) {
    const text = `On Monday ${name} met officials in the capital.`;
    const ents = findEntitiesInText(text, null);
    const m = ents.flatMap((e) => e.mentions).find((x) => x.text === name);
    assert.ok(m, `${name}: ${named(ents).join(", ")}`);
    assert.equal(text.slice(m.start, m.end), name);
  }
});

test("a press secretary's office is not part of an organisation's name", () => {
  const ents = findEntitiesInText("said Mara Quint, the White House Press Secretary, on Monday.", "2008-05-01");
  assert.ok(!named(ents).some((n) => n.includes("Press")), named(ents).join(", "));
  assert.equal(ents.find((e) => e.kind === "person")?.roles[0]?.title, "White House Press Secretary");
});
