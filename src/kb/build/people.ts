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
import { addPhoenix } from "./people-phoenix.js";
import { capitalise, fillsGap } from "./people-roles.js";
import { People } from "./person-registry.js";
import type { PhxActor } from "./phoenix.js";
import { parseDictDate, phraseText, titleCase } from "./text.js";

export interface PeopleSources {
  curated: CuratedHolder[];
  countryInfo: CiCountry[];
  leadersCsv: string;
  phoenixCountries: PhxActor[];
  phoenixInternational: PhxActor[];
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
  dropBareGivenNames(kb, people);
  settle(kb, people);
}

/** A single-token name that starts at least this many other people's names is a given name. */
const GIVEN_NAME_MIN_USES = 2;

/**
 * Upstream people known only by a bare given name ("Abdullah", "Michael") would match every
 * namesake in text: they are dropped unless a curated row names them.
 */
function dropBareGivenNames(kb: KbBuilder, people: People): void {
  const firstTokenUses = new Map<string, number>();
  for (const p of people.all.values()) {
    const key = surfaceKey(kb.entries.get(p.id)?.name ?? "");
    const sp = key.indexOf(" ");
    if (sp > 0) firstTokenUses.set(key.slice(0, sp), (firstTokenUses.get(key.slice(0, sp)) ?? 0) + 1);
  }
  for (const p of [...people.all.values()]) {
    const entry = kb.entries.get(p.id);
    const key = surfaceKey(entry?.name ?? "");
    if (!entry || key.includes(" ") || (kb.roles.get(p.id) ?? []).some((r) => r.curated)) continue;
    if ((firstTokenUses.get(key) ?? 0) < GIVEN_NAME_MIN_USES) continue;
    kb.entries.delete(p.id);
    kb.roles.delete(p.id);
    people.all.delete(p.id);
  }
}
