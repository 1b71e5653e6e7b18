/** Countries and territories, their demonyms, capitals, cities, state organs and metonyms. */
import {
  DEMONYMS,
  DISPLAY_NAMES,
  EXTRA_CAPITALS,
  EXTRA_COUNTRIES,
  EXTRA_NAMES,
  METONYMS,
  NON_METONYM_CAPITALS,
  PLACES,
} from "../../../scripts/kb-curated/countries.js";
import { STATE_ORGANS, STATE_SECTORS } from "../../../scripts/kb-curated/orgs.js";
import { surfaceKey } from "../normalize.js";
import { dropBorrowedWords } from "./borrowed.js";
import type { CiCountry } from "./countryinfo.js";
import type { KbBuilder } from "./model.js";
import { phraseText, slug, titleCase } from "./text.js";

/** CAMEO pseudo-countries that are regions inside a state, not countries. */
const NOT_COUNTRIES = new Set(["BIHBHF", "BIHSPR", "CHNTIB", "GZA"]);

/** Adjective endings whose plural noun is the adjective itself ("the Chinese", "the British"). */
const INVARIANT_PLURAL_RE = /(ese|ish|ch|ss)$/i;

/** Upstream codes that are not (or no longer) ISO 3166 alpha-3, mapped to the ISO code. */
const CODE_REMAP: Record<string, string> = { TMP: "TLS", IMY: "IMN", ROM: "ROU", ZAR: "COD", JON: "JPN" };

/** ISO alpha-2 codes missing upstream. */
const EXTRA_ISO2: Record<string, string> = {
  JPN: "JP",
  GIN: "GN",
  GTM: "GT",
  MMR: "MM",
  TLS: "TL",
  IMN: "IM",
  COK: "CK",
  MAC: "MO",
  TCA: "TC",
  MNP: "MP",
  CUW: "CW",
  SXM: "SX",
  MAF: "MF",
  CXR: "CX",
  CCK: "CC",
  IOT: "IO",
  ATA: "AQ",
};

/** ISO3 of a CAMEO country code: territories are coded parent + ISO3 ("USAGUM" → "GUM"). */
export function iso3Of(code: string): string {
  const c = code.length === 6 ? code.slice(3) : code;
  return CODE_REMAP[c] ?? c;
}

/** ISO3 of a CountryInfo block. */
export function ciIso3(c: CiCountry): string {
  if (/^[A-Z]{3}$/.test(c.code)) return iso3Of(c.code);
  return iso3Of(c.iso3 && /^[A-Z]{3}$/.test(c.iso3) ? c.iso3 : c.code);
}

interface CountryDraft {
  iso3: string;
  iso2: string | null;
  names: string[];
  ci: CiCountry | null;
}

function collect(ci: CiCountry[], countryNames: Array<[string, string, string]>): Map<string, CountryDraft> {
  const out = new Map<string, CountryDraft>();
  const get = (code: string): CountryDraft | null => {
    if (NOT_COUNTRIES.has(code) || NOT_COUNTRIES.has(iso3Of(code)) || !/^[A-Z]{3}([A-Z]{3})?$/.test(code)) return null;
    const iso3 = iso3Of(code);
    let d = out.get(iso3);
    if (!d) {
      d = { iso3, iso2: null, names: [], ci: null };
      out.set(iso3, d);
    }
    return d;
  };
  for (const [name, code] of countryNames) {
    const d = get(code);
    if (d && name !== "NULL") d.names.push(name);
  }
  for (const c of ci) {
    const d = get(/^[A-Z]{3}$/.test(c.code) ? c.code : c.iso3 && /^[A-Z]{3}$/.test(c.iso3) ? c.iso3 : c.code);
    if (!d) continue;
    if (!d.ci) d.ci = c;
    d.iso2 ??= c.iso2 && /^[A-Z]{2}$/.test(c.iso2) ? c.iso2 : null;
    d.names.push(titleCase(c.name));
  }
  for (const [iso3, iso2, name] of EXTRA_COUNTRIES) {
    const d = get(iso3);
    if (!d) continue;
    d.iso2 ??= iso2;
    d.names.unshift(name);
  }
  return out;
}

