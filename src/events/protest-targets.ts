/**
 * Whom a protest is aimed at. Protesters often name their target only through the demand they
 * make while protesting: "blocked roads to press their demands from the government", "rioted …
 * demanding independence from X". The demand is a non-finite clause of the protest (a purpose
 * "to demand", a participle "demanding"), so its addressee is the protest's target too.
 */
import type { Token } from "../nlp/index.js";
import type { CandidateEvent } from "./extract.js";
import { CLAUSE_BREAKERS, COMPLEMENTISERS } from "./heuristics.js";
import type { Trigger } from "./triggers.js";

export interface SentenceEvent {
  trig: Trigger;
  event: CandidateEvent;
}

/** Most tokens from a protest's trigger to the demand that states its aim ("… on Sunday to press their demands"). */
const DEMAND_WINDOW = 20;

/** A protest that names no target of its own: no recipient, or only the place where it happened. */
function untargeted(e: CandidateEvent): boolean {
  const loc = e.location;
  return e.recipients.every((r) => loc !== null && r.start === loc.start && r.end === loc.end);
}

/** "to demand", "demanding": a verb with no tense of its own, a clause of the verb before it. */
function nonFinite(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head] as Token;
  const before = tokens[head - 1];
  if (before?.normal === "to") return true;
  if (!t.normal.endsWith("ing")) return false;
  // "are demanding" is a finite progressive with its own subject.
  return before?.pos !== "AUX";
}

function breakBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const n = (tokens[i] as Token).normal;
    if (CLAUSE_BREAKERS.has(n) || COMPLEMENTISERS.has(n)) return true;
  }
  return false;
}

/** The demand a protest is made for: the next REQUEST, non-finite, in the same clause, with an addressee. */
function demandOf(tokens: readonly Token[], items: readonly SentenceEvent[], protest: SentenceEvent): SentenceEvent | null {
  let next: SentenceEvent | null = null;
  for (const d of items) {
    if (d.event.type !== "REQUEST" || d.trig.head <= protest.trig.last) continue;
    if (!next || d.trig.head < next.trig.head) next = d;
  }
  if (!next || next.event.recipients.length === 0 || next.trig.nominal) return null;
  if (next.trig.head - protest.trig.last > DEMAND_WINDOW || !nonFinite(tokens, next.trig.head)) return null;
  return breakBetween(tokens, protest.trig.last, next.trig.head) ? null : next;
}

/** Protests of one sentence without a target take the addressee of the demand they are made for (in place). */
export function aimProtestsAtDemands(tokens: readonly Token[], items: readonly SentenceEvent[]): void {
  for (const p of items) {
    if (p.event.type !== "PROTEST" || !untargeted(p.event)) continue;
    const d = demandOf(tokens, items, p);
    if (!d) continue;
    const own = (r: { start: number; end: number }) => p.event.actors.some((a) => a.start === r.start && a.end === r.end);
    const targets = d.event.recipients.filter((r) => !own(r));
    if (targets.length > 0) p.event.recipients = targets;
  }
}
