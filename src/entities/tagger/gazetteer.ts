/**
 * Gazetteer codes per token for the tagger: knowledge-base matches (countries, organisations,
 * groups, people, places, demonyms, seats of power) and closed-class role/organisation/place
 * words from heuristics.ts, combined per token in features.ts. The same code runs at training
 * and tagging time.
 */
import { givenNameSet } from "../../kb/given-names.js";
import type { KbMatch } from "../../kb/index.js";
import type { Token } from "../../nlp/index.js";
import { docIndex } from "../doc-index.js";
import { NAME_PARTICLES, ORG_WORDS, PLACE_WORDS, TITLE_WORDS } from "../heuristics.js";
import { fnv } from "./hash.js";

/** Closed-class word → hash of its code; later lists override earlier ones, so title words win. */
let closedClass: Map<string, number> | null = null;

/** Hash of a lower-cased word's closed-class code ("given", "title", "org", "place", "part"), 0 if none. */
export function closedClassHash(normal: string): number {
  if (!closedClass) {
    closedClass = new Map();
    const lists: Array<[ReadonlySet<string>, string]> = [
      [givenNameSet(), "given"],
      [NAME_PARTICLES, "part"],
      [PLACE_WORDS, "place"],
      [ORG_WORDS, "org"],
      [TITLE_WORDS, "title"],
    ];
    for (const [words, code] of lists) for (const w of words) closedClass.set(w, fnv(code));
  }
  return closedClass.get(normal) ?? 0;
}

/** Short code of a KB reading: its kind, or how it matched for demonyms and seats of power. */
function kbCode(matches: readonly KbMatch[]): string {
  const kinds = new Set<string>();
  for (const m of matches) {
    if (m.via === "demonym") kinds.add("dem");
    else if (m.via === "metonym" || m.via === "capital") kinds.add("cap");
    else kinds.add(m.entry.kind);
  }
  return [...kinds].sort().join("+");
}

/** The KB returns shared match arrays, so each reading's code hashes are computed once. */
const CODE_HASHES = new WeakMap<readonly KbMatch[], [number, number]>();

/** Hashes of "B:code" (first token of a match) and "I:code" (the others). */
function codeHashes(matches: readonly KbMatch[]): [number, number] {
  let h = CODE_HASHES.get(matches);
  if (!h) {
    const code = kbCode(matches);
    h = [fnv(`B:${code}`), fnv(`I:${code}`)];
    CODE_HASHES.set(matches, h);
  }
  return h;
}

/**
 * Per token of a document, the hash of its KB match code ("B:country", "I:org", "B:cap+dem", …)
 * or 0. Matches start at a capitalised token and stay inside their sentence. The KB matches come
 * from the document index, which the KB mention finder shares, so the KB is walked once.
 */
export function kbHashes(tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): Uint32Array {
  const out = new Uint32Array(tokens.length);
  const index = docIndex(tokens);
  for (const [from, to] of sentences) {
    for (let i = from; i < to; ) {
      const hit = index.kbAt(i);
      if (!hit || i + hit.length > to) {
        i++;
        continue;
      }
      const [first, rest] = codeHashes(hit.matches);
      out[i] = first;
      for (let k = 1; k < hit.length; k++) out[i + k] = rest;
      i += hit.length;
    }
  }
  return out;
}
