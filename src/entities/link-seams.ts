/**
 * Scraped text loses the markup around links, so a link's text runs into the next sentence or
 * clause: "a state visit to Moscow Just over a year ago", "The war in Gaza Analysts say". The
 * tagger then reads the capitalised word after a known name as part of it. A name ends at such
 * a seam: its last word is one the document also writes in lower case, lower-case text follows
 * it, and what comes before it is a knowledge-base name on its own.
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { NAME_PARTICLES } from "./heuristics.js";
import type { TextView } from "./types.js";

/** Parts of speech that never end a name. */
const SEAM_POS = new Set(["ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART"]);

const lowerWordCache = new WeakMap<readonly Token[], Set<string>>();

/** Words the document writes in lower case somewhere. */
export function lowerCaseWords(view: TextView): Set<string> {
  let set = lowerWordCache.get(view.tokens);
  if (!set) {
    set = new Set();
    const idx = docIndex(view.tokens);
    for (let i = 0; i < view.tokens.length; i++) if (idx.cap[i] !== 1) set.add((view.tokens[i] as Token).normal);
    lowerWordCache.set(view.tokens, set);
  }
  return set;
}

/** Whether the name [first, end) should end one word earlier, at a lost link seam. */
export function endsAtLinkSeam(view: TextView, first: number, end: number): boolean {
  if (end - first < 2) return false;
  const { tokens } = view;
  const idx = docIndex(tokens);
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  if (idx.cap[end - 1] !== 1 || idx.caps[end - 1] === 1 || idx.initial[end - 1] === 1 || NAME_PARTICLES.has(last.normal)) return false;
  if (!next || next.sentence !== last.sentence || idx.cap[end] === 1 || !/^\p{Ll}/u.test(next.text)) return false;
  if (!lowerCaseWords(view).has(last.normal)) return false;
  // a function word never ends a name; a plural noun only where a verb follows ("Gaza Analysts
  // say"), as "China Eastern said" is a name
  const plural = (last.pos === "NOUN" || last.pos === "PROPN") && last.normal.endsWith("s") && (next.pos === "VERB" || next.pos === "AUX");
  if (!SEAM_POS.has(last.pos) && !plural) return false;
  return idx.kbExact(first, end).length === 0 && idx.kbExact(first, end - 1).length > 0;
}
