/**
 * Tense of the clause around a time expression, read from the nlp tokens (wink gives
 * universal POS and lemma, no morphology): past when a verb's form differs from its lemma
 * the way past forms do, future after will/shall/going to/plans to, present otherwise.
 */
import type { NlpLayer, Token } from "../nlp/index.js";

export type Tense = "past" | "present" | "future" | null;

const FUTURE_MARKERS = new Set(["will", "'ll", "shall", "wo"]);
/** Verbs that point forward when followed by "to": "plans to meet", "is expected to arrive". */
const FUTURE_TO_VERBS = new Set(["plan", "expect", "schedule", "set", "due", "go", "intend", "aim", "hope", "prepare"]);
/** Verbs whose object is a future event, whatever their own tense. */
const PLANNING_VERBS = new Set(["plan", "schedule"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'s", "'re", "has", "have", "does", "do"]);
const BE_FORMS = new Set(["is", "are", "am", "'s", "'re"]);

const isForwardVerb = (t: Token): boolean => FUTURE_TO_VERBS.has(t.lemma) || PLANNING_VERBS.has(t.lemma);

/** Words right before a day that make it a deadline ahead: "until Tuesday", "as soon as Friday". */
const DEADLINE_WORDS = new Set(["until", "till", "til"]);
/**
 * Words right before a date without a year that make it a deadline or start ahead: "must leave by
 * March 6", "a pay rise effective June 1". ("through August" is as often a span already over.)
 */
export const DATE_DEADLINE_WORDS: ReadonlySet<string> = new Set([...DEADLINE_WORDS, "by", "effective"]);

/**
 * Whether the time starting at token `first` is a deadline ("postponed until Tuesday", "as soon
 * as Tuesday"). A sentence that opens with "Until Thursday, …" looks back at a state that ended.
 */
export function isDeadline(tokens: Token[], first: number, words: ReadonlySet<string> = DEADLINE_WORDS): boolean {
  const prev = tokens[first - 1]?.normal ?? "";
  if (words.has(prev)) {
    // Only a word opening its sentence or clause ("Until Thursday, …", "— until Friday") is fronted; ", effective June 1" is not.
    const before = tokens[first - 2];
    return before?.sentence === tokens[first - 1]?.sentence && (before?.pos !== "PUNCT" || before.normal === ",");
  }
  return prev === "as" && tokens[first - 2]?.normal === "soon" && tokens[first - 3]?.normal === "as";
}

/** Whether "had" or "had been" comes right before token i. */
function hadBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.normal;
  return prev === "had" || (prev === "been" && tokens[i - 2]?.normal === "had");
}

/** Tokens farther than this from the time expression do not decide its tense. */
const MAX_DISTANCE = 12;

function tenseOf(tokens: Token[], i: number): Tense {
  const t = tokens[i] as Token;
  const n = t.normal;
  if (FUTURE_MARKERS.has(n) && t.pos === "AUX") return "future";
  if (n === "would") return "future";
  if (t.pos !== "VERB" && t.pos !== "AUX") return null;
  const next = tokens[i + 1];
  // "is to resume", "are to meet": an arrangement ahead.
  if (BE_FORMS.has(n) && next?.normal === "to" && tokens[i + 2]?.pos === "VERB") return "future";
  // "were planning to drive", "is preparing to vote": the plan is under way, its object ahead.
  if ((PAST_AUX.has(n) || PRESENT_AUX.has(n)) && next?.normal.endsWith("ing") && isForwardVerb(next)) return "future";
  if (PAST_AUX.has(n)) return "past";
  if (PRESENT_AUX.has(n)) return "present";
  if (n === "to") return null;
  // "had been scheduled to expire Friday": the plan is in the past, and so is its time.
  if ((FUTURE_TO_VERBS.has(t.lemma) || PLANNING_VERBS.has(t.lemma)) && hadBefore(tokens, i)) return "past";
  if (FUTURE_TO_VERBS.has(t.lemma) && next?.normal === "to") return "future";
  // "planned a rally on Saturday", "has scheduled a news conference Thursday": the event is ahead.
  if (PLANNING_VERBS.has(t.lemma)) return "future";
  // "ministers meet": a base form right after its subject is the plural present.
  const prevPos = tokens[i - 1]?.pos;
  if (n === t.lemma && t.pos === "VERB" && (prevPos === "NOUN" || prevPos === "PRON" || prevPos === "PROPN")) return "present";
  if (n === t.lemma || n.endsWith("ing")) return null;
  if (n.endsWith("ed") || (!n.endsWith("s") && n !== t.lemma)) {
    // A participle after a present auxiliary ("has met") is still past; after "will be" it is not;
    // after "is"/"are" it is a present passive ("the case is heard in May").
    const prev = tokens[i - 1]?.normal;
    if (prev === "be" || prev === "been") return null;
    if (prev === "is" || prev === "are" || prev === "am") return "present";
    return "past";
  }
  return "present";
}

/**
 * Tense deciding token range [first, end): the nearest tensed verb of its sentence, left first,
 * within MAX_DISTANCE tokens, or (`wholeSentence`) anywhere in the sentence when none is that near.
 */
export function tenseAround(nlp: NlpLayer, first: number, end: number, wholeSentence = false): Tense {
  const tokens = nlp.tokens;
  const sentence = (tokens[first] as Token).sentence;
  const [sFirst, sEnd] = nlp.sentenceTokens[sentence] ?? [first, end];
  const near = nearestTense(tokens, first, end, Math.max(sFirst, first - MAX_DISTANCE), Math.min(sEnd, end + MAX_DISTANCE));
  return near === null && wholeSentence ? nearestTense(tokens, first, end, sFirst, sEnd) : near;
}

/** The tense of the tensed token nearest to [first, end) within [from, to); tokens after it count a little farther. */
function nearestTense(tokens: Token[], first: number, end: number, from: number, to: number): Tense {
  let best: Tense = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i++) {
    if (i >= first && i < end) continue;
    const tense = tenseOf(tokens, i);
    if (!tense) continue;
    // Modal "will"/"would" governs the verb after it, so it wins over that verb's form.
    const dist = i < first ? first - i : (i - end + 1) * 1.5;
    if (dist < bestDist) {
      best = tense;
      bestDist = dist;
    }
  }
  return best;
}