function pluralOf(adjective: string): string {
  if (INVARIANT_PLURAL_RE.test(adjective)) return adjective;
  return `${adjective}s`;
}

/**
 * A nationality of several words is a demonym when its last word has a demonym's ending
 * ("Sierra Leonean", "Papua New Guinean", "Solomon Islander"); the upstream lists also hold
 * multi-word alternative names ("Virgin Islands (UK)", "Keeling Island"), which are not.
 */
const MULTIWORD_DEMONYM = /(?:an|er|ese|ish)$/i;

function addDemonyms(kb: KbBuilder, d: CountryDraft, nameKeys: Set<string>): string | null {
  const curated = DEMONYMS[d.iso3];
  if (curated) {
    const [adj, singular, plural] = curated;
    for (const s of [adj, ...singular, ...plural]) kb.link(s, d.iso3, "demonym");
    return adj;
  }
  const nat = d.ci?.nationality ?? [];
  const first = nat[0] ? titleCase(nat[0]) : null;
  let adj: string | null = null;
  if (first && !nameKeys.has(surfaceKey(first)) && (!first.includes(" ") || MULTIWORD_DEMONYM.test(first))) {
    adj = first;
    kb.link(adj, d.iso3, "demonym");
    kb.link(pluralOf(adj), d.iso3, "demonym");
  }
  for (const n of nat.slice(1)) {
    const t = titleCase(n);
    if (/(man|woman|men|women)$/i.test(t) && !t.includes(" ")) kb.link(t, d.iso3, "demonym");
  }
  return adj;
}

function addCapitals(kb: KbBuilder, d: CountryDraft): void {
  const curated = EXTRA_CAPITALS[d.iso3] ?? [];
  const upstream = (d.ci?.capitals ?? []).map((c) => titleCase(phraseText(c)));
  const groups = curated.map((c) => c.split("|"));
  if (groups.length === 0 && upstream.length > 0) groups.push(upstream);
  else if (groups[0]) groups[0].push(...upstream);
  for (const group of groups) {
    const [name, ...alts] = group as [string, ...string[]];
    const id = `LOC:${d.iso3}:${slug(name)}`;
    kb.add({ id, name, kind: "location", country: d.iso3, sector: null, extra: { v: "capital" } });
    kb.alias(id, ...alts);
    for (const surface of group) {
      if (!NON_METONYM_CAPITALS.has(surface)) kb.link(surface, `${d.iso3}GOV`, "metonym");
    }
  }
}

/**
 * Country of each curated place surface ("ZZZ" beyond one state): an upstream city or province
 * of the same name in another country gives way to it ("Kurdistan" is the region across four
 * states, not only Iran's province of that name).
 */
const curatedPlaceCountry = new Map(
  PLACES.flatMap(([name, country, alternates]) => [name, ...alternates].map((n) => [surfaceKey(n), country ?? "ZZZ"] as const)),
);
const curatedElsewhere = (key: string, iso3: string) => (curatedPlaceCountry.get(key) ?? iso3) !== iso3;

function addCities(kb: KbBuilder, d: CountryDraft, capitalKeys: Set<string>): void {
  for (const raw of d.ci?.cities ?? []) {
    const name = titleCase(phraseText(raw));
    const key = surfaceKey(name);
    if (!key || capitalKeys.has(key) || curatedElsewhere(key, d.iso3)) continue;
    kb.add({ id: `LOC:${d.iso3}:${slug(name)}`, name, kind: "location", country: d.iso3, sector: null, extra: { v: "city" } });
  }
  for (const raw of d.ci?.regions ?? []) {
    const name = titleCase(phraseText(raw));
    const key = surfaceKey(name);
    if (!key || curatedElsewhere(key, d.iso3)) continue;
    kb.add({ id: `LOC:${d.iso3}:${slug(name)}`, name, kind: "location", country: d.iso3, sector: null });
  }
}

