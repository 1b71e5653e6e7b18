/**
 * Upstream country records of former unions keep their partners' words: CountryInfo lists
 * "Serb" and "Serbian" as Montenegro's nationality and Belgrade as its capital. A demonym that
 * another country's curated table claims, and a capital spelling that is another country's own
 * capital, belong to that other country only.
 */
import { DEMONYMS } from "../../../scripts/kb-curated/countries.js";
import { surfaceKey } from "../normalize.js";
import type { KbBuilder } from "./model.js";

type Owners = Map<string, Set<string>>;

function own(owners: Owners, surface: string, iso3: string): void {
  const key = surfaceKey(surface);
  const set = owners.get(key);
  if (set) set.add(iso3);
  else owners.set(key, new Set([iso3]));
}

/** Folded demonym surface → the countries whose curated table lists it ("Congolese": both Congos). */
function curatedDemonymOwners(): Owners {
  const owners: Owners = new Map();
  for (const [iso3, [adj, singular, plural]] of Object.entries(DEMONYMS)) {
    for (const s of [adj, ...singular, ...plural]) if (s) own(owners, s, iso3);
  }
  return owners;
}

/** Folded capital name → its countries, from every country's own capital entries. */
function capitalOwners(kb: KbBuilder): Owners {
  const owners: Owners = new Map();
  for (const e of kb.entries.values()) {
    if (e.kind === "location" && e.extra.v === "capital" && e.country) own(owners, e.name, e.country);
  }
  return owners;
}

/** Removes demonyms, country aliases, capital alternates and metonyms borrowed from another country. */
export function dropBorrowedWords(kb: KbBuilder): void {
  const demonymOwner = curatedDemonymOwners();
  const capitalOwner = capitalOwners(kb);
  const countryOf = (id: string) => kb.entries.get(id)?.country ?? null;
  for (const [key, owners] of demonymOwner) kb.unalias(key, (e) => e.kind === "country" && !owners.has(e.id));
  for (const [key, owners] of capitalOwner) {
    kb.unalias(key, (e) => e.kind === "location" && e.extra.v === "capital" && !owners.has(e.country ?? ""));
  }
  const kept = kb.links.filter(([surface, id, via]) => {
    const owner = (via === "demonym" ? demonymOwner : capitalOwner).get(surfaceKey(surface));
    const country = countryOf(id);
    // a seat of power read as a body without a country ("Brussels" for the EU) is not borrowed
    return owner === undefined || country === null || owner.has(country);
  });
  kb.links.splice(0, kb.links.length, ...kept);
}
