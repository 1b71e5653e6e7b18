/**
 * An organisation's acronym written without an introduction: "General Motors" … "units sold by
 * GM", "United Auto Workers" … "the UAW". An all-capital word whose letters are the initials of
 * an organisation the document names is that organisation (coreference keys it to the full name).
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import type { Candidate, TextView } from "./types.js";

/** Lower-case words an acronym skips ("Bank of America" → "BOA" is rare; "BofA" is not read). */
const SKIPPED_CONNECTORS = new Set(["of", "and", "for", "the", "&", "de"]);

/** Acronym lengths read: two letters ("GM") to six. */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** Initials of an organisation name of two or more capitalised words ("General Motors" → "GM"), else null. */
export function initialsOf(tokens: readonly Token[], c: Candidate): string | null {
  if (c.type !== "ORG" || c.kind !== "name" || c.end - c.first < 2) return null;
  let out = "";
  for (let k = c.first; k < c.end; k++) {
    const t = tokens[k] as Token;
    if (SKIPPED_CONNECTORS.has(t.normal)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return null;
    out += t.text[0];
  }
  return out.length >= 2 && out.length <= 6 ? out : null;
}

/** The letters of an acronym token ("G.M." → "GM"), or null when it is not one. */
export function acronymLetters(t: Token): string | null {
  return ACRONYM.test(t.text) ? t.text.replaceAll(".", "") : null;
}

/** New mentions: free acronym tokens spelling the initials of an organisation the document names. */
export function acronymMentions(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const { tokens } = view;
  const byInitials = new Map<string, Candidate>();
  for (const c of cands) {
    const initials = c.kbId ? null : initialsOf(tokens, c);
    if (initials && !byInitials.has(initials)) byInitials.set(initials, c);
  }
  if (byInitials.size === 0) return [];
  const idx = docIndex(tokens);
  const taken = new Uint8Array(tokens.length);
  for (const c of cands) taken.fill(1, c.first, c.end);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || idx.caps[i] !== 1) continue;
    const letters = acronymLetters(tokens[i] as Token);
    const from = letters ? byInitials.get(letters) : undefined;
    // an all-capital headline is no acronym's context; nor is a word the KB knows ("US", "UN")
    if (!from || idx.caps[i - 1] === 1 || idx.caps[i + 1] === 1 || idx.kbExact(i, i + 1).length > 0) continue;
    out.push({ ...from, first: i, end: i + 1, source: "rule", roles: [], strong: false });
  }
  return out;
}
