/** People from the Phoenix actor dictionaries: aliases, and roles only where other sources leave gaps. */

import { iso3Of } from "./countries.js";
import type { DraftRole, KbBuilder } from "./model.js";
import { fillsGap } from "./people-roles.js";
import type { People } from "./person-registry.js";
import type { PhxActor, PhxCode } from "./phoenix.js";
import { titleCase } from "./text.js";

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

/** Words that make an upstream alias a group's name rather than the person's. */
const GROUP_WORDS_RE = /\b(army|jaish|jaysh|brigades?|movement|party|front|forces|militia|followers)\b/i;

/** Shortest single-token alias kept (shorter ones are initials or fragments). */
const MIN_SINGLE_TOKEN_ALIAS = 4;

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

/** Words in a head name that mark a state, body or movement with dated codes, not a person. */
const NON_PERSON_NAME_RE =
  /^the\b|\b(republic|state|states|soviet|sfsr|kingdom|federation|union|party|front|army|council|assembly|government|movement|organi[sz]ation|committee|parliament|volkskammer)\b/i;

/**
 * People are the entries CountryInfo generated, or ones with dated or elite codes whose name is
 * not an institution's and whose code belongs to a current country or an IGO/NGO.
 */
function isPersonActor(a: PhxActor, countries: Set<string>): boolean {
  if (NON_PERSON_NAME_RE.test(a.name)) return false;
  if (a.fromCountryInfo) return true;
  const dated = a.codes.some((c) => c.start !== null || c.end !== null || c.code.endsWith("ELI"));
  const head = a.codes[0]?.code.slice(0, 3) ?? "";
  return dated && (countries.has(iso3Of(head)) || head === "IGO" || head === "NGO");
}

export function addPhoenix(
  kb: KbBuilder,
  people: People,
  actors: PhxActor[],
  countries: Set<string>,
  orgByCameo: Map<string, string>,
): void {
  for (const a of actors) {
    if (!isPersonActor(a, countries)) continue;
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
