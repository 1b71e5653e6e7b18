/**
 * People and their date-bounded roles, merged across sources by normalised full name (plus the
 * country, so namesakes in different countries stay apart): curated office-holders first, then
 * CountryInfo <Leaders> and <Government>, people_leaders.csv, and the Phoenix actor dictionaries
 * (whose roles only fill periods the other sources leave empty).
 */
import { surfaceKey } from "../normalize.js";
import { iso3Of } from "./countries.js";
import { type CiCountry, personNames } from "./countryinfo.js";
import type { CuratedHolder } from "./curated-leaders.js";
import type { DraftRole, KbBuilder } from "./model.js";
import type { PhxActor, PhxCode } from "./phoenix.js";
import { parseDictDate, phraseText, slug, titleCase } from "./text.js";

export interface PeopleSources {
  curated: CuratedHolder[];
  countryInfo: CiCountry[];
  leadersCsv: string;
  phoenixCountries: PhxActor[];
  phoenixInternational: PhxActor[];
}

/** Generic titles for Phoenix codes, which give a sector but no office. */
const SECTOR_TITLES: Record<string, string> = {
  GOV: "government official",
  MIL: "military officer",
  OPP: "opposition figure",
  REB: "rebel leader",
  JUD: "judiciary official",
  LEG: "legislator",
  PTY: "party official",
  BUS: "business leader",
  MED: "media figure",
  EDU: "academic",
  SPY: "intelligence official",
  COP: "police official",
  IGO: "official",
  NGO: "official",
  HRI: "human rights official",
};

/** Phoenix aliases that name an institution or era rather than the person. */
const NON_PERSON_ALIAS_RE = /\b(administration|government|regime|cabinet|era|camp|family|supporters?)\b/i;

/** Title words that upstream lists sometimes give instead of a name ("QUEEN_"). */
const TITLE_WORDS = new Set([
  "queen",
  "king",
  "emir",
  "sultan",
  "prince",
  "princess",
  "president",
  "sheikh",
  "shah",
  "regent",
  "council",
  "junta",
  "mr",
  "mrs",
]);

/**
 * First words that make an upstream alias a title phrase ("President Putin", "Russian President
 * Vladimir Putin") rather than a name: mention spans must not swallow titles.
 */
const TITLE_PREFIXES = new Set([
  "president",
  "president-elect",
  "vice",
  "vice-president",
  "prime",
  "premier",
  "minister",
  "secretary",
  "defense",
  "defence",
  "foreign",
  "ambassador",
  "senator",
  "sen",
  "rep",
  "former",
  "deputy",
  "chancellor",
  "kanzler",
  "bundeskanzler",
  "ayatollah",
  "general",
  "gen",
  "gov",
  "governor",
  "chairman",
  "leader",
  "supreme",
  "king",
  "queen",
  "prince",
  "sheikh",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "lord",
  "the",
  "comrade",
  "emperor",
  "pope",
  "lt",
  "col",
  "u",
  "un",
  "us",
  "united",
  "acting",
  "interim",
]);

/** Words that make an upstream alias a group's name rather than the person's. */
const GROUP_WORDS_RE = /\b(army|jaish|jaysh|brigades?|movement|party|front|forces|militia|followers)\b/i;

/** Shortest single-token alias kept (shorter ones are initials or fragments). */
const MIN_SINGLE_TOKEN_ALIAS = 4;

interface Person {
  id: string;
  countries: Set<string>;
}

class People {
  private readonly byName = new Map<string, Person[]>();
  readonly all = new Map<string, Person>();
  /** Surface keys of countries, places, organisations and groups: never a person's name. */
  private readonly reserved = new Set<string>();

  constructor(private readonly kb: KbBuilder) {
    for (const e of kb.entries.values()) if (e.kind !== "person") for (const k of e.aliasKeys) this.reserved.add(k);
    for (const [surface] of kb.links) this.reserved.add(surfaceKey(surface));
  }

  /** Curated names are people's: upstream group or organisation aliases with the same key are dropped. */
  claim(names: string[]): void {
    for (const name of names) {
      const key = surfaceKey(name);
      if (!key.includes(" ") || !this.reserved.has(key)) continue;
      this.reserved.delete(key);
      this.kb.unalias(key, (e) => e.kind === "group" || e.kind === "organization");
    }
  }

  /** Whether an alias starts with a title or a demonym/country word ("US President …"). */
  isTitlePhrase(alias: string): boolean {
    const first = surfaceKey(alias).split(" ")[0] ?? "";
    return TITLE_PREFIXES.has(first) || (alias.includes(" ") && this.reserved.has(first));
  }

  /** Whether a name can be a person's: not a place, country, organisation or bare title. */
  isPersonName(name: string): boolean {
    const key = surfaceKey(name);
    if (!key || this.reserved.has(key)) return false;
    return !key.split(" ").every((w) => TITLE_WORDS.has(w) || /^[ivx]+$/.test(w));
  }

