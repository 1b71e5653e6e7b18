/**
 * Roles the text gives a person: a title before the name ("Russian Foreign Minister Sergei
 * Lavrov") or an apposition after it ("Li Mingjiang, associate professor of international
 * relations at Nanyang Technological University in Singapore").
 */
import type { Role } from "../contract/analysis.js";
import { getKb } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { HONORIFICS, PORTFOLIO_WORDS, TITLE_WORDS } from "./heuristics.js";
import type { Candidate, TextView } from "./types.js";

/** Longest apposition we read, in tokens: longer clauses are not a role description. */
const MAX_APPOSITION_TOKENS = 24;
/** A role word must appear this early in an apposition for it to describe a role. */
const ROLE_WORD_WITHIN = 6;

const isTitleWord = (t: Token | undefined) => t !== undefined && TITLE_WORDS.has(t.normal);

/** Move a PER candidate's start past leading title words and honorifics that the tagger included. */
export function stripLeadingTitles(view: TextView, c: Candidate): void {
  const kb = getKb();
  while (c.end - c.first > 1) {
    const t = view.tokens[c.first] as Token;
    const next = view.tokens[c.first + 1] as Token;
    const titleLike = TITLE_WORDS.has(t.normal) || HONORIFICS.has(t.normal);
    const affiliationBeforeTitle = isTitleWord(next) && (kb.demonymCountry(t.text) !== null || kb.lookup(t.text).length > 0);
    if (!titleLike && !affiliationBeforeTitle) break;
    c.first++;
  }
}

/** Affiliation named right before a title: a demonym, a country/organisation name, "X's". */
function affiliationBefore(view: TextView, at: number, byEnd: Map<number, Candidate>): { name: string; country: string | null } | null {
  const kb = getKb();
  let k = at;
  const poss = view.tokens[k];
  if (poss && (poss.normal === "'s" || poss.normal === "’s")) k--;
  const t = view.tokens[k];
  if (!t) return null;
  const cand = byEnd.get(k + 1);
  if (cand) {
    const a = view.tokens[cand.first] as Token;
    const entry = cand.kbId ? kb.byId(cand.kbId) : undefined;
    return { name: entry?.name ?? view.text.slice(a.start, t.end), country: cand.country };
  }
  const iso = kb.demonymCountry(t.text);
  if (iso) return { name: kb.byId(iso)?.name ?? t.text, country: iso };
  return null;
}

/** The title (and its affiliation) written right before a person's name. */
export function titleRole(view: TextView, c: Candidate, byEnd: Map<number, Candidate>): { role: Role; country: string | null } | null {
  let k = c.first - 1;
  const end = k;
  while (k >= 0 && (view.tokens[k] as Token).sentence === (view.tokens[c.first] as Token).sentence) {
    const t = view.tokens[k] as Token;
    const inner = t.normal === "of" && isTitleWord(view.tokens[k - 1]) && k < end;
    // a portfolio before the title noun belongs to the title ("Labour Minister")
    const portfolio = k < end && PORTFOLIO_WORDS.has(t.normal);
    // "Secretary-General": a hyphen between two title words is inside the title
    const hyphen = t.text === "-" && k < end && isTitleWord(view.tokens[k - 1]) && isTitleWord(view.tokens[k + 1]);
    if (!isTitleWord(t) && !inner && !portfolio && !hyphen) break;
    if (HONORIFICS.has(t.normal) && k === end) return null;
    k--;
  }
  if (k === end) return null;
  const first = view.tokens[k + 1] as Token;
  const last = view.tokens[end] as Token;
  const title = view.text.slice(first.start, last.end);
  const aff = affiliationBefore(view, k, byEnd);
  return { role: { title, affiliation: aff?.name ?? null, source: "text" }, country: aff?.country ?? null };
}

/** A role from an apposition after the name: ", associate professor … at ORG in PLACE,". */
export function appositionRole(
  view: TextView,
  c: Candidate,
  byStart: Map<number, Candidate>,
): { role: Role; country: string | null } | null {
  const kb = getKb();
  const { tokens } = view;
  const comma = tokens[c.end];
  if (comma?.text !== "," || comma.sentence !== (tokens[c.first] as Token).sentence) return null;
  let i = c.end + 1;
  while (tokens[i] && ["the", "a", "an", "who", "is", "was", "a", "now", "then", "currently"].includes((tokens[i] as Token).normal)) i++;
  const start = i;
  let roleWord = -1;
  let stop = start;
  let affiliation: Candidate | null = null;
  let place: Candidate | null = null;
  for (let j = start; j < tokens.length && j - start < MAX_APPOSITION_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== comma.sentence || t.text === "," || t.text === ";" || t.text === "." || t.text === ")" || t.text === '"') break;
    if (roleWord < 0 && (isTitleWord(t) || kb.agentSector(t.normal) !== null || t.lemma === "head" || t.lemma === "lead")) roleWord = j;
    const cand = byStart.get(j);
    if (cand && cand.type !== "PER") {
      const prep = (tokens[j - 1] as Token).normal;
      if (!affiliation && cand.type === "ORG") affiliation = cand;
      else if (!affiliation && (prep === "of" || prep === "at" || prep === "for") && cand.type === "LOC") affiliation = cand;
      else if (!place && cand.type === "LOC") place = cand;
      if (stop === start) stop = j;
    }
  }
  if (roleWord < 0 || roleWord - start >= ROLE_WORD_WITHIN) return null;
  if (
    tokens[start] &&
    (tokens[start] as Token).pos === "VERB" &&
    (tokens[start] as Token).lemma !== "head" &&
    (tokens[start] as Token).lemma !== "lead"
  )
    return null;
  // The title runs to the first named organisation or place, minus a trailing "at"/"of"/"for".
  let titleEnd = stop === start ? Math.min(tokens.length, start + ROLE_WORD_WITHIN) : stop;
  while (titleEnd > start && ["at", "of", "for", "in", "with", "the", "'s"].includes((tokens[titleEnd - 1] as Token).normal)) titleEnd--;
  for (let j = start; j < titleEnd; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== comma.sentence || t.text === "," || t.text === ";" || t.text === ".") {
      titleEnd = j;
      break;
    }
  }
  if (titleEnd <= start) return null;
  const title = view.text.slice((tokens[start] as Token).start, (tokens[titleEnd - 1] as Token).end);
  const aff = affiliation ?? place;
  const affName = aff ? view.text.slice((tokens[aff.first] as Token).start, (tokens[aff.end - 1] as Token).end) : null;
  const country = place?.country ?? aff?.country ?? null;
  return { role: { title, affiliation: affName, source: "text" }, country };
}
