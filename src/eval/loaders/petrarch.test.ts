import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadPetrarchActors, loadPetrarchAgents, loadPetrarchRecords } from "./petrarch.js";

// A tiny dictionary pair in the PETRARCH formats, written for this test.
const dir = mkdtempSync(join(tmpdir(), "entente-petr-"));
writeFileSync(
  join(dir, "PETR.Validate.actors.txt"),
  ["RURITANIA [RUR]", "+STRELSAU-CASTLE", "THE_TWIN_CITIES [ZEN/HEN]", "#GHOSTS [###]", ""].join("\n"),
);
writeFileSync(
  join(dir, "PETR.Validate.agents.txt"),
  [
    "!OFFICE! = MINISTER, MINISTRY",
    "!OFFICE!_OF_BRIDGES [~GOV]",
    "SOLDIER [~MIL]",
    "GENDARMERIE {} [~COP]",
    "DEPUTY [~GOV]",
    "BOSS [~BUS]",
    "GOOSE {GEESE} [~GGS]",
    "",
  ].join("\n"),
);
after(() => rmSync(dir, { recursive: true, force: true }));

test("actor names split at '_', '-' and spaces; a code list names several actors; comments are skipped", () => {
  const actors = loadPetrarchActors(dir);
  const byName = new Map(actors.map((a) => [a.words.join(" "), a.codeAt("20240101")]));
  assert.equal(byName.get("ruritania"), "RUR");
  assert.equal(byName.get("strelsau castle"), "RUR");
  assert.equal(byName.get("the twin cities"), "ZEN/HEN");
  assert.equal(byName.has("ghosts"), false);
});

test("agent substitution sets expand into every member", () => {
  const names = loadPetrarchAgents(dir).map((a) => `${a.words.join(" ")}:${a.code}`);
  assert.ok(names.includes("minister of bridges:GOV"), names.join(" | "));
  assert.ok(names.includes("ministry of bridges:GOV"), names.join(" | "));
  assert.ok(names.includes("soldier:MIL"));
});

test("agent plurals follow PETRARCH: braces replace the regular plural, empty braces give none, -y → -ies, -s → -es", () => {
  const names = new Set(loadPetrarchAgents(dir).map((a) => a.words.join(" ")));
  for (const n of ["soldiers", "deputies", "bosses", "geese"]) assert.ok(names.has(n), n);
  for (const n of ["gendarmeries", "gooses", "deputys"]) assert.equal(names.has(n), false, n);
});

test("a record whose parse reads other words than its text is flagged; token splits and spacing do not count", () => {
  const rec = (id: string, text: string, parse: string) =>
    `<Sentence date="20240101" id="${id}" category="T"><EventCoding noevents="True"></EventCoding><Text>${text}</Text><Parse>${parse}</Parse></Sentence>`;
  const file = join(dir, "PETR.UnitTest.records.xml");
  writeFileSync(
    file,
    [
      "<Sentences>",
      rec("same", "Ruritania's envoy left.", "(ROOT (S (NP (NP (NNP Ruritania) (POS 's)) (NN envoy)) (VP (VBD left)) (. .)))"),
      rec("other", "The Ruritania court met.", "(ROOT (S (NP (DT The) (NNP Ruritania) (NN police)) (VP (VBD met)) (. .)))"),
      "</Sentences>",
    ].join("\n"),
  );
  const byId = new Map(loadPetrarchRecords(dir).map((r) => [r.id, r.parseDiffers]));
  assert.equal(byId.get("same"), false);
  assert.equal(byId.get("other"), true);
});