  /** Full-name keys used for merging (single tokens such as surnames never merge people). */
  private static mergeKeys(names: string[]): string[] {
    return names.map(surfaceKey).filter((k) => k.includes(" "));
  }

  find(names: string[], country: string | null): Person | undefined {
    for (const key of People.mergeKeys(names)) {
      const candidates = this.byName.get(key) ?? [];
      const same = candidates.find((p) => country === null || p.countries.size === 0 || p.countries.has(country));
      if (same) return same;
    }
    return undefined;
  }

  /** The person with one of these names (first = display name), created if new; undefined for non-names. */
  ensure(allNames: string[], country: string | null): Person | undefined {
    const names = allNames.filter((n) => this.isPersonName(n));
    if (names.length === 0 || !this.isPersonName(allNames[0] as string)) return undefined;
    const [name, ...aliases] = names as [string, ...string[]];
    let person = this.find(names, country);
    if (!person) {
      let id = `PER:${slug(name)}`;
      if (this.all.has(id) && country) id = `${id}-${country.toLowerCase()}`;
      for (let n = 2; this.all.has(id); n++) id = `PER:${slug(name)}-${n}`;
      person = { id, countries: new Set() };
      this.all.set(id, person);
      this.kb.add({ id, name, kind: "person", country, sector: null });
    }
    if (country) person.countries.add(country);
    this.kb.alias(person.id, name, ...aliases);
    for (const key of People.mergeKeys(names)) {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [person]);
      else if (!list.includes(person)) list.push(person);
    }
    return person;
  }
}

function overlaps(a: DraftRole, b: DraftRole): boolean {
  return (a.start ?? "0000") <= (b.end ?? "9999") && (b.start ?? "0000") <= (a.end ?? "9999");
}

/**
 * A role is new when the person has no role in the same scope overlapping it (only curated roles
 * count when `curatedOnly`: upstream offices held at the same time are all kept).
 */
function fillsGap(kb: KbBuilder, personId: string, role: DraftRole, curatedOnly = false): boolean {
  return !(kb.roles.get(personId) ?? []).some(
    (r) =>
      (!curatedOnly || r.curated) &&
      (r.org ?? r.country) === (role.org ?? role.country) &&
      (overlaps(r, role) || (curatedOnly && r.title === role.title && r.start === role.start)),
  );
}

