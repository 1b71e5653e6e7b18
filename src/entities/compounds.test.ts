import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const mentions = (text: string) => findEntitiesInText(text, null).flatMap((e) => e.mentions.map((m) => `${m.kind}:${m.text}`));

test("a name hyphened to a lower-case word is part of a modifier, not a name mention", () => {
  const found = mentions("The Talvora-based carmaker bought an all-Brandex fleet for an Ostrel-led consortium.");
  assert.ok(!found.some((m) => /Talvora|Brandex|Ostrel/.test(m)), found.join(", "));
});

test("a country or seat of government in such a compound says whose, as a demonym", () => {
  const found = mentions("Kremlin-backed fighters shot down a US-made drone near Donetsk.");
  assert.ok(found.includes("demonym:Kremlin"), found.join(", "));
  assert.ok(found.includes("demonym:US"), found.join(", "));
  assert.ok(found.includes("name:Donetsk"), found.join(", "));
});

test("an Arabic article hyphened to a name is part of the name", () => {
  const found = mentions("Officials said al-Shabaab attacked the base.");
  assert.ok(
    found.some((m) => m.startsWith("name:al-Shabaab")),
    found.join(", "),
  );
});
