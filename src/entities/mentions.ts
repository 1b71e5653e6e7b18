/**
 * Name, demonym and metonym mentions: the tagger's spans, corrected and completed by the KB
 * and the rules, then filtered (sentence-initial capitals, Title-Case fragments) and given
 * the roles the text states.
 */
import type { Token } from "../nlp/index.js";
import { acronymMentions } from "./acronyms.js";
import { administrations } from "./administrations.js";
import { dropCompoundNames } from "./compounds.js";
import { coordinatedNames } from "./coordination.js";
import { applyDatelines } from "./datelines.js";
import { docIndex } from "./doc-index.js";
import { extendOverGluedLetters } from "./glued.js";
import { NEVER_NAMES } from "./heuristics.js";
import { kbCandidates } from "./kb-mentions.js";
import { lowerCaseWords } from "./link-seams.js";
import { blocksName, merge, repairTaggerSpans } from "./merge.js";
import { retypeCamelCaseNames, retypeMakers, retypeRegionalUnits } from "./name-shapes.js";
import { cutPortfolioTitles } from "./portfolios.js";
import { dropRegionAdjectives } from "./region-adjectives.js";
import { appositionRole, stripLeadingTitles, titleRole } from "./roles.js";
import { eventRuns, ruleCandidates, titleFragments } from "./rule-mentions.js";
import { companyShortEnd, retypeShortNames } from "./short-names.js";
import { taggerCandidates } from "./tagger/index.js";
import { isCapitalised } from "./tokens.js";
import {
  applyTypeEvidence,
  cutCorporateTitles,
  orgsBeforeCorporateTitles,
  retypeOrgProducts,
  retypeTitledPeople,
  splitAtLegalForms,
} from "./type-evidence.js";
import type { Candidate, Mode, TextView } from "./types.js";

/** A model number after a maker's name ("A380", "787", "737s") makes the pair a product. */
const MODEL_NUMBER = /^\p{Lu}{0,2}-?\d{2,}\p{L}{0,3}$/u;

/** A four-digit year is no model number ("Euro 2008" is an event, not a product). */
const YEAR = /^(?:1[89]|20)\d\d$/;

const isModelNumber = (t: Token | undefined) => t !== undefined && MODEL_NUMBER.test(t.text) && !YEAR.test(t.text);

/** A maker's name before a model number, or a span that ends in one ("Airbus A380"): a product. */
function isProductMaker(view: TextView, c: Candidate): boolean {
  if (c.entityKind !== null && c.entityKind !== "organization") return false;
  const next = view.tokens[c.end];
  if (!c.kbId && c.end - c.first > 1 && isModelNumber(view.tokens[c.end - 1])) return true;
  return next !== undefined && next.sentence === (view.tokens[c.first] as Token).sentence && isModelNumber(next);
}

/**
 * A country name used as a modifier ("U.S. automaker", "US officials") works like a demonym
 * ("American automaker"): it says whose, it does not name the country as a participant.
 */
function markAdjectivalCountries(view: TextView, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== "name" || c.entityKind !== "country") continue;
    const next = view.tokens[c.end];
    if (
      next &&
      next.sentence === (view.tokens[c.first] as Token).sentence &&
      (next.pos === "NOUN" || next.pos === "ADJ") &&
      !isCapitalised(next)
    ) {
      c.kind = "demonym";
    }
  }
}

/**
 * A lone sentence-initial capital that is a common word ("Help", "With", "Speaking") is not a
 * name. The tagger of POS often calls an unknown name at the start a verb ("Ford has …"), so a
 * verb counts as common only as a participle or when the document also writes it in lower case.
 */
function isInitialCommonWord(view: TextView, c: Candidate): boolean {
  if (c.end - c.first !== 1 || c.kbId) return false;
  const t = view.tokens[c.first] as Token;
  if (NEVER_NAMES.has(t.normal)) return true;
  if (docIndex(view.tokens).initial[c.first] !== 1 || t.pos === "PROPN" || t.pos === "NOUN") return false;
  if (t.pos !== "VERB") return true;
  return PARTICIPLE.test(t.normal) || lowerCaseWords(view).has(t.normal);
}

const PARTICIPLE = /(?:ing|ed)$/;

/**
 * One document, one reading: every other occurrence of a name already found (and of a found
 * person's surname, or a company's short name) is a mention too, with the same type and identity.
 */