function capitalise(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** "RUSGOVMIL" → country RUS, sector GOV; "IGOUNOIAE" → org by CAMEO code, sector IGO. */
function decodeCode(
  code: string,
  countries: Set<string>,
  orgByCameo: Map<string, string>,
): { country: string | null; org: string | null; sector: string | null } {
  const head = iso3Of(code.slice(0, 3));
  if (countries.has(head)) return { country: head, org: null, sector: code.slice(3, 6) || null };
  let org: string | null = null;
  for (let n = code.length; n >= 6 && !org; n -= 3) org = orgByCameo.get(code.slice(0, n)) ?? null;
  return { country: null, org, sector: head };
}

function addCurated(kb: KbBuilder, people: People, holders: CuratedHolder[]): void {
  for (const h of holders) {
    const scopeEntry = kb.entries.get(h.scope);
    const isCountry = scopeEntry?.kind === "country";
    const country = isCountry ? h.scope : (scopeEntry?.country ?? null);
    people.claim(h.names);
    const person = people.ensure(h.names, country);
    if (!person) throw new Error(`curated holder ${h.names[0]} collides with a non-person name`);
    kb.role(person.id, {
      title: h.title,
      country,
      org: isCountry ? null : h.scope,
      sector: h.sector,
      start: h.start,
      end: h.end,
      classes: [...h.classes, ...h.extraClasses],
      curated: true,
    });
  }
}

function addCountryInfo(kb: KbBuilder, people: People, ci: CiCountry[], ciIso3Of: (c: CiCountry) => string, countries: Set<string>): void {
  for (const c of ci) {
    const iso3 = ciIso3Of(c);
    for (const p of c.leaders) {
      const person = people.ensure(p.names.map(titleCase), iso3);
      if (!person) continue;
      for (const r of p.roles) {
        const role: DraftRole = { title: capitalise(r.title), country: iso3, org: null, sector: "GOV", start: r.start, end: r.end };
        if (fillsGap(kb, person.id, role, true)) kb.role(person.id, role);
      }
    }
  }
  for (const c of ci) {
    const iso3 = ciIso3Of(c);
    for (const p of c.government) {
      const person = people.ensure(p.names.map(titleCase), iso3);
      if (!person) continue;
      for (const r of p.roles) {
        // "[<date]": in office when World Leaders coding began (Jan 2003).
        const start = r.start ?? (r.end ? "2003-01-01" : null);
        const role: DraftRole = {
          title: r.title.replace(/"/g, "").trim() || "Government official",
          country: r.code && countries.has(iso3Of(r.code.slice(0, 3))) ? iso3Of(r.code.slice(0, 3)) : iso3,
          org: null,
          sector: r.code?.slice(3, 6) || "GOV",
          start,
          end: r.end,
        };
        if (fillsGap(kb, person.id, role, true)) kb.role(person.id, role);
      }
    }
  }
}

/** people_leaders.csv: "","country","name","title","startYr","endYr" (country and name lower-case with underscores). */
function addLeadersCsv(kb: KbBuilder, people: People, csv: string, countryByName: Map<string, string>): void {
  for (const line of csv.split("\n").slice(1)) {
    const cells = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
    const [, countryName, name, title, start, end] = cells;
    if (!countryName || !name || !title || title.split(" ").length === 1) continue; // one-word titles are truncated upstream
    const iso3 = countryByName.get(surfaceKey(phraseText(countryName)));
    if (!iso3) continue;
    const person = people.ensure(personNames(name).map(titleCase), iso3);
    if (!person) continue;
    const role: DraftRole = {
      title: capitalise(title),
      country: iso3,
      org: null,
      sector: "GOV",
      start: start ? parseDictDate(start) : null,
      end: end ? parseDictDate(end) : null,
    };
    if (fillsGap(kb, person.id, role)) kb.role(person.id, role);
  }
}

function isPersonActor(a: PhxActor): boolean {
  return a.fromCountryInfo || a.codes.some((c) => c.start !== null || c.end !== null || c.code.endsWith("ELI"));
}

function addPhoenix(kb: KbBuilder, people: People, actors: PhxActor[], countries: Set<string>, orgByCameo: Map<string, string>): void {
  for (const a of actors) {
    if (!isPersonActor(a)) continue;
    const decoded = a.codes.map((c) => ({ c, ...decodeCode(c.code, countries, orgByCameo) }));
    const home = decoded.find((d) => d.country)?.country ?? null;
    const aliases = a.aliases
      .filter((s) => !NON_PERSON_ALIAS_RE.test(s) && !GROUP_WORDS_RE.test(s) && !people.isTitlePhrase(s))
      .filter((s) => s.includes(" ") || s.length >= MIN_SINGLE_TOKEN_ALIAS)
      .map(titleCase);
    const person = people.ensure([titleCase(a.name), ...aliases], home);
    if (!person) continue;
    for (const d of decoded) {
      if (d.c.start === null && d.c.end === null) continue;
      const sector = d.sector ?? "GOV";
      if (sector === "ELI") continue;
      const role = phoenixRole(d.c, d.country, d.org, sector);
      if (fillsGap(kb, person.id, role)) kb.role(person.id, role);
    }
  }
}

function phoenixRole(c: PhxCode, country: string | null, org: string | null, sector: string): DraftRole {
  return { title: SECTOR_TITLES[sector] ?? "official", country, org, sector, start: c.start, end: c.end };
}

/** Sets each person's country and sector from their latest role (curated or upstream). */
function settle(kb: KbBuilder, people: People): void {
  for (const p of people.all.values()) {
    const entry = kb.entries.get(p.id);
    const roles = kb.roles.get(p.id) ?? [];
    if (!entry) continue;
    let latest: DraftRole | undefined;
    for (const r of roles) if (!latest || (r.end ?? "9999") > (latest.end ?? "9999")) latest = r;
    if (latest) {
      entry.country = latest.country ?? entry.country;
      entry.sector = latest.sector;
    } else entry.sector = "ELI";
  }
}

export function addPeople(kb: KbBuilder, src: PeopleSources, ciIso3Of: (c: CiCountry) => string): void {
  const people = new People(kb);
  const countries = new Set([...kb.entries.values()].filter((e) => e.kind === "country").map((e) => e.id));
  const countryByName = new Map<string, string>();
  const orgByCameo = new Map<string, string>();
  for (const e of kb.entries.values()) {
    if (e.kind === "country") for (const k of e.aliasKeys) if (!countryByName.has(k)) countryByName.set(k, e.id);
    if (e.extra.c && e.id.startsWith("IGO:") && !orgByCameo.has(e.extra.c)) orgByCameo.set(e.extra.c, e.id);
  }
  addCurated(kb, people, src.curated);
  addCountryInfo(kb, people, src.countryInfo, ciIso3Of, countries);
  addLeadersCsv(kb, people, src.leadersCsv, countryByName);
  addPhoenix(kb, people, src.phoenixCountries, countries, orgByCameo);
  addPhoenix(kb, people, src.phoenixInternational, countries, orgByCameo);
  settle(kb, people);
}
