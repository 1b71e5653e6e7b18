/**
 * Rule-based name finding: runs of capitalised tokens (with the connectors names allow),
 * typed by their head words ("… University" → ORG, "… Province" → LOC), a preceding title
 * (→ PER) or the KB. Also detects Title-Case link or headline fragments in mid-sentence
 * ("… does as well Help Russia With war supplies"), inside which only KB names survive.
 */
import type { Token } from "../nlp/index.js";
import { type DocIndex, docIndex } from "./doc-index.js";
import {
  COMPANY_HEADS,
  CORPORATE_CHIEF_NEXT,
  EVENT_HEADS,
  GIVEN_NAME_COUNTRIES,
  HONORIFICS,
  INNER_CONNECTORS,
  MAX_NAME_TOKENS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_INTRODUCERS,
  ORG_OF_HEADS,
  ORG_WORDS,
  PLACE_WORDS,
  TITLE_FRAGMENT_MIN,
  TITLE_WORDS,
} from "./heuristics.js";
import { bestMatch, typeOfEntry } from "./kb-mentions.js";
import { endsAtLinkSeam } from "./link-seams.js";
import { isCurrencyCode } from "./merge.js";
import { type Candidate, type NameType, ruleCandidate, type TextView } from "./types.js";

/** Function words that Title-Case names do contain ("Bank Of England", "Party For Freedom"). */
const TITLE_CASE_CONNECTORS = new Set(["of", "the", "and", "for", "de", "la", "du", "von", "van"]);

/** A run's first token may be a common word capitalised only because it opens the sentence. */
function startsRun(tokens: readonly Token[], idx: DocIndex, i: number): boolean {
  const t = tokens[i] as Token;
  if (idx.cap[i] !== 1 || NEVER_NAMES.has(t.normal) || isCurrencyCode(tokens, i)) return false;
  const caps = idx.caps[i] === 1;
  if (idx.initial[i] === 1 && t.pos !== "PROPN" && !caps) return false;
  return t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X" || caps;
}

/** Token ranges [first, end) of capitalised runs, within sentences. */
export function capitalisedRuns(view: TextView): ReadonlyArray<readonly [number, number]> {
  let runs = runCache.get(view.tokens);
  if (!runs) {
    runs = findRuns(view);
    runCache.set(view.tokens, runs);
  }
  return runs;
}

/** Runs per document: the rule finder and the event filter both read them. */
const runCache = new WeakMap<readonly Token[], Array<[number, number]>>();

function findRuns(view: TextView): Array<[number, number]> {
  const { tokens } = view;
  const idx = docIndex(tokens);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; ) {
    if (!startsRun(tokens, idx, i)) {
      i++;
      continue;
    }
    const s = (tokens[i] as Token).sentence;
    let end = i + 1;
    for (let j = i + 1; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
      const t = tokens[j] as Token;
      if (t.sentence !== s) break;
      if (isCurrencyCode(tokens, j)) break;
      if (idx.cap[j] === 1 && !NEVER_NAMES.has(t.normal)) {
        end = j + 1;
        continue;
      }
      if (
        INNER_CONNECTORS.has(t.normal) &&
        idx.cap[j + 1] === 1 &&
        (t.normal !== "and" || ORG_WORDS.has((tokens[j + 1] as Token).normal))
      ) {
        continue;
      }
      // a particle joined by a hyphen ("Omar el-Bashir", "Abu al-Hassan"): two connectors, then a capital
      if (NAME_PARTICLES.has(t.normal) && tokens[j + 1]?.text === "-" && idx.cap[j + 2] === 1 && (tokens[j + 1] as Token).start === t.end) {
        j++;
        continue;
      }
      break;
    }
    out.push([i, end]);
    i = end;
  }
  return out;
}

/**
 * An introducing noun right before the name ("automaker Chrysler") or before the comma of an
 * apposition ("its European division, Opel").
 */
function introducedAsOrg(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev?.text === ",") return ORG_INTRODUCERS.has(tokens[first - 2]?.text ?? "");
  return prev !== undefined && ORG_INTRODUCERS.has(prev.text);
}

