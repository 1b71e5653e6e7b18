import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

const mentions = (text: string) =>
  findEntitiesInText(text, "2024-05-14").flatMap((e) =>
    e.mentions.filter((m) => m.kind === "name").map((m) => ({ text: m.text, kind: e.kind, kbId: e.kbId })),
  );

test("KB names run together where a link was lost are separated again", () => {
  const text = "The Chinese leader will welcome Vladimir Putin China on Thursday for talks.";
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === "Vladimir Putin" && m.kind === "person" && m.kbId === "PER:vladimir-putin"));
  assert.ok(found.some((m) => m.text === "China" && m.kind === "country"));
  assert.ok(!found.some((m) => m.text.includes("Putin China")));
});

test("a name that is one KB entry is not split into pieces", () => {
  const found = mentions("Officials from Papua New Guinea and Bosnia and Herzegovina met in Geneva.");
  assert.ok(found.some((m) => m.text === "Papua New Guinea"));
});

test("a titled person inside a phrase the tagger calls miscellaneous is still found", () => {
  const text = "Chinese President Xi Jinping will host the summit next week, the ministry said.";
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === "Xi Jinping" && m.kind === "person" && m.kbId === "PER:xi-jinping"));
});

test("a bare surname-first name is the person named in full before, whatever its tagged type", () => {
  const entities = findEntitiesInText(
    "Chinese President Xi Jinping will host the summit. In Europe, Xi had to do just that. Xi intensified his calls for Europe to help.",
    "2024-05-14",
  );
  const xi = entities.find((e) => e.kbId === "PER:xi-jinping");
  assert.equal(xi?.kind, "person");
  assert.deepEqual(
    xi?.mentions.filter((m) => m.kind === "name").map((m) => m.text),
    ["Xi Jinping", "Xi", "Xi"],
  );
  assert.ok(!entities.some((e) => e.kind !== "person" && e.mentions.some((m) => m.text === "Xi")));
});

test("a name stops at a lost link seam, where lower-case text of the same sentence goes on", () => {
  const text =
    "The talks follow a state visit to Moscow Just over a year ago, in just a week. The war in Gaza Analysts say the deal will hold, analysts said. China Eastern said eastern routes were busy.";
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === "Moscow" && m.kbId === "LOC:RUS:moscow"));
  assert.ok(found.some((m) => m.text === "Gaza"));
  assert.ok(!found.some((m) => m.text.includes("Just") || m.text.includes("Analysts")));
  // a name whose last word is an adjective stays whole
  assert.ok(found.some((m) => m.text === "China Eastern"));
});

test("an organisation the KB does not know takes the country its name gives", () => {
  const entities = findEntitiesInText(
    "The Serbian Workers' Union and the Bank of Korea met the Chinese Academy of Sciences and Acme Holdings.",
    "2010-01-01",
  );
  const country = (name: string) => entities.find((e) => e.name === name)?.country;
  assert.equal(country("Serbian Workers' Union"), "SRB");
  assert.equal(country("Bank of Korea"), "KOR");
  assert.equal(country("Chinese Academy of Sciences"), "CHN");
  assert.equal(country("Acme Holdings"), null);
});
