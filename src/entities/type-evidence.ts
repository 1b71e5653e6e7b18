/**
 * Type corrections from the shape of a name and the words right after it, applied to the
 * finders' candidates before coreference (which then settles one type per entity):
 * - an acronym read as a person ("GM", "UAW") is an organisation: running text does not write
 *   people's names in capitals (all-capital headlines are left alone);
 * - a name directly followed by a corporate title ("Airbus chief executive Noel Forgeard",
 *   "Ryanair CEO") is the organisation the title belongs to.
 * KB-linked candidates keep their type: "Obama spokesman" is the person's spokesman. A
 * capitalised word before a corporate title that no finder took is such an organisation too,
 * even at the start of a sentence ("Velmora CEO Hanna Strom said …").
 */

import { givenNameSet } from "../kb/given-names.js";
import { foldToken } from "../kb/normalize.js";
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { CORPORATE_CHIEF_NEXT, CORPORATE_TITLES, HONORIFICS, LEGAL_FORMS, NEVER_NAMES, TITLE_WORDS } from "./heuristics.js";
import { isAllCaps } from "./tokens.js";
import { type Candidate, ruleCandidate, type TextView } from "./types.js";

/** Longest acronym (letters and dots) read as an organisation; longer capitals are words. */
const MAX_ACRONYM_LENGTH = 6;

/** Whether token i's sentence has a word with a lower-case letter (not an all-capital headline). */
function inMixedCaseSentence(view: TextView, i: number): boolean {
  const [a, b] = view.sentenceTokens[(view.tokens[i] as Token).sentence] ?? [i, i + 1];
  for (let k = a; k < b; k++) if (/\p{Ll}/u.test((view.tokens[k] as Token).text)) return true;
  return false;
}

function isAcronymPerson(view: TextView, c: Candidate): boolean {
  if (c.type !== "PER" || c.end - c.first !== 1) return false;
  const t = view.tokens[c.first] as Token;
  return t.text.length >= 2 && t.text.length <= MAX_ACRONYM_LENGTH && isAllCaps(t) && inMixedCaseSentence(view, c.first);
}

/** Token i opens a corporate title ("CEO", "chief executive"). */
function isCorporateTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (CORPORATE_TITLES.has(t.normal)) return true;
  return t.normal === "chief" && CORPORATE_CHIEF_NEXT.has(tokens[i + 1]?.normal ?? "");
}

/** A corporate title right after the candidate, in its sentence, and not continuing a title ("Vice Chairman"). */
function corporateTitleAfter(view: TextView, c: Candidate): boolean {
  const next = view.tokens[c.end];
  const last = view.tokens[c.end - 1] as Token;
  return next !== undefined && next.sentence === last.sentence && !isTitle(last) && isCorporateTitle(view.tokens, c.end);
}

/**
 * A title word or honorific. Read from the lower-cased text too: wink's normal form respells
 * some words ("Vice" → "vise").
 */
function isTitle(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return TITLE_WORDS.has(t.normal) || TITLE_WORDS.has(lower) || HONORIFICS.has(lower);
}

/** A capitalised word that may be (part of) an organisation's name before a title. */
function isNameWord(tokens: readonly Token[], cap: Uint8Array, k: number): boolean {
  const t = tokens[k] as Token;
  return cap[k] === 1 && (t.pos === "PROPN" || t.pos === "NOUN") && !NEVER_NAMES.has(t.normal) && !isTitle(t);
}

/** Organisation candidates for capitalised runs right before a corporate title that no finder took. */
export function orgsBeforeCorporateTitles(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const { tokens } = view;
  const { cap } = docIndex(tokens);
  const taken = new Uint8Array(tokens.length);
  for (const c of cands) taken.fill(1, c.first, c.end);
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isCorporateTitle(tokens, i) || taken[i - 1] === 1 || !isNameWord(tokens, cap, i - 1)) continue;
    const sentence = (tokens[i] as Token).sentence;
    let first = i - 1;
    while (first > 0 && taken[first - 1] !== 1 && (tokens[first - 1] as Token).sentence === sentence && isNameWord(tokens, cap, first - 1))
      first--;
    out.push(ruleCandidate(first, i, "ORG", true));
  }
  return out;
}

export function applyTypeEvidence(view: TextView, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kbId || c.kind !== "name" || c.type === "ORG") continue;
    if (isAcronymPerson(view, c)) c.type = "ORG";
    else if (corporateTitleAfter(view, c)) {
      c.type = "ORG";
      c.strong = true;
    } else continue;
    c.entityKind = null;
  }
}

