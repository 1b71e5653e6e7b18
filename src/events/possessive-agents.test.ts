import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { runNlp } from "../nlp/index.js";
import type { ActorLexicon } from "./actors.js";
import { kbLexicon } from "./kb-lexicon.js";
import { agentLexicon, eventByTrigger, type HandEntity } from "./test-doc.test-support.js";

/** The shared test lexicon with a role noun and inmates, as the KB codes them. */
const MORE: Record<string, string> = { leader: "GOV", prisoners: "CRM" };
const lexicon: ActorLexicon = { ...agentLexicon, agentSector: (t: Token) => MORE[t.normal] ?? agentLexicon.agentSector(t) };

const codes = (xs: Event["actors"] | undefined) => (xs ?? []).map((a) => `${a.text} ${a.country}/${a.sector}`);

function byTrigger(trigger: string, text: string, entities: HandEntity[]): Event | undefined {
  return eventByTrigger(trigger, text, entities, lexicon);
}

test("a capital's agent named after its possessive has the agent's sector, not the capital's government", () => {
  const e = byTrigger("arrested", "Varna's police arrested ten students.", [
    { surface: "Varna", kind: "organization", country: "ZMB", sector: "GOV", mention: "metonym" },
  ]);
  assert.deepEqual(codes(e?.actors), ["Varna's police ZMB/COP"]);
});

test("a lone role noun after a group's possessive keeps the group's sector", () => {
  const e = byTrigger("rejected", "The Front's leader rejected the plan.", [
    { surface: "Front", kind: "group", country: "ZMB", sector: "REB" },
  ]);
  assert.ok(codes(e?.actors)[0]?.endsWith("ZMB/REB"));
});

test("prisoners take the country where they are held", () => {
  const e = byTrigger("rioted", "Prisoners rioted at a jail in Zembla on Monday.", [
    { surface: "Zembla", kind: "country", country: "ZMB" },
  ]);
  assert.deepEqual(
    e?.actors.map((a) => `${a.country}/${a.sector}`),
    ["ZMB/CRM"],
  );
});

test("a listed two-word agent counts when the tagger reads its head as an adjective", () => {
  const nlp = runNlp("The security chief spoke.");
  const [, a, b] = nlp.tokens;
  assert.ok(a && b);
  assert.equal(kbLexicon().compoundSector?.(a, b), "COP");
});

test("a role word the tagger reads as an adjective before a name is the name's role", () => {
  const lex: ActorLexicon = { ...lexicon, agentSector: (t: Token) => (t.normal === "militant" ? "REB" : lexicon.agentSector(t)) };
  const e = eventByTrigger(
    "extradited",
    "Zembla extradited suspected Florin militant Ivo Lark to Florin on Sunday.",
    [
      { surface: "Zembla", kind: "country", country: "ZMB" },
      { surface: "Florin", kind: "country", country: "FLO", mention: "demonym" },
      { surface: "Ivo Lark", kind: "person", country: null },
    ],
    lex,
  );
  assert.ok(e?.recipients.some((r) => r.country === "FLO" && r.sector === "REB"));
});

test("a capital read as its government inside a longer institution name gives only its country", () => {
  // The KB reads a capital alone as its government; the name's head noun says what the body is.
  const lex: ActorLexicon = {
    ...lexicon,
    matchAt: (tokens, i) => (tokens[i]?.text === "Varna" ? { length: 1, country: "ZMB", sector: "GOV", kind: "organization" } : null),
    agentSector: (t: Token) => (t.normal === "university" ? "EDU" : lexicon.agentSector(t)),
  };
  const e = eventByTrigger(
    "attacked",
    "Florin soldiers attacked Varna State University.",
    [
      { surface: "Florin", kind: "country", country: "FLO", mention: "demonym" },
      { surface: "Varna State University", kind: "organization", country: null },
    ],
    lex,
  );
  assert.deepEqual(
    e?.recipients.map((r) => `${r.country}/${r.sector}`),
    ["ZMB/EDU"],
  );
});
