/**
 * A name hyphened to a lower-case word is part of a compound modifier, not a mention of its own:
 * "the Craiova-based car maker", "an all-Airbus fleet", "an EADS-led consortium". CoNLL-style
 * NER, which tokenises at spaces only, never annotates the name inside such a word. A country so
 * used says whose, like a demonym ("a US-made jet"), and so does a seat of government
("Kremlin-backed rebels"); any other name is left out. The lower-case
 * Arabic article before a name ("al-Qaeda") is part of the name, not a compound (see glued.ts).
 */
import type { Token } from "../nlp/index.js";
import { isHyphenedArticle } from "./glued.js";
import type { Candidate, TextView } from "./types.js";

const HYPHENS = new Set(["-", "‐", "‑"]);

const startsLower = (t: Token | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text);

/** Tokens a, b and c are written without spaces between them ("Craiova" "-" "based"). */
const written = (a: Token | undefined, b: Token | undefined, c: Token | undefined) =>
  a !== undefined && b !== undefined && c !== undefined && a.end === b.start && b.end === c.start && HYPHENS.has(b.text);

/** Whether the candidate is hyphened to a lower-case word before or after it. */
export function inLowerCaseCompound(view: TextView, c: Candidate): boolean {
  const { tokens } = view;
  const last = tokens[c.end - 1];
  const after = tokens[c.end + 1];
  if (written(last, tokens[c.end], after) && startsLower(after)) return true;
  const before = tokens[c.first - 2];
  return written(before, tokens[c.first - 1], tokens[c.first]) && startsLower(before) && !isHyphenedArticle(tokens, c.first - 2);
}

/** Leaves out names inside lower-case compounds; a country or metonym there becomes a demonym mention. */
export function dropCompoundNames(view: TextView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if ((c.kind !== "name" && c.kind !== "metonym") || !inLowerCaseCompound(view, c)) out.push(c);
    else if (c.entityKind === "country" || c.kind === "metonym") out.push({ ...c, kind: "demonym" });
  }
  return out;
}
