/**
 * Places that share a name across countries ("Tripoli" in Libya and in Lebanon): the article's
 * other mentions decide. The reading in the one country the article names is kept; when it names
 * neither or both, the capital (the better-known place) is.
 */
import type { KbMatch } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import type { TextView } from "./types.js";

const namedCache = new WeakMap<readonly Token[], Set<string>>();

/** ISO3 codes of the countries the document names (by name, alias or demonym). */
function namedCountries(view: TextView): Set<string> {
  let out = namedCache.get(view.tokens);
  if (out) return out;
  out = new Set();
  const idx = docIndex(view.tokens);
  for (let i = 0; i < view.tokens.length; i++) {
    if (idx.cap[i] !== 1) continue;
    const hit = idx.kbAt(i);
    if (!hit) continue;
    for (const m of hit.matches) {
      if (m.entry.kind === "country" && m.via !== "metonym") out.add(m.entry.id);
      else if (m.via === "demonym" && m.entry.country) out.add(m.entry.country);
    }
  }
  namedCache.set(view.tokens, out);
  return out;
}

const countryOf = (m: KbMatch) => (m.entry.kind === "country" ? m.entry.id : m.entry.country);

/** The matches of one surface, narrowed to one country when it names places in several. */
export function placeInContext(view: TextView, matches: readonly KbMatch[]): readonly KbMatch[] {
  const placeCountries = new Set<string>();
  for (const m of matches) if (m.entry.kind === "location" && m.entry.country) placeCountries.add(m.entry.country);
  if (placeCountries.size < 2) return matches;
  const named = namedCountries(view);
  const inNamed = [...placeCountries].filter((c) => named.has(c));
  const capital = matches.find((m) => m.via === "capital");
  const keep = inNamed.length === 1 ? inNamed[0] : capital ? countryOf(capital) : null;
  return keep ? matches.filter((m) => countryOf(m) === keep) : matches;
}
