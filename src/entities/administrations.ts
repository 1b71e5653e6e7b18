/**
 * "The Bush administration", "the Blair government": a head of state's or government's surname
 * before a word for the government names that government, of the leader's day. The surname
 * stays a mention of the person (as CoNLL-style NER reads it); the whole phrase is a description
 * of the country's government (PLOVER codes it USAGOV, GBRGOV, …).
 */
import { getKb, type KbEntry } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import type { Candidate, TextView } from "./types.js";

/** Nouns after a leader's surname that mean the government they led. */
const GOVERNMENT_NOUNS = new Set(["administration", "government", "cabinet", "regime"]);

/** Offices whose holder's surname names a government. */
const LEADER_TITLES = ["President", "Prime Minister", "Chancellor"];

function leaderNamed(surname: string, date: string | null): KbEntry | undefined {
  const kb = getKb();
  for (const title of LEADER_TITLES) {
    const hit = kb.titledHolder({ surname, title }, date);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Marks the person in "<surname> administration" and returns descriptions of the governments so
 * named. A finder's span over the whole phrase ("Bush administration" as an organisation) shrinks
 * to the person.
 */
export function administrations(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const { tokens } = view;
  const kb = getKb();
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== "name" || c.type === "LOC") continue;
    const last = c.end - 1;
    const name = tokens[last] as Token;
    const noun = tokens[last + 1];
    let nounAt = last + 1;
    if (c.end - c.first > 1 && GOVERNMENT_NOUNS.has(name.normal)) nounAt = last; // the span ran over the noun
    const head = tokens[nounAt];
    if (!head || !GOVERNMENT_NOUNS.has(head.normal) || head.sentence !== name.sentence || nounAt - 1 < c.first) continue;
    const surname = tokens[nounAt - 1] as Token;
    if (!/^\p{Lu}\p{Ll}/u.test(surname.text) || (noun && nounAt === last + 1 && noun.sentence !== name.sentence)) continue;
    const leader = leaderNamed(surname.text, view.publishedAt);
    const gov = leader?.country ? kb.byId(`${leader.country}GOV`) : undefined;
    if (!leader || !gov) continue;
    Object.assign(c, { end: nounAt, type: "PER", entityKind: "person", kbId: leader.id, country: leader.country, sector: leader.sector });
    out.push({
      ...c,
      end: nounAt + 1,
      type: "ORG",
      kind: "description",
      entityKind: gov.kind,
      kbId: gov.id,
      country: gov.country,
      sector: gov.sector,
      source: "kb",
      roles: [],
    });
  }
  return out;
}
