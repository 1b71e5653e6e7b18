/**
 * The short name of a company the document names in full: its first words without the
 * corporate words at the end ("Ford Motor Company" → "Ford", "Chrysler LLC" → "Chrysler").
 * Later mentions use it ("Ford's improved offer"), so coreference and propagation read it as
 * the same organisation.
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { CORPORATE_SUFFIXES, NEVER_NAMES, TITLE_WORDS } from "./heuristics.js";
import { lowerCaseWords } from "./link-seams.js";
import type { Candidate, TextView } from "./types.js";

/**
 * Token end of c's short name, or -1 when it has none: each word left must be capitalised and
 * not a common word of the document ("General Motors" keeps "General": the document writes
 * "general" or it is a title word), and the short name must not be a KB name of anything but an
 * organisation ("American Airlines" is not "American", "British Airways" not "British").
 */
export function companyShortEnd(view: TextView, c: Candidate): number {
  if (c.type !== "ORG" || c.kind !== "name") return -1;
  const { tokens } = view;
  let end = c.end;
  while (end - c.first > 1 && CORPORATE_SUFFIXES.has((tokens[end - 1] as Token).normal)) end--;
  if (end === c.end) return -1;
  const idx = docIndex(tokens);
  const lower = lowerCaseWords(view);
  for (let k = c.first; k < end; k++) {
    const w = (tokens[k] as Token).normal;
    if (idx.cap[k] !== 1 || TITLE_WORDS.has(w) || NEVER_NAMES.has(w) || lower.has(w)) return -1;
  }
  if (idx.kbExact(c.first, end).some((m) => m.entry.kind !== "organization")) return -1;
  return end;
}

const surfaceOf = (tokens: readonly Token[], first: number, end: number) => {
  let s = (tokens[first] as Token).text;
  for (let k = first + 1; k < end; k++) s += ` ${(tokens[k] as Token).text}`;
  return s;
};

/**
 * A finder's guess that reads a company's short name as a person or place ("Velmora" after
 * "Velmora Motor Company") yields to the company: the short name takes its type and identity.
 * KB-linked and strongly typed candidates keep theirs.
 */
export function retypeShortNames(view: TextView, cands: readonly Candidate[]): void {
  const companies = new Map<string, Candidate>();
  for (const c of cands) {
    const end = companyShortEnd(view, c);
    if (end > 0) companies.set(surfaceOf(view.tokens, c.first, end), c);
  }
  if (companies.size === 0) return;
  for (const c of cands) {
    if (c.type === "ORG" || c.kind !== "name" || c.kbId || c.strong) continue;
    const from = companies.get(surfaceOf(view.tokens, c.first, c.end));
    if (!from) continue;
    c.type = from.type;
    c.entityKind = from.entityKind;
    c.kbId = from.kbId;
    c.country = from.country;
    c.sector = from.sector;
  }
}
