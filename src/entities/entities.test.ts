import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Entity } from "../contract/analysis.js";
import { analyzeDocument, documentFromText } from "../pipeline/analyze.js";
import { findEntitiesInText } from "./index.js";

const entityWith = (ents: Entity[], text: string) => ents.find((e) => e.mentions.some((m) => m.text === text));
const mentionOf = (ents: Entity[], text: string) => ents.flatMap((e) => e.mentions).find((m) => m.text === text);

test("a title before a name is a role, not part of the name", () => {
  const ents = findEntitiesInText("Russian Foreign Minister Sergei Lavrov met reporters in Geneva on Monday.", "2020-03-01");
  const p = entityWith(ents, "Sergei Lavrov");
  assert.ok(p, "person mention is the bare name");
  assert.equal(p.kind, "person");
  assert.equal(mentionOf(ents, "Foreign Minister Sergei Lavrov"), undefined);
  const role = p.roles.find((r) => r.source === "text");
  assert.equal(role?.title, "Foreign Minister");
  assert.equal(role?.affiliation, "Russia");
  assert.equal(p.country, "RUS");
});

test("an apposition gives role, affiliation and place", () => {
  const text = "Priya Raman, associate professor of political science at Eastbrook University in Canada, said the plan would fail.";
  const ents = findEntitiesInText(text, null);
  const p = entityWith(ents, "Priya Raman");
  assert.equal(p?.kind, "person");
  const role = p?.roles.find((r) => r.source === "text");
  assert.equal(role?.title, "associate professor of political science");
  assert.equal(role?.affiliation, "Eastbrook University");
  assert.equal(p?.country, "CAN");
  assert.equal(entityWith(ents, "Eastbrook University")?.kind, "organization");
});

test("a capital is the government when it acts and the place when things happen in it", () => {
  const ents = findEntitiesInText("Beijing said on Tuesday that the trade talks in Beijing would resume next month.", null);
  const mentions = ents.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e }))).filter((m) => m.text === "Beijing");
  assert.equal(mentions.length, 2);
  const [first, second] = mentions;
  assert.equal(first?.kind, "metonym");
  assert.equal(first?.entity.kbId, "CHNGOV");
  assert.equal(first?.entity.country, "CHN");
  assert.equal(second?.kind, "name");
  assert.equal(second?.entity.kind, "location");
});

test("a demonym refers to its country", () => {
  const ents = findEntitiesInText("Chinese diplomats rejected the proposal.", null);
  const m = mentionOf(ents, "Chinese");
  assert.equal(m?.kind, "demonym");
  assert.equal(entityWith(ents, "Chinese")?.kbId, "CHN");
});

test("a surname and a speaker pronoun corefer with the full name", () => {
  const text =
    'The ceasefire was announced by Tomas Halvorsen, a mediator from Norway. "Both sides have agreed," Halvorsen told reporters. The deal will hold, he said.';
  const ents = findEntitiesInText(text, null);
  const p = entityWith(ents, "Tomas Halvorsen");
  assert.ok(p);
  assert.ok(p.mentions.some((m) => m.text === "Halvorsen" && m.kind === "name"));
  assert.ok(p.mentions.some((m) => m.text === "he" && m.kind === "pronoun"));
});

test("Title-Case link fragments and sentence-initial capitals are not names", () => {
  const ents = findEntitiesInText("Some say the trading company does as well Help Russia With war supplies. Meanwhile prices rose.", null);
  assert.equal(mentionOf(ents, "Help"), undefined);
  assert.equal(mentionOf(ents, "With"), undefined);
  assert.equal(mentionOf(ents, "Help Russia With"), undefined);
  assert.equal(mentionOf(ents, "Meanwhile"), undefined);
  assert.equal(entityWith(ents, "Russia")?.kbId, "RUS");
});

test("organisations named by their head word", () => {
  const ents = findEntitiesInText("A statement from the Ministry of Foreign Affairs was read by an official of the Green Party.", null);
  assert.equal(entityWith(ents, "Ministry of Foreign Affairs")?.kind, "organization");
  assert.equal(entityWith(ents, "Green Party")?.kind, "organization");
});

test("the offsets invariant holds on a whole analysed article", () => {
  const text =
    "NATO allies meet in Brussels\n\nNATO foreign ministers met in Brussels on Thursday. The Kremlin warned the alliance. “We will respond,” said a spokesman for Russia’s foreign ministry.";
  const a = analyzeDocument("t1", documentFromText(text, "2024-04-04"));
  assertValidAnalysis(a);
  assert.ok(a.entities.some((e) => e.kbId === "IGO:NATO"));
  assert.ok(a.entities.some((e) => e.kbId === "RUSGOV" && e.mentions.some((m) => m.text === "Kremlin" && m.kind === "metonym")));
});

test("a description resolves to the office holder at the article's date", () => {
  const text = "The Russian president spoke by phone with the NATO chief on Friday.";
  const in2010 = findEntitiesInText(text, "2010-06-01");
  const in2024 = findEntitiesInText(text, "2024-06-01");
  const holder = (ents: Entity[], t: string) => ents.find((e) => e.mentions.some((m) => m.text === t && m.kind === "description"));
  assert.equal(holder(in2010, "The Russian president")?.kbId, "PER:dmitry-medvedev");
  assert.equal(holder(in2024, "The Russian president")?.kbId, "PER:vladimir-putin");
  assert.notEqual(holder(in2010, "the NATO chief")?.kbId, holder(in2024, "the NATO chief")?.kbId);
  const putin = holder(in2024, "The Russian president");
  assert.ok(putin?.roles.some((r) => r.source === "kb" && /president/i.test(r.title) && r.affiliation === "Russia"));
});

test("people not in the KB keep the roles the text gives them and later mentions by surname", () => {
  const text =
    "Anika Brandvold, a senior fellow at the Nordvik Institute, said the talks had stalled. Brandvold added that both delegations had left Oslo.";
  const ents = findEntitiesInText(text, "2023-02-01");
  const p = entityWith(ents, "Anika Brandvold");
  assert.equal(p?.kbId, null);
  assert.ok(p?.mentions.some((m) => m.text === "Brandvold"));
  assert.deepEqual(
    p?.roles.map((r) => [r.title, r.affiliation, r.source]),
    [["senior fellow", "Nordvik Institute", "text"]],
  );
  assert.equal(entityWith(ents, "Oslo")?.kind, "location");
});

test("a one-letter spelling variant with the same affiliation is the same person", () => {
  const text =
    "Ravi Kesavaraman, an analyst at the Harbourline Institute, doubted the figures. Later Ravi Kesavaramen, an analyst at the Harbourline Institute, repeated the claim.";
  const ents = findEntitiesInText(text, null);
  const p = entityWith(ents, "Ravi Kesavaraman");
  assert.ok(p?.mentions.some((m) => m.text === "Ravi Kesavaramen"));
});

test("empty and name-less texts give no entities", () => {
  assert.deepEqual(findEntitiesInText("", null), []);
  assert.deepEqual(findEntitiesInText("?!  …  ((", null), []);
  assert.deepEqual(findEntitiesInText("it rained all day and nobody came.", "2020-01-01"), []);
});
