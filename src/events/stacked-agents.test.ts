import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { agentLexicon, eventByTrigger, type HandEntity } from "./test-doc.test-support.js";

/** The shared agent nouns plus a charity's name, a religious current and the press, as a dictionary codes them. */
const MORE: Record<string, string> = { lifeline: "NGO", islamist: "MUS", media: "MED", diplomat: "GOV" };
const lexicon: ActorLexicon = { ...agentLexicon, agentSector: (t: Token) => MORE[t.normal] ?? agentLexicon.agentSector(t) };

const ZEMBLA: HandEntity = { surface: "Zembla", kind: "country", country: "ZMB" };
const FLORIN: HandEntity = { surface: "Florin", kind: "country", country: "FLO" };

const stacks = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => `${a.text} ${a.country}/${(a.sectors ?? [a.sector]).join("+")}`);

test("a bare agent right before a country + agent compound qualifies it: one actor, both sectors stacked", () => {
  const e = eventByTrigger("accused", "A Lifeline Zembla diplomat accused Florin of lying.", [ZEMBLA, FLORIN], lexicon);
  assert.deepEqual(stacks(e?.actors), ["Lifeline Zembla diplomat ZMB/NGO+GOV"]);
  assert.equal(e?.actors[0]?.sector, "GOV");
});

test("an agent word before the head agent noun stacks its sector before the head's", () => {
  const e = eventByTrigger("accused", "Zembla Islamist media accused Florin of lying.", [ZEMBLA, FLORIN], lexicon);
  assert.deepEqual(stacks(e?.actors), ["Zembla Islamist media ZMB/MUS+MED"]);
});

test("a bare agent coordinated after a qualified national one shares its country and qualifiers", () => {
  const e = eventByTrigger("accused", "Zembla Islamist media and government accused Florin of lying.", [ZEMBLA, FLORIN], lexicon);
  assert.deepEqual(stacks(e?.actors), ["Zembla Islamist media ZMB/MUS+MED", "government ZMB/MUS+GOV"]);
});

test("an actor with one sector has no stacked list", () => {
  const e = eventByTrigger("accused", "Zembla troops accused Florin of lying.", [ZEMBLA, FLORIN], lexicon);
  assert.deepEqual(stacks(e?.actors), ["Zembla troops ZMB/MIL"]);
  assert.equal(e?.actors[0]?.sectors, undefined);
});
