import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { analyze } from "../pipeline/analyze.js";
import { datelineDate, inferPublicationDate } from "./dates.js";
import { repairGluedWords } from "./glue-repair.js";
import { extractDocument } from "./index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/extract");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");

function kindsOf(d: { text: string; removed: Array<{ kind: string; text: string }> }, needle: string): string[] {
  assert.ok(!d.text.includes(needle), `"${needle}" should not be in the text`);
  return d.removed.filter((r) => r.text.includes(needle)).map((r) => r.kind);
}

test("plain text: a credit followed by its caption, a comment count and a 'this week' date from the caption", () => {
  const a = analyze({ id: "t2", text: read("credit-before-caption.txt") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.equal(d.title, "Baltic ministers open energy talks as winter prices loom");
  assert.deepEqual(
    d.removed.filter((r) => r.kind === "dateline").map((r) => r.text),
    ["Tallinn"],
  );
  assert.deepEqual(kindsOf(d, "Anna Holm/AP"), ["credit"]);
  assert.deepEqual(kindsOf(d, "Delegates, left, arrive"), ["caption"]);
  assert.deepEqual(kindsOf(d, "Ferry operators warn"), ["related"]);
  assert.deepEqual(kindsOf(d, "2 Comments"), ["comments"]);
  assert.deepEqual(kindsOf(d, "Required fields"), ["comments"]);
  assert.ok(d.paragraphs.some((p) => p.kind === "heading" && d.text.slice(p.start, p.end) === "A slow start"));
  // Quoted speech stays in the text.
  assert.ok(d.text.includes('described the mood as "polite but stubborn".'));
  assert.ok(d.text.includes("for households Prices for heating"), "lower-case word glued to a capitalised one is split");
  const glue = a.messages.filter((m) => m.rule === "extract:glued-word");
  assert.equal(glue.length, 1);
  assert.equal(glue[0]!.message, "split 'householdsPrices'");
  assert.equal(d.text.slice(glue[0]!.start!, glue[0]!.end!), "households Prices");
  // The photo's date is the document's own evidence even though the caption left the text.
  assert.equal(d.publishedAt, "2024-06-03");
  assert.equal(d.publishedAtSource, "inferred");
});

test("plain text: a body paragraph after a credit is not taken for a caption", () => {
  const d = extractDocument({
    id: "c",
    text:
      "Storm closes ports along the coast\n\nHarbour masters closed four ports on Friday as the storm moved north along the coast.\n\n" +
      "Ola Berg/Reuters\n\nFishermen said the closure would cost them a week of work, and several asked for help from the state.\n\n" +
      "The ports are expected to reopen on Monday if the wind drops as forecast.",
  });
  assert.deepEqual(kindsOf(d, "Ola Berg/Reuters"), ["credit"]);
  assert.ok(d.text.includes("Fishermen said the closure"));
});

test("glue repair: only unambiguous joins are split", () => {
  assert.equal(repairGluedWords("a difficult yearPrices rose").text, "a difficult year Prices rose");
  assert.equal(repairGluedWords("talks in TallinnThe ministers").text, "talks in Tallinn The ministers");
  for (const keep of [
    "iPhone sales",
    "eBay listings",
    "YouTube channel",
    "PlayStation games",
    "McDonald outlets",
    "JavaScript code",
    "the getElementById call",
    "on LinkedIn today",
    "MoveOn said",
    "NowThis reported",
  ])
    assert.equal(repairGluedWords(keep).text, keep, keep);
});

test("date inference: latest absolute date, weekday agreement, 'this week' with a date, null without evidence", () => {
  const now = new Date("2025-01-01T00:00:00Z");
  assert.equal(
    inferPublicationDate("The accord of June 3, 2019 was replaced on 14 February 2022, and talks resumed on March 2, 2021.", now),
    "2022-02-14",
  );
  assert.equal(
    inferPublicationDate("Since the 2023 elections the leaders met twice; they meet again on Thursday, May 16.", now),
    "2024-05-16",
  );
  assert.equal(inferPublicationDate("The 2024 budget talks open this week, on June 12, in the capital.", now), "2024-06-12");
  // "this week" without a year near the date: no evidence of the year.
  assert.equal(inferPublicationDate("The budget talks open this week, on June 12, in the capital.", now), null);
  // A future date is not a publication date.
  assert.equal(inferPublicationDate("The treaty expires on January 5, 2030.", now), null);
  assert.equal(inferPublicationDate("Ministers met in the capital and agreed to keep talking.", now), null);
});

test("dateline: a full date near the top, with the year written in full", () => {
  assert.equal(datelineDate("GENEVA, March 4, 2021 — Negotiators resumed talks on Thursday."), "2021-03-04");
  assert.equal(datelineDate("GENEVA — By Feb. 9, 12 delegations had left the talks."), null);
  assert.equal(datelineDate("GENEVA — Negotiators resumed talks on Thursday."), null);
});
