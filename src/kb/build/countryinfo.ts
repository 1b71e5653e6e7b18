/**
 * Parser for CountryInfo.txt (Schrodt 2012, CC BY-SA 3.0): one block per country with codes,
 * nationality forms, capitals, cities, <Leaders> (rulers.org, to ~2009) and <Government>
 * (CIA World Leaders 2003–2011). The file is "almost XML": tags on their own lines, one item a line.
 */
import { parseDictDate } from "./text.js";

export interface CiRole {
  title: string;
  /** CAMEO code for <Government> roles (e.g. "AFGGOVMIL"). */
  code: string | null;
  start: string | null;
  end: string | null;
}

export interface CiPerson {
  /** Upper-case dictionary names, the first preferred. */
  names: string[];
  roles: CiRole[];
}

export interface CiCountry {
  code: string;
  name: string;
  iso2: string | null;
  iso3: string | null;
  nationality: string[];
  capitals: string[];
  cities: string[];
  /** Provinces and regions (WordNet meronyms). */
  regions: string[];
  leaders: CiPerson[];
  government: CiPerson[];
}

/** CountryInfo's last update: "in office at last update" ([>date]) ends here, as far as the file knows. */
export const COUNTRYINFO_AS_OF = "2011-02-28";

function stripComment(line: string): string {
  const i = line.indexOf("#");
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

function tagBody(block: string, tag: string): string[] {
  const open = block.indexOf(`<${tag}>`);
  if (open < 0) return [];
  const close = block.indexOf(`</${tag}>`, open);
  const body = block.slice(open + tag.length + 2, close < 0 ? undefined : close);
  return body.split("\n");
}

function tagValue(block: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(block);
  const v = m?.[1]?.trim();
  return v && !/^-+$/.test(v) && v !== "000" ? v : null;
}

function items(block: string, tag: string): string[] {
  return tagBody(block, tag)
    .map(stripComment)
    .filter((l) => l.length > 0 && !l.startsWith("<"));
}

/** "[19331108 - 19730717]", "[>20011222]", "[<20041231]" → start/end. */
function parseRange(inner: string): { start: string | null; end: string | null } | null {
  const s = inner.trim();
  let m = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(s);
  if (m) return { start: parseDictDate(m[1] as string), end: parseDictDate(m[2] as string) };
  m = /^>\s*(\d{6,8})$/.exec(s);
  if (m) return { start: parseDictDate(m[1] as string), end: COUNTRYINFO_AS_OF };
  m = /^<\s*(\d{6,8})$/.exec(s);
  if (m) return { start: null, end: parseDictDate(m[1] as string) };
  return null;
}

/**
 * Plural section headings → a singular title: "Prime ministers" → "Prime minister",
 * "Presidents of the revolutionary council" → "President of the revolutionary council".
 */
export function singularTitle(heading: string): string {
  const t = heading.trim();
  const ofAt = t.indexOf(" of ");
  const head = ofAt >= 0 ? t.slice(0, ofAt) : t;
  const rest = ofAt >= 0 ? t.slice(ofAt) : "";
  const singular = head.replace(/(\w+?)(ies|s)$/, (_m, stem: string, plural: string) =>
    stem.endsWith("s") ? `${stem}${plural}` : plural === "ies" ? `${stem}y` : stem,
  );
  return singular + rest;
}

/** Upstream marks synonyms of one person as "{A_}{B_}"; otherwise the name is the first field. */
export function personNames(field: string): string[] {
  const braced = [...field.matchAll(/\{([^}]*)\}/g)].map((m) => (m[1] as string).trim()).filter(Boolean);
  return braced.length > 0 ? braced : [field.trim()];
}

function parseLeaders(block: string): CiPerson[] {
  const out: CiPerson[] = [];
  let title: string | null = null;
  for (const raw of tagBody(block, "Leaders")) {
    const line = stripComment(raw);
    if (!line) continue;
    const open = /^<([^/][^>]*)>$/.exec(line);
    if (open) {
      title = singularTitle(open[1] as string);
      continue;
    }
    if (line.startsWith("</") || !title) continue;
    const nameMatch = /^((?:\{[^}]*\}\s*)+|[^[\s]+)/.exec(line);
    if (!nameMatch) continue;
    const names = personNames(nameMatch[1] as string);
    const roles: CiRole[] = [];
    for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
      const inner = m[1] as string;
      if (/^[BD]:/.test(inner)) continue;
      const r = parseRange(inner);
      if (r) roles.push({ title, code: null, ...r });
    }
    if (names.length > 0 && roles.length > 0) out.push({ names, roles });
  }
  return out;
}

function parseGovernment(block: string): CiPerson[] {
  const out: CiPerson[] = [];
  for (const raw of tagBody(block, "Government")) {
    const hash = raw.indexOf("#");
    const main = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const title = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    if (!main || main.startsWith("<")) continue;
    const nameMatch = /^((?:\{[^}]*\}\s*)+|[^[\s]+)/.exec(main);
    if (!nameMatch) continue;
    const roles: CiRole[] = [];
    for (const m of main.matchAll(/\[(\w+)\s*([^\]]*)\]/g)) {
      const code = m[1] as string;
      const range = (m[2] as string).trim();
      const r = range ? parseRange(range) : { start: null, end: null };
      if (r) roles.push({ title, code, ...r });
    }
    if (roles.length > 0) out.push({ names: personNames(nameMatch[1] as string), roles });
  }
  return out;
}

export function parseCountryInfo(text: string): CiCountry[] {
  const out: CiCountry[] = [];
  const blocks = text.split(/\n<Country>\s*\n/).slice(1);
  for (const raw of blocks) {
    const block = raw.split("</Country>")[0] ?? raw;
    const code = tagValue(block, "CountryCode");
    const name = tagValue(block, "CountryName");
    if (!code || !name) continue;
    out.push({
      code,
      name,
      iso2: tagValue(block, "ISO3166-alpha2"),
      iso3: tagValue(block, "ISO3166-alpha3"),
      nationality: items(block, "Nationality"),
      capitals: items(block, "Capital"),
      cities: items(block, "MajorCities"),
      regions: items(block, "Regions"),
      leaders: parseLeaders(block),
      government: parseGovernment(block),
    });
  }
  return out;
}