/** Whether the token is a given name the KB knows ("Jim", "Alan"); wink keeps a proper noun's capitals in `normal`. */
function isGivenName(t: Token): boolean {
  return givenNameSet().has(foldToken(t.text));
}

/**
 * A name that runs past a company's legal form ("Chrysler LLC Jim Press") is two names: the
 * company up to its legal form, and the person (or other name) after it.
 */
export function splitAtLegalForms(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let k = c.first + 1;
    while (k < c.end - 1 && !LEGAL_FORMS.has((view.tokens[k] as Token).normal)) k++;
    if (c.kbId || c.kind !== "name" || k >= c.end - 1) {
      out.push(c);
      continue;
    }
    const rest = view.tokens[k + 1] as Token;
    out.push({ ...c, end: k + 1, type: "ORG", entityKind: null, strong: true });
    out.push(ruleCandidate(k + 1, c.end, isGivenName(rest) ? "PER" : c.type, false));
  }
  return out;
}

/**
 * A "person" named with the first word of an organisation the document names, followed by
 * other capitalised words ("Ford Taurus" beside "Ford Motor Company"), is the organisation's
 * (or one of its products or units), not a person; unless that word is a given name.
 */
export function retypeOrgProducts(view: TextView, cands: readonly Candidate[]): void {
  const orgFirstWords = new Set<string>();
  for (const c of cands) if (c.type === "ORG" && c.end - c.first > 1) orgFirstWords.add((view.tokens[c.first] as Token).text);
  if (orgFirstWords.size === 0) return;
  for (const c of cands) {
    if (c.type !== "PER" || c.kbId || c.end - c.first < 2) continue;
    const first = view.tokens[c.first] as Token;
    if (orgFirstWords.has(first.text) && !isGivenName(first)) {
      c.type = "ORG";
      c.entityKind = null;
    }
  }
}

/** Words that may stand between a name's comma and the title of its apposition ("X, the Vice Chairman of …"). */
const APPOSITION_DETERMINERS = new Set(["the", "a", "an"]);

/** ", (the) <title>" right after the candidate: an apposition that gives a person's office. */
function titledAppositionAfter(view: TextView, c: Candidate): boolean {
  const comma = view.tokens[c.end];
  const last = view.tokens[c.end - 1] as Token;
  if (comma?.text !== "," || comma.sentence !== last.sentence) return false;
  let k = c.end + 1;
  if (APPOSITION_DETERMINERS.has(view.tokens[k]?.normal ?? "")) k++;
  const t = view.tokens[k];
  return t !== undefined && t.sentence === last.sentence && isTitle(t);
}

/**
 * An organisation guessed from a head word ("Press", "Post") that opens with a given name and
 * is followed by a titled apposition ("Jim Press, the Vice Chairman of …") is a person:
 * organisations are not given offices that way.
 */
export function retypeTitledPeople(view: TextView, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kbId || c.kind !== "name" || c.type !== "ORG" || c.end - c.first < 2) continue;
    if (!isGivenName(view.tokens[c.first] as Token) || !titledAppositionAfter(view, c)) continue;
    c.type = "PER";
    c.entityKind = null;
  }
}

/** Corporate "titles" that name a body of people, not one office-holder. */
const COLLECTIVE_TITLES = new Set(["shareholders", "stockholders", "employees"]);
/** Corporate titles that name one office-holder. */
const OFFICE_TITLES = new Set([...CORPORATE_TITLES].filter((w) => !COLLECTIVE_TITLES.has(w)));

/**
 * A corporate title is no part of a name: one that opens the span ("CEO Steve Jobs") is left
 * out and, before a given name, leaves a person; one that closes it ("Acme Computer CEO") is left
 * out and leaves the organisation the title belongs to.
 */
export function cutCorporateTitles(view: TextView, cands: readonly Candidate[]): void {
  const isOffice = (k: number) => OFFICE_TITLES.has((view.tokens[k] as Token).text.toLowerCase());
  for (const c of cands) {
    if (c.kbId || c.kind !== "name" || c.end - c.first < 2) continue;
    if (isOffice(c.first)) {
      c.first++;
      if (isGivenName(view.tokens[c.first] as Token)) {
        c.type = "PER";
        c.strong = false; // the organisation type came from the title, not from the name
      }
      c.entityKind = null;
    } else if (isOffice(c.end - 1)) {
      c.end--;
      c.type = "ORG";
      c.strong = true;
      c.entityKind = null;
    }
  }
}
