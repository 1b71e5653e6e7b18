/**
 * Gazetteer codes per token for the tagger: knowledge-base matches (countries, organisations,
 * groups, people, places, demonyms, seats of power) and closed-class role/organisation/place
 * words from heuristics.ts. The same function runs at training and tagging time.
 */
import { getKb, type KbMatch } from "../../kb/index.js";
import { NAME_PARTICLES, ORG_WORDS, PLACE_WORDS, TITLE_WORDS } from "../heuristics.js";
import type { TagToken } from "./features.js";

const UPPER_START = /^\p{Lu}/u;

/** Short code of a KB reading: its kind, or how it matched for demonyms and seats of power. */
function kbCode(matches: readonly KbMatch[]): string {
  const kinds = new Set<string>();
  for (const m of matches) {
    if (m.via === "demonym") kinds.add("dem");
    else if (m.via === "metonym" || m.via === "capital") kinds.add("cap");
    else kinds.add(m.entry.kind);
  }
  return [...kinds].sort().join("+");
}

export function gazetteerCodes(tokens: readonly TagToken[]): string[] {
  const out = new Array<string>(tokens.length).fill("");
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as TagToken).normal;
    if (TITLE_WORDS.has(w)) out[i] = "title";
    else if (ORG_WORDS.has(w)) out[i] = "org";
    else if (PLACE_WORDS.has(w)) out[i] = "place";
    else if (NAME_PARTICLES.has(w)) out[i] = "part";
  }
  const kb = getKb();
  const words = tokens.map((t) => t.text);
  for (let i = 0; i < tokens.length; ) {
    if (!UPPER_START.test((tokens[i] as TagToken).text)) {
      i++;
      continue;
    }
    const hit = kb.matchTokens(words, i);
    if (!hit) {
      i++;
      continue;
    }
    const code = kbCode(hit.matches);
    for (let k = 0; k < hit.length; k++) out[i + k] = `${k === 0 ? "B" : "I"}:${code}:${out[i + k]}`;
    i += hit.length;
  }
  return out;
}
