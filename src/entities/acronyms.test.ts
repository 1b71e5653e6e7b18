import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const entityOf = (text: string, surface: string) =>
  findEntitiesInText(text, null).find((e) => e.mentions.some((m) => m.text === surface && m.kind === "name"));

test("an acronym of an organisation the article names is that organisation", () => {
  const text = "Halvard Tractor Company cut 2,000 jobs on Monday. Dealers said orders for HTC machines fell, and sales at HTC dropped.";
  const e = entityOf(text, "HTC");
  assert.equal(e?.kind, "organization");
  assert.deepEqual(
    e?.mentions.filter((m) => m.kind === "name").map((m) => m.text),
    ["Halvard Tractor Company", "HTC", "HTC"],
  );
});

test("connectors are skipped in the initials, and dotted acronyms count", () => {
  const text = "The Office of Budget Review published figures. A spokesman for the O.B.R. declined to comment.";
  assert.equal(entityOf(text, "O.B.R.")?.mentions[0]?.text, "Office of Budget Review");
});

test("all-capital words that spell no organisation's initials are left alone", () => {
  const text = "Halvard Tractor Company cut jobs. The NLX index fell.";
  assert.equal(entityOf(text, "NLX")?.name === "Halvard Tractor Company", false);
});
