/** The people registry used while building: merges one person's names across sources. */
import { surfaceKey } from "../normalize.js";
import type { KbBuilder } from "./model.js";
import { slug } from "./text.js";

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

export interface Person {
  id: string;
  countries: Set<string>;
  /** Folded full names of three or more words, to tell apart namesakes (see namesConflict). */
  longKeys: Set<string>;
}

/**
 * Two people who share a short name ("George Bush") are different people when each has a longer
 * name with the same first and last words and a different number of middle names, the one the
 * other lacks ("George W. Bush" vs "George H. W. Bush"). Same-length middles are taken for
 * spelling variants ("Avigdor Ivet" / "Avigdor Yvette Lieberman").
 */
/** A name's words without punctuation ("wolde-giorgis" → wolde giorgis, quotes dropped). */
const letterWords = (key: string) => key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function namesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const ka of a) if (b.has(ka)) return false;
  for (const ka of a) {
    const wa = letterWords(ka);
    for (const kb of b) {
      const wb = letterWords(kb);
      if (wa[0] === wb[0] && wa[wa.length - 1] === wb[wb.length - 1] && wa.length !== wb.length) return true;
    }
  }
  return false;
}

/** Surface keys of countries, places, organisations, groups, demonyms and metonyms. */
export function reservedKeys(kb: KbBuilder): Set<string> {
  const reserved = new Set<string>();
  for (const e of kb.entries.values()) if (e.kind !== "person") for (const k of e.aliasKeys) reserved.add(k);
  for (const [surface] of kb.links) reserved.add(surfaceKey(surface));
  return reserved;
}

export class People {
  private readonly byName = new Map<string, Person[]>();
  readonly all = new Map<string, Person>();
  /** Surface keys of countries, places, organisations and groups: never a person's name. */
  private readonly reserved: Set<string>;

  constructor(private readonly kb: KbBuilder) {
    this.reserved = reservedKeys(kb);
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

  private static longKeys(names: string[]): Set<string> {
    return new Set(People.mergeKeys(names).filter((k) => k.split(" ").length >= 3));
  }

  /** Full-name keys used for merging (single tokens such as surnames never merge people). */
  private static mergeKeys(names: string[]): string[] {
    return names.map(surfaceKey).filter((k) => k.includes(" "));
  }

  find(names: string[], country: string | null): Person | undefined {
    const longKeys = People.longKeys(names);
    for (const key of People.mergeKeys(names)) {
      const candidates = this.byName.get(key) ?? [];
      const same = candidates.find(
        (p) => (country === null || p.countries.size === 0 || p.countries.has(country)) && !namesConflict(longKeys, p.longKeys),
      );
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
      person = { id, countries: new Set(), longKeys: new Set() };
      this.all.set(id, person);
      this.kb.add({ id, name, kind: "person", country, sector: null });
    }
    if (country) person.countries.add(country);
    for (const k of People.longKeys(names)) person.longKeys.add(k);
    this.kb.alias(person.id, name, ...aliases);
    for (const key of People.mergeKeys(names)) {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [person]);
      else if (!list.includes(person)) list.push(person);
    }
    return person;
  }
}
