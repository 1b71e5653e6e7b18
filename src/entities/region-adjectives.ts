/**
 * Region adjectives: a compass or region word before a demonym ("North American losses",
 * "Latin American leaders", "East European diplomats") is an adjective, not a name; news NER
 * tags it MISC, never PER/ORG/LOC. Country demonyms the KB knows ("South African") are linked
 * and kept as demonym mentions; this drops the unlinked ones the tagger guessed as names.
 */
import { getKb } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import type { Candidate, TextView } from "./types.js";

/** Words that turn a demonym into a region's adjective. */
const REGION_PREFIXES = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "latin"]);

function isRegionAdjective(view: TextView, c: Candidate): boolean {
  if (c.kbId || c.kind !== "name" || c.end - c.first < 2) return false;
  for (let k = c.first; k < c.end - 1; k++) if (!REGION_PREFIXES.has((view.tokens[k] as Token).text.toLowerCase())) return false;
  return getKb().demonymCountry((view.tokens[c.end - 1] as Token).text) !== null;
}

export function dropRegionAdjectives(view: TextView, cands: readonly Candidate[]): Candidate[] {
  return cands.filter((c) => !isRegionAdjective(view, c));
}
