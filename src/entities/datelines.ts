/**
 * News datelines: a place in capitals opening a story, before its date, its agency or a dash
 * ("OSLO 2021-03-04", "TAIZ, Yemen 2019-06-11", "KYIV, Ukraine (AP) —").
 * The place there is where the story was filed: a location, never the government a capital
 * stands for elsewhere ("Brussels said").
 */
import type { KbEntry } from "../kb/types.js";
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { NEVER_NAMES } from "./heuristics.js";
import { isAllCaps } from "./tokens.js";
import { type Candidate, ruleCandidate, type TextView } from "./types.js";

/** Longest dateline place, in words ("RIO DE JANEIRO", "PORT-AU-PRINCE" is three). */
const MAX_PLACE_WORDS = 4;

const MONTHS = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);
const DASHES = new Set(["-", "—", "–", "--"]);
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const isMonth = (t: Token | undefined) => t !== undefined && MONTHS.has(t.normal.replace(/\.$/, ""));

/**
 * How certain the words after a place make a dateline: 2 for a date or an agency in brackets
 * ("OSLO 2021-03-04", "(AP)"); 1 for a dash before running text or nothing more on the line
 * ("WASHINGTON — The president …"), which also opens headlines ("RUGBY - CHILE STUN HOSTS"), so
 * the place must be one the KB knows; 0 for anything else.
 */
function datelineTail(tokens: readonly Token[], k: number, sentence: number): number {
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return 1;
  if (ISO_DATE.test(t.text) || isMonth(t) || (/^\d{1,2}$/.test(t.text) && isMonth(tokens[k + 1]))) return 2;
  if (t.text === "(" && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) return 2;
  const next = tokens[k + 1];
  return DASHES.has(t.text) && next !== undefined && next.sentence === sentence && /\p{Ll}/u.test(next.text) ? 1 : 0;
}

/** Capitalised words (all capitals when `caps`, hyphens written inside allowed) from k, at most MAX_PLACE_WORDS: the end index. */
function runEnd(tokens: readonly Token[], cap: Uint8Array, k: number, sentence: number, caps: boolean): number {
  let end = k;
  let words = 0;
  while (words < MAX_PLACE_WORDS && tokens[end]?.sentence === sentence) {
    const t = tokens[end] as Token;
    const inner = end > k && DASHES.has(t.text) && glued(tokens[end - 1], t) && glued(t, tokens[end + 1]) && cap[end + 1] === 1;
    // a place's words have two letters or more and none is a function word ("A", "HAS MOVED TO")
    if (!inner && (cap[end] !== 1 || (caps && !isAllCaps(t)) || t.text.length < 2 || NEVER_NAMES.has(t.normal))) break;
    end += inner ? 2 : 1;
    words++;
  }
  return end;
}

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

/** Token ranges [first, end) of dateline places (the filing place, and a region after its comma). */
export function datelinePlaces(view: TextView): Array<[number, number]> {
  const { tokens } = view;
  const { cap } = docIndex(tokens);
  const out: Array<[number, number]> = [];
  const certain = (first: number, end: number, tail: number) => tail === 2 || (tail === 1 && placeEntry(view, first, end) !== null);
  for (const [a] of view.sentenceTokens) {
    const sentence = (tokens[a] as Token | undefined)?.sentence;
    if (sentence === undefined) continue;
    const end = runEnd(tokens, cap, a, sentence, true);
    if (end === a) continue;
    if (certain(a, end, datelineTail(tokens, end, sentence))) {
      out.push([a, end]);
      continue;
    }
    if (tokens[end]?.text !== ",") continue;
    const regionEnd = runEnd(tokens, cap, end + 1, sentence, false);
    if (regionEnd > end + 1 && certain(end + 1, regionEnd, datelineTail(tokens, regionEnd, sentence)))
      out.push([a, end], [end + 1, regionEnd]);
  }
  return out;
}

/** The KB's place reading of [first, end): a city, capital, location or country; else null. */
function placeEntry(view: TextView, first: number, end: number): KbEntry | null {
  const hits = docIndex(view.tokens).kbExact(first, end);
  const m = hits.find((h) => h.via !== "demonym" && h.via !== "metonym" && (h.entry.kind === "location" || h.entry.kind === "country"));
  return m ? m.entry : null;
}

/** Makes c the place: a location name with the KB's place identity, if any. */
function asPlace(c: Candidate, entry: KbEntry | null): void {
  c.type = "LOC";
  c.kind = "name";
  c.strong = true;
  c.kbId = entry?.id ?? null;
  c.entityKind = entry?.kind ?? null;
  c.country = entry ? (entry.country ?? (entry.kind === "country" ? entry.id : null)) : null;
  c.sector = null;
}

/**
 * Dateline places become location names: a candidate there is retyped (a metonym is the place
 * itself), and a place no finder took is added.
 */
export function applyDatelines(view: TextView, cands: Candidate[]): Candidate[] {
  const places = datelinePlaces(view);
  if (places.length === 0) return cands;
  let out = [...cands];
  for (const [first, end] of places) {
    const entry = placeEntry(view, first, end);
    const same = out.filter((c) => c.first === first && c.end === end);
    if (same.length > 0) {
      for (const c of same) asPlace(c, entry);
      continue;
    }
    // pieces inside the place ("AU" in "PORT-AU-PRINCE") give way to it; a longer name keeps it
    if (out.some((c) => c.first < end && first < c.end && (c.first < first || c.end > end))) continue;
    const c = ruleCandidate(first, end, "LOC", true);
    asPlace(c, entry);
    out = out.filter((o) => !(first <= o.first && o.end <= end));
    out.push(c);
  }
  return out;
}