function propagate(view: TextView, cands: Candidate[]): Candidate[] {
  const { tokens } = view;
  const idx = docIndex(tokens);
  // First word → surfaces starting with it (longest first), each once.
  const byFirstWord = new Map<string, Array<{ words: string[]; from: Candidate }>>();
  const seen = new Set<string>();
  const addSurface = (words: string[], from: Candidate) => {
    const key = words.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    const list = byFirstWord.get(words[0] as string);
    if (list) list.push({ words, from });
    else byFirstWord.set(words[0] as string, [{ words, from }]);
  };
  for (const c of cands) {
    if (c.kind !== "name" || idx.cap[c.first] !== 1) continue;
    const words: string[] = [];
    for (let k = c.first; k < c.end; k++) words.push((tokens[k] as Token).text);
    addSurface(words, c);
    const shortEnd = companyShortEnd(view, c);
    if (shortEnd > 0) addSurface(words.slice(0, shortEnd - c.first), c);
    const last = tokens[c.end - 1] as Token;
    if (c.type === "PER" && c.end - c.first > 1 && idx.cap[c.end - 1] === 1 && last.text.length > 2) addSurface([last.text], c);
  }
  if (byFirstWord.size === 0) return cands;
  for (const list of byFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  const taken = new Uint8Array(tokens.length);
  for (const c of cands) taken.fill(1, c.first, c.end);
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || idx.cap[i] !== 1) continue;
    const list = byFirstWord.get((tokens[i] as Token).text);
    if (!list) continue;
    for (const { words, from } of list) {
      const end = i + words.length;
      if (end > tokens.length || !freeAndEqual(tokens, taken, words, i)) continue;
      // A longer capitalised run around it is another name ("Ford Motor" vs "Ford").
      if (idx.cap[end] === 1 && (tokens[end] as Token).sentence === (tokens[i] as Token).sentence) continue;
      // (a capitalised determiner opening the sentence is no part of a name: "The UAW refused")
      if (idx.cap[i - 1] === 1 && idx.initial[i] !== 1 && !NEVER_NAMES.has((tokens[i - 1] as Token).normal)) continue;
      added.push({ ...from, first: i, end, source: "rule", roles: [], strong: false });
      taken.fill(1, i, end);
      break;
    }
  }
  return added.length ? [...cands, ...added] : cands;
}

/** Tokens i… spell `words` and none is already part of a mention. */
function freeAndEqual(tokens: readonly Token[], taken: Uint8Array, words: readonly string[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (taken[i + k] === 1 || (tokens[i + k] as Token).text !== words[k]) return false;
  return true;
}

export function findMentions(view: TextView, mode: Mode): Candidate[] {
  const tagged = mode === "rules" ? { candidates: [], misc: [] } : taggerCandidates(view);
  const insideMisc = (c: Candidate) => c.kind === "name" && tagged.misc.some((m) => blocksName(view, m, c));
  const kb = mode === "tagger" ? [] : kbCandidates(view).filter((c) => !insideMisc(c));
  const rules = mode === "tagger" ? [] : ruleCandidates(view).filter((c) => !insideMisc(c));
  const spans = mode === "tagger" ? tagged.candidates : cutPortfolioTitles(view, repairTaggerSpans(view, tagged.candidates));
  let cands = merge(spans, kb, rules, mode);
  cands = extendOverGluedLetters(view, cands);
  if (mode !== "tagger") {
    cands = [...cands, ...coordinatedNames(view, cands).filter((c) => !insideMisc(c))];
    const fragments = titleFragments(view);
    cands = cands.filter((c) => c.kbId !== null || !fragments.some(([a, b]) => c.first < b && a < c.end));
    cands = dropRegionAdjectives(
      view,
      cands.filter((c) => !isInitialCommonWord(view, c)),
    );
    const events = eventRuns(view);
    if (events.length > 0) cands = cands.filter((c) => !events.some(([a, b]) => a <= c.first && c.end <= b));
    for (const c of cands) if (c.type === "PER") stripLeadingTitles(view, c);
    cands = splitAtLegalForms(view, cands);
    cutCorporateTitles(view, cands);
    applyTypeEvidence(view, cands);
    cands = [...cands, ...orgsBeforeCorporateTitles(view, cands)];
    retypeOrgProducts(view, cands);
    retypeTitledPeople(view, cands);
    retypeCamelCaseNames(view, cands);
    retypeRegionalUnits(view, cands);
    retypeMakers(view, cands);
    retypeShortNames(view, cands);
    cands = propagate(view, cands);
    // names propagated to a headline or list may have unknown names coordinated with them ("GM, Chrysler offer …")
    const coordinated = coordinatedNames(view, cands).filter((c) => !insideMisc(c));
    if (coordinated.length > 0) cands = propagate(view, [...cands, ...coordinated]);
    cands = [...cands, ...acronymMentions(view, cands)];
    cands = cands.filter((c) => !isProductMaker(view, c));
    cands = dropCompoundNames(view, cands);
    cands = applyDatelines(view, cands);
    markAdjectivalCountries(view, cands);
    cands = [...cands, ...administrations(view, cands)];
    addRoles(view, cands);
  }
  cands.sort((a, b) => a.first - b.first || b.end - a.end);
  return cands;
}

function addRoles(view: TextView, cands: Candidate[]): void {
  const byEnd = new Map<number, Candidate>();
  const byStart = new Map<number, Candidate>();
  for (const c of cands) {
    byEnd.set(c.end, c);
    byStart.set(c.first, c);
  }
  for (const c of cands) {
    if (c.type !== "PER" || c.kind !== "name") continue;
    const before = titleRole(view, c, byEnd);
    if (before) {
      c.roles.push(before.role);
      c.country ??= before.country;
    }
    const after = appositionRole(view, c, byStart);
    if (after) {
      c.roles.push(after.role);
      c.country ??= after.country;
    }
  }
}