/** Curated regions and areas; places beyond one country get the id LOC:ZZZ:…. */
function addPlaces(kb: KbBuilder): void {
  for (const [name, country, alternates] of PLACES) {
    const id = `LOC:${country ?? "ZZZ"}:${slug(name)}`;
    kb.add({ id, name, kind: "location", country, sector: null });
    kb.alias(id, ...alternates);
  }
}

function fill(template: string, name: string, adj: string): string {
  const possessive = name.endsWith("s") ? `${name}'` : `${name}'s`;
  return template.replace("{C}'s", possessive).replace("{C}", name).replace("{A}", adj);
}

export function addCountries(kb: KbBuilder, ci: CiCountry[], countryNames: Array<[string, string, string]>): void {
  const drafts = collect(ci, countryNames);
  for (const d of [...drafts.values()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1))) {
    const name = DISPLAY_NAMES[d.iso3] ?? d.names[0] ?? d.iso3;
    const iso2 = EXTRA_ISO2[d.iso3] ?? d.iso2;
    kb.add({ id: d.iso3, name, kind: "country", country: d.iso3, sector: null, extra: iso2 ? { i: iso2 } : {} });
    kb.alias(d.iso3, ...(EXTRA_NAMES[d.iso3] ?? []), ...d.names);
    // Upstream nationality lists mix the adjective with alternate and foreign names of the country.
    const nameKeys = new Set([name, ...d.names].map(surfaceKey));
    const adj = addDemonyms(kb, d, nameKeys) ?? name;
    const demonymKeys = new Set(kb.links.filter((l) => l[1] === d.iso3).map((l) => surfaceKey(l[0])));
    for (const n of (d.ci?.nationality ?? []).slice(1)) {
      const t = titleCase(phraseText(n.replace(/\(.*\)/, "")));
      if (!/(man|woman|men|women)$/i.test(t) && !demonymKeys.has(surfaceKey(t))) kb.alias(d.iso3, t);
    }
    addCapitals(kb, d);
    const capitalKeys = new Set<string>();
    for (const e of kb.entries.values()) {
      if (e.kind === "location" && e.country === d.iso3) for (const k of e.aliasKeys) capitalKeys.add(k);
    }
    addCities(kb, d, capitalKeys);
    for (const [sector, nameTemplate, aliasTemplates] of STATE_SECTORS) {
      const id = `${d.iso3}${sector}`;
      kb.add({ id, name: fill(nameTemplate, name, adj), kind: "organization", country: d.iso3, sector });
      kb.alias(id, ...aliasTemplates.map((t) => fill(t, name, adj)));
    }
  }
  for (const [id, name, aliases] of STATE_ORGANS) {
    const e = kb.entries.get(id);
    if (!e) continue;
    kb.alias(id, e.name, ...aliases);
    e.name = name;
  }
  for (const [surface, id] of METONYMS) kb.link(surface, id, "metonym");
  addPlaces(kb);
  dropForeignNames(kb);
  dropBorrowedWords(kb);
}

/** Upstream alternate names sometimes name a neighbour ("Guinea" under Papua New Guinea): drop them. */
function dropForeignNames(kb: KbBuilder): void {
  const countries = [...kb.entries.values()].filter((e) => e.kind === "country");
  const owner = new Map(countries.map((e) => [surfaceKey(e.name), e.id]));
  for (const e of countries) {
    const keep = e.aliases.filter((a) => {
      const o = owner.get(surfaceKey(a));
      return o === undefined || o === e.id;
    });
    if (keep.length !== e.aliases.length) {
      e.aliases = keep;
      e.aliasKeys = new Set([surfaceKey(e.name), ...keep.map(surfaceKey)]);
    }
  }
}