/** Type a capitalised run from its words alone, or null when nothing tells. */
export function typeOfRun(tokens: readonly Token[], first: number, end: number): NameType | null {
  const head = (tokens[end - 1] as Token).normal;
  const lead = (tokens[first] as Token).normal;
  if (ORG_WORDS.has(head) || (COMPANY_HEADS.has(head) && end - first > 1) || (ORG_OF_HEADS.has(lead) && end - first > 2)) return "ORG";
  if (PLACE_WORDS.has(head) && end - first > 1) return "LOC";
  const prev = tokens[first - 1];
  if (prev && (TITLE_WORDS.has(prev.normal) || HONORIFICS.has(prev.normal))) return "PER";
  if (introducedAsOrg(tokens, first)) return "ORG";
  const n = end - first;
  const allNameLike = tokens
    .slice(first, end)
    .every((t) => (t.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(t.text)) || NAME_PARTICLES.has(t.normal));
  if (n >= 2 && n <= 4 && allNameLike) return "PER";
  return null;
}

/** Candidates from capitalised runs (rules alone): typed by KB, head words or context. */
export function ruleCandidates(view: TextView): Candidate[] {
  const idx = docIndex(view.tokens);
  const out: Candidate[] = [];
  const typeOf = (f: number, end: number): NameType | null => {
    const m = bestMatch(idx.kbExact(f, end));
    return m && m.via !== "demonym" ? typeOfEntry(m.entry) : typeOfRun(view.tokens, f, end);
  };
  for (const [first, end] of capitalisedRuns(view)) {
    // "General Motors" is an organisation by its head word; "General Smith" is a titled person.
    let f = first;
    let type = typeOf(f, end);
    if (type === null || type === "PER") {
      while (f < end - 1 && (TITLE_WORDS.has((view.tokens[f] as Token).normal) || HONORIFICS.has((view.tokens[f] as Token).normal))) f++;
      if (f !== first) type = typeOf(f, end) ?? (end - f >= 1 ? "PER" : null);
    }
    // "Fellow of All Souls College", "Chief Executive Officer of General Motors": a title and
    // its "of" lead into the organisation's name
    if (type === "ORG") f = afterTitleOf(view.tokens, f, end);
    let strong = false;
    if (f === first && type !== "LOC" && namedAfterCountry(view, idx, f, end) && !endsAtLinkSeam(view, f, end)) {
      type = "ORG";
      strong = true;
    }
    if (!type) continue;
    // a capitalised title or honorific before the name ("President Reagan") is certain evidence of a person
    strong ||= hasStrongShape(view.tokens, f, end, type) || (type === "PER" && f === first && titledBefore(view.tokens, idx, f));
    out.push(ruleCandidate(f, end, type, strong));
  }
  return out;
}

/** First token after the leading "<title words> of" of run [f, end), when a name of two or more words follows; else f. */
function afterTitleOf(tokens: readonly Token[], f: number, end: number): number {
  let k = f;
  while (k < end && (TITLE_WORDS.has((tokens[k] as Token).normal) || CORPORATE_CHIEF_NEXT.has((tokens[k] as Token).normal))) k++;
  return k > f && (tokens[k] as Token | undefined)?.normal === "of" && end - k > 2 ? k + 1 : f;
}

/** A capitalised title or honorific right before token i ("President Reagan", sentence-initial too). */
function titledBefore(tokens: readonly Token[], idx: DocIndex, i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && idx.cap[i - 1] === 1 && (TITLE_WORDS.has(prev.normal) || HONORIFICS.has(prev.normal));
}

/**
 * Typed by a head word ("Ministry of Foreign Affairs", "Changi Airport") or an introducing noun
 * ("the airline Aer Lingus"): the type is certain whatever a guesser says.
 */
