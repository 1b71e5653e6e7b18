import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const mentionsOf = (text: string, surface: string) =>
  findEntitiesInText(text, null)
    .filter((e) => e.mentions.some((m) => m.text === surface && m.kind === "name"))
    .map(
      (e) =>
        `${e.kind}:${e.mentions
          .filter((m) => m.kind === "name")
          .map((m) => m.text)
          .join("|")}`,
    );

test("a company named in full is found again by its short name, as the same organisation", () => {
  const text = "Velmora Motor Company will pay $40 million for the plant. Analysts welcomed Velmora's offer on Friday.";
  assert.deepEqual(mentionsOf(text, "Velmora"), ["organization:Velmora Motor Company|Velmora"]);
});

test("a legal form is left out of the short name ('Brandt LLC' → 'Brandt')", () => {
  const text = "Brandt LLC sold its stake. Investors in Brandt were told on Monday.";
  assert.deepEqual(mentionsOf(text, "Brandt"), ["organization:Brandt LLC|Brandt"]);
});

test("a short name that is a common word, a title or a demonym is not propagated", () => {
  // the document writes "general" in lower case: "General" alone is no short name of "General Motors"
  const general = findEntitiesInText("General Motors cut jobs. In general, the General was pleased.", null);
  assert.ok(!general.some((e) => e.mentions.some((m) => m.text === "General")));
  const american = findEntitiesInText("American Airlines added flights. The American envoy flew in.", null);
  assert.ok(!american.some((e) => e.kind === "organization" && e.mentions.some((m) => m.text === "American")));
});
