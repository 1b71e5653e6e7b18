/** Speaker accuracy on our own direct-quote fixtures (test/fixtures/attribution/speakers.json). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Analysis, Entity } from "../contract/analysis.js";
import { attributeText } from "./attribute-text.js";

interface SpeakerCase {
  text: string;
  quote: string;
  speaker: string;
}

const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/attribution/speakers.json", import.meta.url), "utf8")) as {
  cases: SpeakerCase[];
};

/** The attribution whose content holds the quoted words. */
function attributionOf(a: Analysis, quote: string) {
  const at = a.document.text.indexOf(quote);
  return a.attributions.find((x) => x.content.start <= at && at + quote.length <= x.content.end);
}

/** Entities are produced by another stage; here one entity per expected speaker stands in for it. */
function speakerEntity(text: string, speaker: string): Entity[] {
  const at = text.indexOf(speaker);
  if (at < 0) return [];
  return [
    {
      id: "e1",
      name: speaker,
      kind: "person",
      kbId: null,
      country: null,
      sector: null,
      roles: [],
      mentions: [{ start: at, end: at + speaker.length, text: speaker, kind: "name" }],
    },
  ];
}

test("fixtures: at least 60 varied direct-quote cases", () => {
  assert.ok(fixture.cases.length >= 60, `${fixture.cases.length} cases`);
});

test("speaker of direct quotes is right in at least 95% of the fixtures", () => {
  const wrong: string[] = [];
  for (const c of fixture.cases) {
    const a = attributeText(c.text);
    assertValidAnalysis(a);
    const got = attributionOf(a, c.quote);
    if (got?.source?.text !== c.speaker) wrong.push(`${JSON.stringify(c.text)} → ${got?.source?.text ?? "(none)"}, expected ${c.speaker}`);
  }
  const accuracy = 1 - wrong.length / fixture.cases.length;
  assert.ok(accuracy >= 0.95, `speaker accuracy ${accuracy.toFixed(3)}; wrong:\n${wrong.join("\n")}`);
});

test("speaker spans resolve to the entity whose mention they overlap", () => {
  let linked = 0;
  for (const c of fixture.cases) {
    const text = extractText(c.text);
    const a = attributeText(c.text, speakerEntity(text, c.speaker));
    assertValidAnalysis(a);
    if (attributionOf(a, c.quote)?.source?.entityId === "e1") linked++;
  }
  assert.ok(linked / fixture.cases.length >= 0.95, `${linked} of ${fixture.cases.length} linked`);
});

/** The document text the stage sees (extraction may normalise whitespace). */
function extractText(text: string): string {
  return attributeText(text).document.text;
}

test("a lone quantifier or a subject with no noun head before a verb of saying is the speaker", () => {
  const a = attributeText("Sens. Roe (D-Ore.) and Poe (R-Utah) all agreed that the bill was flawed.");
  assertValidAnalysis(a);
  assert.equal(attributionOf(a, "bill was flawed")?.source?.text, "all");
  const b = attributeText("Those close to the king say he will abdicate.");
  assertValidAnalysis(b);
  assert.equal(attributionOf(b, "abdicate")?.source?.text, "Those close to the king");
});

test("a relative pronoun right before the cue is the speaker mention; its entity is the antecedent's", () => {
  const text = "The talks stalled, blamed by Dana Oyelaran, who said the other side had walked away.";
  const a = attributeText(text, speakerEntity(text, "Dana Oyelaran"));
  assertValidAnalysis(a);
  const x = attributionOf(a, "walked away");
  assert.equal(x?.source?.text, "who");
  assert.equal(x?.source?.entityId, "e1");
  // Past a relative clause the speaker is the phrase before it, as before.
  const b = attributeText("The mayor, who leads the board, said the budget was final.");
  assertValidAnalysis(b);
  assert.equal(attributionOf(b, "budget was final")?.source?.text, "The mayor");
});
