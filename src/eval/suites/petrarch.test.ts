import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { runNlp } from "../../nlp/index.js";
import { actorCodes, petrarchLexicon } from "./petrarch.js";

const PREFIX = new Set(["NGO"]);

test("an actor's code is its country with its agent code after it, '---' for no country", () => {
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "GOV" }, PREFIX), ["ZMBGOV"]);
  assert.deepEqual(actorCodes({ country: null, sector: "GOV" }, PREFIX), ["---GOV"]);
});

test("stacked agent codes go on in order, a prefix agent before the country", () => {
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "GOV", sectors: ["NGO", "GOV"] }, PREFIX), ["NGOZMBGOV"]);
  assert.deepEqual(actorCodes({ country: "ZMB", sector: "MED", sectors: ["MUS", "MED"] }, PREFIX), ["ZMBMUSMED"]);
});

test("an agent the actor code already carries is not repeated, and a code list names one actor per code", () => {
  assert.deepEqual(actorCodes({ country: "ZMBGOV", sector: "GOV" }, PREFIX), ["ZMBGOV"]);
  assert.deepEqual(actorCodes({ country: "ZMB/FLO", sector: "MIL" }, PREFIX), ["ZMBMIL", "FLOMIL"]);
});

test("the injected lexicon matches an agent as the dictionary writes it, with the plurals it generates", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-petr-lex-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "PETR.Validate.actors.txt"), "RURITANIA [RUR]\n");
  writeFileSync(join(dir, "PETR.Validate.agents.txt"), "GENDARMERIE {} [~COP]\nSOLDIER [~MIL]\n");
  const lexicon = petrarchLexicon(dir, "20240101");
  const sector = (text: string) => lexicon.agentSector(runNlp(text).tokens[0] as never);
  assert.equal(sector("gendarmerie"), "COP");
  assert.equal(sector("gendarmeries"), null); // empty braces: the dictionary gives no plural
  assert.equal(sector("soldiers"), "MIL");
});
