/**
 * Places from the Phoenix country dictionary (MIT): under each country's entry it lists the
 * country's provinces, cities and landmarks as synonyms ("IRAQ_ … +SAMARRA +TIKRIT"), so that
 * PETRARCH codes "police in Samarra" as Iraqi. Each synonym the KB does not know yet becomes a
 * location in that country. Alternate names of the country itself are already aliases of it
 * (CountryInfo) — a formal one found here ("Islamic Republic of …") joins them — and a one-word synonym that is also a word of a known person's name is left
 * out ("Murray", "Eyre"): a lone surname must not read as a place.
 */
import { surfaceKey } from "../normalize.js";
import type { KbBuilder } from "./model.js";
import type { PhxActor } from "./phoenix.js";
import { phraseText, slug, titleCase } from "./text.js";

/** A formal name of the state itself ("Islamic Republic of Afghanistan"): an alias of the country. */
const STATE_NAME = /\b(?:republic|kingdom|sultanate|emirate|principality|federation|commonwealth)\b/i;

/** Endings of a one-word demonym ("Englishman", "Myanmarese", "Slovakian", "Ecuadorean"). */
const DEMONYM_END = /(?:man|woman|men|women|ese|ish|ian|ean)$/;

/** A one-word synonym that names the people: a demonym ending, or "-an" after a known name ("Gazan"). */
function isDemonym(key: string, known: ReadonlySet<string>): boolean {
  if (key.includes(" ")) return false;
  if (DEMONYM_END.test(key)) return true;
  if (!key.endsWith("an")) return false;
  const stem = key.slice(0, -2);
  return stem.length >= 3 && [...known].some((k) => !k.includes(" ") && k.startsWith(stem) && k.length <= stem.length + 2);
}

export function addPhoenixPlaces(kb: KbBuilder, phoenixCountries: readonly PhxActor[]): number {
  const known = new Set<string>();
  const countryByKey = new Map<string, string>();
  const personWords = new Set<string>();
  for (const e of kb.entries.values()) {
    for (const k of e.aliasKeys) known.add(k);
    if (e.kind === "country" && e.country) for (const k of e.aliasKeys) countryByKey.set(k, e.country);
    if (e.kind === "person") for (const w of surfaceKey(e.name).split(" ")) personWords.add(w);
  }
  const demonymHeads = new Set<string>();
  for (const [surface, , via] of kb.links) {
    const key = surfaceKey(surface);
    known.add(key);
    if (via === "demonym") demonymHeads.add(key.slice(key.lastIndexOf(" ") + 1));
  }
  let added = 0;
  for (const a of phoenixCountries) {
    if (a.fromCountryInfo) continue;
    const iso3 = countryByKey.get(surfaceKey(titleCase(phraseText(a.name))));
    if (!iso3 || !a.codes.some((c) => c.code.slice(0, 3) === iso3)) continue;
    for (const raw of a.aliases) {
      const name = titleCase(phraseText(raw));
      const key = surfaceKey(name);
      // lookups drop a leading "the", so "the United States" is the country's own name
      if (!key || known.has(key) || known.has(key.replace(/^the /, "")) || /\d/.test(key)) continue;
      if (!key.includes(" ") && personWords.has(key)) continue;
      // qualified forms ("Georgia (Republic)") and demonyms ("Northern Irishman") are no places
      if (name.includes("(") || demonymHeads.has(key.slice(key.lastIndexOf(" ") + 1))) continue;
      const demonym = isDemonym(key, known);
      known.add(key);
      if (demonym) {
        kb.link(name, iso3, "demonym");
        continue;
      }
      if (STATE_NAME.test(name)) {
        kb.alias(iso3, name);
        continue;
      }
      kb.add({ id: `LOC:${iso3}:${slug(name)}`, name, kind: "location", country: iso3, sector: null });
      added++;
    }
  }
  return added;
}
