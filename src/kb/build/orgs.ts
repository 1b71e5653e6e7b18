/** IGOs, armed and non-state groups, media: curated rows first, then upstream Phoenix entries. */
import { GROUPS, IGOS, MEDIA, type OrgRow } from "../../../scripts/kb-curated/orgs.js";
import { surfaceKey } from "../normalize.js";
import type { KbBuilder } from "./model.js";
import type { PhxActor } from "./phoenix.js";
import { slug, titleCase } from "./text.js";

/** CAMEO sector codes that mark an armed non-state group. */
const ARMED_SECTORS = ["REB", "INS", "UAF", "IMG", "SEP"];

function addRows(kb: KbBuilder, rows: OrgRow[], kind: "organization" | "group"): void {
  for (const [id, name, aliases, country, sector, cameo] of rows) {
    kb.add({ id, name, kind, country, sector, extra: cameo ? { c: cameo } : {} });
    kb.alias(id, ...aliases);
  }
}

/** Splits "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" into a name and an acronym alias. */
function nameAndAcronym(raw: string): { name: string; acronym: string | null } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(raw);
  const base = m ? (m[1] as string) : raw;
  const acronym = m && /^[A-Z][A-Z-]{2,}$/.test(m[2] as string) ? (m[2] as string) : null;
  return { name: titleCase(base), acronym };
}

function sectorOf(code: string, countries: Set<string>): { country: string | null; sector: string } {
  const country = countries.has(code.slice(0, 3)) ? code.slice(0, 3) : null;
  const rest = country ? code.slice(3) : code;
  for (let i = 0; i + 3 <= rest.length; i += 3) {
    const s = rest.slice(i, i + 3);
    if (ARMED_SECTORS.includes(s)) return { country, sector: "REB" };
  }
  return { country, sector: rest.slice(0, 3) || "REB" };
}

export function addOrganisations(kb: KbBuilder, src: { international: PhxActor[]; milNonState: PhxActor[] }): void {
  addRows(kb, IGOS, "organization");
  addRows(kb, GROUPS, "group");
  addRows(kb, MEDIA, "organization");
  const known = new Map<string, string>();
  for (const e of kb.entries.values()) if (e.kind !== "location") for (const k of e.aliasKeys) known.set(k, e.id);
  const countries = new Set([...kb.entries.values()].filter((e) => e.kind === "country").map((e) => e.id));

  for (const actor of src.milNonState) {
    const code = actor.codes[0]?.code;
    if (!code) continue;
    const { name, acronym } = nameAndAcronym(actor.name);
    const surfaces = [name, ...(acronym ? [acronym] : []), ...actor.aliases.map((a) => nameAndAcronym(a).name)];
    const existing = surfaces.map((s) => known.get(surfaceKey(s))).find((id) => id?.startsWith("GRP:"));
    const { country, sector } = sectorOf(code, countries);
    const id = existing ?? `GRP:${slug(name)}`;
    kb.add({ id, name, kind: "group", country, sector, extra: { c: code } });
    kb.alias(id, ...surfaces);
    for (const s of surfaces) if (!known.has(surfaceKey(s))) known.set(surfaceKey(s), id);
  }
  addInternational(kb, src.international, known, countries);
}

/** Words that mark a Phoenix International entry as an organisation rather than a person. */
const ORG_WORD_RE =
  /\b(organi[sz]ation|agency|commission|committee|council|fund|bank|union|association|foundation|institute|program(me)?|cent(er|re)|network|federation|society|forum|partnership|initiative|court|office|mission|corporation|company|panel|alliance|conference|league|movement|international|group|authority|community|secretariat|tribunal|assembly|party|front|watch|service|trust|coalition|campaign|board|inc|ltd|corp|plc|co)\b/i;

/** Sector of an International code: IGO…, NGO…, MNC… (multinational company → BUS). */
function internationalSector(code: string): string | null {
  if (code.startsWith("IGO")) return "IGO";
  if (code.startsWith("NGO")) return "NGO";
  if (code.startsWith("MNC")) return "BUS";
  return null;
}

function addInternational(kb: KbBuilder, actors: PhxActor[], known: Map<string, string>, countries: Set<string>): void {
  for (const actor of actors) {
    const code = actor.codes[0]?.code;
    if (!code || actor.codes.some((c) => c.start || c.end || c.code.endsWith("ELI"))) continue; // people
    const sector = internationalSector(code);
    if (!sector) continue;
    const { name, acronym } = nameAndAcronym(actor.name);
    const isAcronym = /^[A-Z][A-Z.&-]{1,9}$/.test(actor.name.replace(/\s+$/, ""));
    if (!ORG_WORD_RE.test(name) && !isAcronym && sector !== "BUS") continue;
    const surfaces = [isAcronym ? actor.name.trim() : name, ...(acronym ? [acronym] : []), ...actor.aliases];
    const existing = surfaces.map((s) => known.get(surfaceKey(s))).find((id) => id !== undefined);
    if (existing) {
      if (existing.startsWith("IGO:") || existing.startsWith("ORG:")) kb.alias(existing, ...surfaces);
      continue;
    }
    const mnc = code.startsWith("MNC") && countries.has(code.slice(3, 6)) ? code.slice(3, 6) : null;
    const id = `ORG:${slug(surfaces[0] as string)}`;
    kb.add({ id, name: surfaces[0] as string, kind: "organization", country: mnc, sector, extra: { c: code } });
    kb.alias(id, ...surfaces);
    for (const s of surfaces) if (!known.has(surfaceKey(s))) known.set(surfaceKey(s), id);
  }
}
