/**
 * Given names, derived from the KB's people: the first word of a person's multi-word names,
 * kept when at least GIVEN_NAME_MIN_PEOPLE different people bear it, so that one-off entries
 * (surname-first orders, transliteration quirks) stay out. Titles, particles and words the KB
 * also knows as a place, country or organisation are left out. The list is a feature of the
 * name tagger ("Alan" before an unknown capitalised word suggests a person).
 */
import type { KbBuilder } from "./model.js";
import { reservedKeys } from "./person-registry.js";

/** Distinct people who must bear a first word for it to count as a given name. */
const GIVEN_NAME_MIN_PEOPLE = 2;

/** First words of upstream names that are titles or particles, not given names. */
const NOT_GIVEN = new Set(
  "sir dame ayatollah hojatolislam sheikh shaikh dr mr mrs ms prince princess king queen emir sultan lord lady general gen col colonel president prime minister the al el abu abd bin ibn de da di van von la le".split(
    " ",
  ),
);

export function givenNames(kb: KbBuilder): string[] {
  const reserved = reservedKeys(kb);
  const people = new Map<string, number>();
  for (const e of kb.entries.values()) {
    if (e.kind !== "person") continue;
    const firsts = new Set<string>();
    for (const key of e.aliasKeys) {
      const words = key.split(" ");
      const first = words[0] as string;
      if (words.length < 2 || first.length < 2 || !/^\p{L}+$/u.test(first) || NOT_GIVEN.has(first) || reserved.has(first)) continue;
      firsts.add(first);
    }
    for (const f of firsts) people.set(f, (people.get(f) ?? 0) + 1);
  }
  return [...people]
    .filter(([, n]) => n >= GIVEN_NAME_MIN_PEOPLE)
    .map(([w]) => w)
    .sort();
}
