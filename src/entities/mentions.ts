/**
 * Name, demonym and metonym mentions: the tagger's spans, corrected and completed by the KB
 * and the rules, then filtered (sentence-initial capitals, Title-Case fragments) and given
 * the roles the text states.
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { NEVER_NAMES, ORG_INTRODUCERS, ORG_OF_HEADS, ORG_WORDS } from "./heuristics.js";
import { kbCandidates } from "./kb-mentions.js";
import { appositionRole, stripLeadingTitles, titleRole } from "./roles.js";
import { ruleCandidates, titleFragments } from "./rule-mentions.js";
import { taggerCandidates } from "./tagger/index.js";
import { isCapitalised, isSentenceInitial } from "./tokens.js";
import type { Candidate, Mode, TextView } from "./types.js";

const overlapsTok = (a: Candidate, b: Candidate) => a.first < b.end && b.first < a.end;
const sameSpan = (a: Candidate, b: Candidate) => a.first === b.first && a.end === b.end;
const covers = (a: Candidate, b: Candidate) => a.first <= b.first && b.end <= a.end;

/** Whether a KB reading agrees with the tagger's type (else the tagger's context wins). */
function compatible(tagged: Candidate, kb: Candidate): boolean {
  if (kb.kind === "metonym") return tagged.type !== "PER";
  return tagged.type === kb.type;
}

function attachKb(target: Candidate, kb: Candidate): void {
  target.kbId = kb.kbId;
  target.entityKind = kb.entityKind;
  target.country = kb.country;
  target.sector = kb.sector;
  target.kind = kb.kind;
}

/** Rule spans that are organisation phrases by their head words ("Ministry of Foreign Affairs"). */
function isStrongRule(view: TextView, c: Candidate): boolean {
  const head = (view.tokens[c.end - 1] as Token).normal;
  const lead = (view.tokens[c.first] as Token).normal;
  const introduced = ORG_INTRODUCERS.has(view.tokens[c.first - 1]?.text ?? "");
  return c.type === "ORG" && (introduced || (c.end - c.first > 1 && (ORG_WORDS.has(head) || ORG_OF_HEADS.has(lead))));
}

/** Combine the finders: tagger spans first, KB and strong rule spans repair or add to them. */
function merge(view: TextView, tagged: Candidate[], kb: Candidate[], rules: Candidate[], mode: Mode): Candidate[] {
  if (mode === "rules") {
    const out = [...kb];
    for (const r of rules) if (!out.some((o) => overlapsTok(o, r))) out.push(r);
    return out;
  }
  const out = [...tagged];
  for (const r of rules) {
    if (!isStrongRule(view, r)) continue;
    const inside = out.filter((o) => overlapsTok(o, r));
    const exact = inside.find((o) => sameSpan(o, r));
    if (exact) exact.type = r.type;
    else if (inside.every((o) => covers(r, o) && o.type !== "ORG")) {
      for (const o of inside) out.splice(out.indexOf(o), 1);
      out.push(r);
    }
  }
  for (const k of kb) {
    const over = out.filter((o) => overlapsTok(o, k));
    if (over.length === 0) {
      out.push(k);
      continue;
    }
    const exact = over.find((o) => sameSpan(o, k));
    if (exact) {
      if (k.kind === "demonym" && exact.end - exact.first === 1) Object.assign(exact, k);
      else if (compatible(exact, k)) attachKb(exact, k);
      continue;
    }
    // A longer KB name covering tagger pieces ("Ministry of Foreign Affairs" vs "Ministry").
    if (k.kind === "name" && k.end - k.first > 1 && over.every((o) => covers(k, o))) {
      for (const o of over) out.splice(out.indexOf(o), 1);
      out.push(k);
    }
  }
  return out;
}

/** A model number after a maker's name ("A380", "787", "737s") makes the pair a product. */
const MODEL_NUMBER = /^\p{Lu}{0,2}-?\d{2,}\p{L}{0,3}$/u;

function isProductMaker(view: TextView, c: Candidate): boolean {
  const next = view.tokens[c.end];
  return (
    (c.entityKind === null || c.entityKind === "organization") &&
    next !== undefined &&
    next.sentence === (view.tokens[c.first] as Token).sentence &&
    MODEL_NUMBER.test(next.text)
  );
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

/** A lone sentence-initial capital that is a common word ("Help", "With") is not a name. */
function isInitialCommonWord(view: TextView, c: Candidate): boolean {
  if (c.end - c.first !== 1 || c.kbId) return false;
  const t = view.tokens[c.first] as Token;
  return NEVER_NAMES.has(t.normal) || (isSentenceInitial(view.tokens, c.first) && t.pos !== "PROPN" && t.pos !== "NOUN");
}

/**
 * One document, one reading: every other occurrence of a name already found (and of a found
 * person's surname) is a mention too, with the same type and identity.
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
      if (idx.cap[i - 1] === 1 && idx.initial[i] !== 1) continue;
      added.push({ ...from, first: i, end, source: "rule", roles: [] });
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
  // A name strictly inside a span the tagger reads as another kind of name is part of it.
  const insideMisc = (c: Candidate) =>
    c.kind === "name" && tagged.misc.some(([a, b]) => a <= c.first && c.end <= b && b - a > c.end - c.first);
  const kb = mode === "tagger" ? [] : kbCandidates(view).filter((c) => !insideMisc(c));
  const rules = mode === "tagger" ? [] : ruleCandidates(view).filter((c) => !insideMisc(c));
  let cands = merge(view, tagged.candidates, kb, rules, mode);
  if (mode !== "tagger") {
    const fragments = titleFragments(view);
    cands = cands.filter((c) => c.kbId !== null || !fragments.some(([a, b]) => c.first < b && a < c.end));
    cands = cands.filter((c) => !isInitialCommonWord(view, c));
    for (const c of cands) if (c.type === "PER") stripLeadingTitles(view, c);
    cands = propagate(view, cands).filter((c) => !isProductMaker(view, c));
    markAdjectivalCountries(view, cands);
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
