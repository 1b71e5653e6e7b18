/**
 * Names coordinated with a found name share its type: in "GM and Chrysler" or "Toyota, Honda
 * and Nissan" an unknown capitalised name next to an organisation is one too (lists join like
 * with like). Only runs that no finder took are added, and only names the text writes as proper
 * nouns: a sentence-opening common word, an event word ("World War II"), a legal form (", LLC") or a title ("Joe Leonard, Chairman and …") stays out.
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { EVENT_HEADS, INNER_CONNECTORS, LEGAL_FORMS, NAME_PARTICLES, NEVER_NAMES, TITLE_WORDS } from "./heuristics.js";
import { capitalisedRuns } from "./rule-mentions.js";
import { type Candidate, ruleCandidate, type TextView } from "./types.js";

/** Words that join list items. */
const COORDINATORS = new Set(["and", "or", ",", "&", "nor"]);

/** Whether the run [a, b) reads as a proper name on its own: every word a proper noun or in capitals. */
function properRun(view: TextView, a: number, b: number): boolean {
  const idx = docIndex(view.tokens);
  for (let k = a; k < b; k++) {
    const t = view.tokens[k] as Token;
    if (
      NEVER_NAMES.has(t.normal) ||
      TITLE_WORDS.has(t.normal) ||
      EVENT_HEADS.has(t.normal) ||
      LEGAL_FORMS.has(t.normal) ||
      (t.pos !== "PROPN" && idx.caps[k] !== 1)
    )
      return false;
  }
  return true;
}

/**
 * Token k closes the run on its other side: absent, in another sentence, or neither capitalised
 * nor a word names contain ("Will Smith", "War on Want", "Conservative and Unionist Party" are
 * single names whose pieces must not be typed apart).
 */
function closes(view: TextView, taken: Uint8Array, k: number, sentence: number): boolean {
  const t = view.tokens[k];
  if (!t || t.sentence !== sentence) return true;
  if (taken[k] === 1 || docIndex(view.tokens).cap[k] === 1 || INNER_CONNECTORS.has(t.normal) || NAME_PARTICLES.has(t.normal)) return false;
  return !LINKING_POS.has(t.pos);
}

/** Parts of speech that may link a name's words ("Council on Foundations", "Italy for the Italians"). */
const LINKING_POS = new Set(["ADP", "DET", "CCONJ", "PART"]);

/**
 * The name candidate before the run across one coordinator ("GM and [Chrysler]"), or after it
 * across a comma ("[Bearn], Gascony"): "X and Y Party" is more often one name than two.
 */
function neighbour(
  view: TextView,
  taken: Uint8Array,
  byEnd: Map<number, Candidate>,
  byStart: Map<number, Candidate>,
  a: number,
  b: number,
) {
  const { tokens } = view;
  const sentence = (tokens[a] as Token).sentence;
  const before = tokens[a - 1];
  const after = tokens[b];
  const joinedBefore = before !== undefined && before.sentence === sentence && COORDINATORS.has(before.normal);
  const joinedAfter = after !== undefined && after.sentence === sentence && after.normal === ",";
  // "General Motors (GM) and Chrysler": the bracketed acronym before the coordinator is the name
  const left = joinedBefore ? (byEnd.get(a - 1) ?? (tokens[a - 2]?.text === ")" ? byEnd.get(a - 2) : undefined)) : undefined;
  if (left && (joinedAfter || closes(view, taken, b, sentence))) return left;
  // "in Aringay, Pangasinan" names a place and its region: the comma must open a list that goes on
  const right = joinedAfter ? byStart.get(b + 1) : undefined;
  if (right && (joinedBefore || (closes(view, taken, a - 1, sentence) && COORDINATORS.has(tokens[right.end]?.normal ?? "")))) return right;
  return undefined;
}

/** New candidates for untaken proper-noun runs coordinated with a name candidate. */
export function coordinatedNames(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const taken = new Uint8Array(view.tokens.length);
  const byEnd = new Map<number, Candidate>();
  const byStart = new Map<number, Candidate>();
  for (const c of cands) {
    taken.fill(1, c.first, c.end);
    if (c.kind !== "name") continue;
    byEnd.set(c.end, c);
    byStart.set(c.first, c);
  }
  const out: Candidate[] = [];
  for (const [a, b] of capitalisedRuns(view)) {
    if (taken.subarray(a, b).includes(1) || (b - a === 1 && (view.tokens[a] as Token).text.length < 2) || !properRun(view, a, b)) continue;
    const c = neighbour(view, taken, byEnd, byStart, a, b);
    if (c) out.push(ruleCandidate(a, b, c.type, false));
  }
  return out;
}
