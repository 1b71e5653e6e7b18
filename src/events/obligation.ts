/**
 * Stated obligations as demands: "X declared that Y must drop its barriers", "X said the US must
 * mediate" are X's demand on Y (PLOVER REQUEST), whatever the obligation's own verb. The trigger
 * is X's verb of saying; the recipient is the subject of the obligation clause.
 */
import type { Token } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import { type SentenceView, subjectOf, verbGroupStart } from "./arguments.js";
import { CLAUSE_BREAKERS } from "./heuristics.js";
import type { Trigger } from "./triggers.js";

/** Modals of obligation: what the clause's subject is told it has to do. */
const OBLIGATION_MODALS = new Set(["must"]);
/** Most tokens between the saying verb and the obligation modal ("declared Tuesday that the US and other nations must"). */
const SAYING_WINDOW = 12;

function tok(v: SentenceView, i: number): Token {
  return v.tokens[i] as Token;
}

/** The saying verb governing the clause that ends at `modal`, or -1: the nearest verb before it, with no other verb between. */
function sayingVerb(v: SentenceView, modal: number): number {
  for (let i = modal - 1; i >= Math.max(v.first, modal - SAYING_WINDOW); i--) {
    const t = tok(v, i);
    if (t.pos === "VERB") return i;
    if (t.pos === "AUX" || CLAUSE_BREAKERS.has(t.normal)) return -1;
  }
  return -1;
}

/** Does the token range have an obligation modal (a cheap test before building the sentence view)? */
export function hasObligation(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (OBLIGATION_MODALS.has((tokens[i] as Token).normal)) return true;
  return false;
}

/** REQUEST triggers at the saying verbs of the sentence's obligation clauses, with the clause's subject as target. */
export function obligationTriggers(v: SentenceView): Trigger[] {
  const out: Trigger[] = [];
  for (let i = v.first + 1; i < v.last; i++) {
    if (!OBLIGATION_MODALS.has(tok(v, i).normal)) continue;
    const verb = sayingVerb(v, i);
    if (verb < 0) continue;
    const target = subjectOf(v, i).filter((m: ActorMention) => m.first > verb);
    if (target.length === 0 || subjectOf(v, verbGroupStart(v, verb)).length === 0) continue;
    out.push({
      first: verb,
      last: verb + 1,
      head: verb,
      nominal: false,
      cameo: null,
      reverseCameo: null,
      code: { type: "REQUEST", mode: null, context: [] },
      consumed: [],
      weak: false,
      roles: { source: null, target, compound: null },
    });
  }
  return out;
}
