import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon, LexiconMatch } from "./actors.js";
import { agentLexicon, eventsOf, type HandEntity, withType } from "./test-doc.test-support.js";

/** Names and multi-word role groups as a small dictionary lists them. */
const NAMES: Record<string, Omit<LexiconMatch, "length">> = {
  valdoria: { country: "VAL", sector: null, kind: "country" },
  ostmark: { country: "OST", sector: null, kind: "country" },
  "border guards": { country: null, sector: "COP", kind: "group" },
};
const lexicon: ActorLexicon = {
  ...agentLexicon,
  matchAt(tokens: readonly Token[], i: number, end: number): LexiconMatch | null {
    for (const n of [2, 1]) {
      if (i + n > end) continue;
      const hit =
        NAMES[
          tokens
            .slice(i, i + n)
            .map((t) => t.normal)
            .join(" ")
        ];
      if (hit) return { ...hit, length: n };
    }
    return null;
  },
  agentSector: (t: Token) => ({ minister: "GOV", ministers: "GOV", president: "GOV" })[t.normal] ?? agentLexicon.agentSector(t),
};

function coded(sentence: string, type: Event["type"], entities: HandEntity[] = []): { actors: string[]; recipients: string[] } {
  const { events, analysis } = eventsOf(sentence, { entities }, lexicon);
  assertValidAnalysis(analysis);
  const e = withType(events, type);
  const codes = (xs: Event["actors"]) => xs.map((a) => `${a.country}/${a.sector}`);
  return { actors: codes(e?.actors ?? []), recipients: codes(e?.recipients ?? []) };
}

test("a role no longer held ('former', 'ousted') is the ELI sector, inside or just before the mention", () => {
  const e = coded("Former Valdoria ministers met ousted Ostmark president in a hotel.", "CONSULT");
  assert.deepEqual(e.actors, ["VAL/ELI"]);
  assert.deepEqual(e.recipients, ["OST/ELI"]);
  // The status word after a country name and before the role belongs to the role.
  assert.deepEqual(coded("Valdoria former border guards attacked Ostmark.", "ASSAULT").actors, ["VAL/ELI"]);
});

test("a former country or a role without the status word keeps its codes", () => {
  assert.deepEqual(coded("Valdoria ministers met Ostmark president in a hotel.", "CONSULT").actors, ["VAL/GOV"]);
  // Without a role there is no office to have left: a former state is still the country.
  const e = coded("Valdoria attacked former Ostmark.", "ASSAULT");
  assert.deepEqual(e.recipients, ["OST/null"]);
});

test("a country name, adjectives and a role group the dictionary lists are one actor", () => {
  assert.deepEqual(coded("Valdoria armed border guards attacked Ostmark.", "ASSAULT").actors, ["VAL/COP"]);
});

test("'A's envoys and delegates of B' as a subject: B owns the second conjunct and acts too", () => {
  const both = coded("Valdoria's envoys and delegates of Ostmark attacked the convoy.", "ASSAULT");
  assert.deepEqual(both.actors, ["VAL/null", "OST/null"]);
  // Without a second noun before "of" the phrase is the first actor's ("A's delegation of B").
  assert.deepEqual(coded("Valdoria's delegation of Ostmark attacked the convoy.", "ASSAULT").actors, ["VAL/null"]);
});