function hasStrongShape(tokens: readonly Token[], first: number, end: number, type: NameType): boolean {
  const head = (tokens[end - 1] as Token).normal;
  const lead = (tokens[first] as Token).normal;
  if (type === "ORG") {
    if (introducedAsOrg(tokens, first)) return true;
    return end - first > 1 && (ORG_WORDS.has(head) || COMPANY_HEADS.has(head) || ORG_OF_HEADS.has(lead));
  }
  return type === "LOC" && end - first > 1 && PLACE_WORDS.has(head) && !ORG_WORDS.has(head);
}

/**
 * A run of two or more words that starts or ends with a country's name without being a KB name
 * itself or a title ("Air Canada", "Garuda Indonesia", "China Eastern", "US Treasury") names an
 * organisation after the country. A country name that is also a given name only counts written
 * in capitals ("Jordan Peele" is a person).
 */
function namedAfterCountry(view: TextView, idx: DocIndex, first: number, end: number): boolean {
  if (end - first < 2) return false;
  for (let k = first; k < end; k++) {
    const w = (view.tokens[k] as Token).normal;
    if (idx.cap[k] !== 1 || TITLE_WORDS.has(w) || HONORIFICS.has(w)) return false;
  }
  const isCountry = (a: number, b: number) =>
    idx.kbExact(a, b).some((m) => m.entry.kind === "country" && (m.via === "name" || m.via === "alias"));
  // "United States Barack Obama": the rest is a person the KB knows, not a company name.
  const isPerson = (a: number, b: number) => idx.kbExact(a, b).some((m) => m.entry.kind === "person");
  for (let len = Math.min(4, end - first - 1); len >= 1; len--) {
    if (isCountry(end - len, end)) return !isPerson(first, end - len);
    if (isCountry(first, first + len)) {
      const one = (view.tokens[first] as Token).normal;
      return (len > 1 || idx.caps[first] === 1 || !GIVEN_NAME_COUNTRIES.has(one)) && !isPerson(first + len, end);
    }
  }
  return false;
}

/**
 * Token ranges of Title-Case fragments in mid-sentence: TITLE_FRAGMENT_MIN or more capitalised
 * tokens in a row, not at the sentence start, that include a capitalised function word
 * ("With", "And", "For") — link text or a headline pasted into a sentence, not a name.
 */
/** Generational suffixes after a surname ("William Clay Ford Jr."). */
const NAME_SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

export function titleFragments(view: TextView): Array<[number, number]> {
  const { tokens } = view;
  const idx = docIndex(tokens);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; ) {
    if (idx.cap[i] !== 1 || idx.initial[i] === 1) {
      i++;
      continue;
    }
    let j = i;
    let functionWords = 0;
    let lastIsVerb = false;
    while (j < tokens.length && idx.cap[j] === 1 && (tokens[j] as Token).sentence === (tokens[i] as Token).sentence) {
      const t = tokens[j] as Token;
      const functional =
        idx.caps[j] !== 1 &&
        !TITLE_CASE_CONNECTORS.has(t.normal) &&
        !CORPORATE_CHIEF_NEXT.has(t.normal) && // "Chief Operating Officer" is a title, not a headline
        (NEVER_NAMES.has(t.normal) || t.pos === "VERB" || t.pos === "ADP" || t.pos === "AUX");
      if (functional) functionWords++;
      // a generational suffix closes a person's name: the word before it is the one that ends the run
      if (!NAME_SUFFIXES.has(t.text)) lastIsVerb = functional && t.pos === "VERB";
      j++;
    }
    // a "verb" that ends the run is more often a surname the POS tagger misread ("Attorney
    // General Merrick Garland") than a headline's verb, which has words after it
    if (lastIsVerb) functionWords--;
    if (j - i >= TITLE_FRAGMENT_MIN && functionWords > 0) out.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Token ranges of capitalised runs that name an event by their last word (see EVENT_HEADS). */
export function eventRuns(view: TextView): ReadonlyArray<readonly [number, number]> {
  return capitalisedRuns(view).filter(([a, b]) => b - a > 1 && EVENT_HEADS.has((view.tokens[b - 1] as Token).normal));
}
