/**
 * Who did it to whom, from token order without a parser: the subject is the nearest actor before
 * the verb group (not across a clause break), passives swap in the "by" phrase, the recipient is
 * the first actor after the trigger (direct object or after a recipient preposition), nominal
 * events read "X's visit to Y", "X sanctions on Y", "support for Y from X", "attack by X";
 * coordinated actors ("China and Russia") are all kept.
 */
import type { Token } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import {
  CLAUSE_BREAKERS,
  COMPLEMENTISERS,
  DIRECTION_WORDS,
  LOCATION_PREPS,
  NOMINAL_ACTOR_PREPS,
  OBJECT_WINDOW,
  RECIPIENT_PREPS,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  SUBJECT_WINDOW,
  TRANSNATIONAL_SECTORS,
} from "./heuristics.js";
import type { Trigger } from "./triggers.js";

export interface SentenceView {
  tokens: readonly Token[];
  first: number;
  last: number;
  mentions: readonly ActorMention[];
  /** Actor to use for a subject pronoun with no coreference (the previous sentence's first actor). */
  previousActor: () => ActorMention | null;
}

export interface Arguments {
  actors: ActorMention[];
  recipients: ActorMention[];
  location: ActorMention | null;
  /** Start of the verb group (auxiliaries, negation) of the trigger or of its governing verb. */
  groupStart: number;
  /** The verb governing a nominal trigger ("held … talks"), the trigger itself for verbs, or -1. */
  governor: number;
  passive: boolean;
}

const GROUP_POS = new Set(["AUX", "PART", "ADV"]);
const COORD = new Set(["and", ",", "&", "as", "well", "both", "the", "nor"]);
/** Most tokens between two coordinated actors ("Fornost, and the evil awful Gondor"). */
const COORD_GAP = 5;
const SKIP_TO_GOVERNOR = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "ADP", "CCONJ", "PUNCT"]);
/** "was attacked on Monday by X": the agent phrase follows a passive closely. */
const PASSIVE_BY_WINDOW = 6;
/** "an attack by X", "support for Y from X": the agent phrase of a noun is within its NP. */
const NOMINAL_BY_WINDOW = 4;
/** How far a nominal trigger looks back for its governing verb ("held a first round of talks"). */
const GOVERNOR_WINDOW = 6;

function tok(v: SentenceView, i: number): Token {
  return v.tokens[i] as Token;
}

function isBreak(t: Token): boolean {
  return CLAUSE_BREAKERS.has(t.normal) || COMPLEMENTISERS.has(t.normal);
}

/** Start of the verb group ending at the verb: auxiliaries, "not", "to", adverbs. */
export function verbGroupStart(v: SentenceView, verb: number): number {
  let i = verb;
  while (i - 1 >= v.first && GROUP_POS.has(tok(v, i - 1).pos)) i--;
  return i;
}

function isPassive(v: SentenceView, verb: number, groupStart: number): boolean {
  const t = tok(v, verb);
  if (t.normal === t.lemma.toLowerCase() && !t.normal.endsWith("ed")) return false;
  // "is providing", "are demanding": a progressive, not a passive.
  if (t.normal.endsWith("ing")) return false;
  for (let i = groupStart; i < verb; i++) {
    const l = tok(v, i).lemma.toLowerCase();
    if (l === "be" || l === "get") return true;
  }
  return false;
}

function mentionEndingBefore(v: SentenceView, pos: number, window: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const m = v.mentions[k] as ActorMention;
    if (m.last > pos) continue;
    if (pos - m.last > window) break;
    out.push(m);
  }
  return out;
}

function hasBreakBetween(v: SentenceView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isBreak(tok(v, i))) return true;
  return false;
}

/** Is the gap between two mentions [a, b) a coordination ("and", ", ", "as well as", adjectives)? */
function coordinationBetween(v: SentenceView, a: number, b: number): boolean {
  if (b - a < 1 || b - a > COORD_GAP) return false;
  let joined = false;
  for (let i = a; i < b; i++) {
    const n = tok(v, i).normal;
    if (!COORD.has(n) && tok(v, i).pos !== "ADJ") return false;
    // "neither A nor B": both are named as the actors (the negation is the event's modality).
    if (n === "and" || n === "," || n === "nor") joined = true;
  }
  return joined;
}

/**
 * Mentions coordinated with m in direction `dir` ("China and Russia", "A, B and C"). A mention
 * adjacent to the current one is the same noun phrase ("Bulgarian President" + "Todor Zhivkov"):
 * it is stepped over, not added.
 */
function coordinated(v: SentenceView, m: ActorMention, dir: 1 | -1): ActorMention[] {
  const out = [m];
  let idx = v.mentions.indexOf(m);
  let edge = m;
  for (;;) {
    const next = v.mentions[idx + dir];
    if (!next) break;
    // A second reading of the same words ("officials in A and B" for lawmakers too) is one more actor.
    if (next.first === edge.first && next.last === edge.last) {
      if (dir === 1) out.push(next);
      else out.unshift(next);
      idx += dir;
      continue;
    }
    const [a, b] = dir === 1 ? [edge.last, next.first] : [next.last, edge.first];
    if (a === b) {
      idx += dir;
      edge = next;
      continue;
    }
    if (!coordinationBetween(v, a, b)) break;
    // "… from armed groups, the army said": a comma-joined actor followed by its verb starts a new clause.
    if (dir === 1 && next.last < v.last && tok(v, next.last).pos === "VERB" && !hasConjunction(v, a, b)) break;
    if (dir === 1) out.push(next);
    else out.unshift(next);
    idx += dir;
    edge = next;
  }
  return out;
}

function hasConjunction(v: SentenceView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tok(v, i).pos === "CCONJ") return true;
  return false;
}

function coordinatedLeft(v: SentenceView, m: ActorMention): ActorMention[] {
  return coordinated(v, m, -1);
}

function coordinatedRight(v: SentenceView, m: ActorMention): ActorMention[] {
  return coordinated(v, m, 1);
}

/** Words of a quantifier before a number ("more than 100", "up to 200", "at least 50"): no preposition of the NP. */
const QUANTIFIER_PREPS: Record<string, ReadonlySet<string>> = {
  than: new Set(["more", "less", "fewer"]),
  to: new Set(["up"]),
};
const QUANTIFIER_AFTER_AT = new Set(["least", "most"]);

function isNpModifier(t: Token): boolean {
  return t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM";
}

function precededByPrep(v: SentenceView, m: ActorMention): string | null {
  let i = m.first - 1;
  for (;;) {
    while (i >= v.first && isNpModifier(tok(v, i))) i--;
    if (i < v.first) return null;
    const t = tok(v, i);
    if (t.pos !== "ADP") return null;
    // "more than 100 Palestinians", "up to 100 Albanians": the quantifier is part of the NP; look before it.
    const before = i - 1 >= v.first ? tok(v, i - 1) : null;
    if (before && QUANTIFIER_PREPS[t.normal]?.has(before.normal) && tok(v, i + 1).pos === "NUM") {
      i -= 2;
      continue;
    }
    if (t.normal === "at" && i + 1 < m.first && QUANTIFIER_AFTER_AT.has(tok(v, i + 1).normal)) {
      i--;
      continue;
    }
    return t.normal;
  }
}

/** A pronoun in subject position right before the verb group, resolved to an earlier actor. */
/** "he"/"she" stand for a person or a role holder ("the minister"), "it" for anything else. */
function pronounFits(pronoun: string, m: ActorMention): boolean {
  if (pronoun === "he" || pronoun === "she") return m.kind === "person" || !!m.agent;
  if (pronoun === "it") return m.kind !== "person";
  return true;
}

function pronounSubject(v: SentenceView, groupStart: number): ActorMention | null {
  const i = groupStart - 1;
  if (i < v.first) return null;
  const t = tok(v, i);
  if (t.pos !== "PRON" || !SUBJECT_PRONOUNS.has(t.normal)) return null;
  const fits = (m: ActorMention) => pronounFits(t.normal, m);
  const earlier = mentionEndingBefore(v, i, SUBJECT_WINDOW).filter((m) => !precededByPrep(v, m) && fits(m));
  const previous = v.previousActor();
  const target = earlier[earlier.length - 1] ?? (previous && fits(previous) ? previous : null);
  if (!target) return null;
  return { ...target, first: i, last: i + 1, start: t.start, end: t.end, pronoun: true };
}

/** The subject of a verb group starting at groupStart: nearest actor before it, not a PP object unless nothing else. */
export function subjectOf(v: SentenceView, groupStart: number, depth = 0): ActorMention[] {
  const pron = pronounSubject(v, groupStart);
  if (pron) return [pron];
  // A pronoun subject that resolves to no fitting actor leaves the actor unknown: the names before it are not its subject.
  const p = groupStart - 1 >= v.first ? tok(v, groupStart - 1) : null;
  if (p?.pos === "PRON" && SUBJECT_PRONOUNS.has(p.normal)) return [];
  // "X is prepared to impose", "X decided to allow": the infinitive shares its controller's subject.
  const head = groupStart - 1 >= v.first ? tok(v, groupStart - 1) : null;
  if (depth < 3 && head && tok(v, groupStart).normal === "to" && (head.pos === "VERB" || head.pos === "ADJ")) {
    return subjectOf(v, verbGroupStart(v, groupStart - 1), depth + 1);
  }
  const adjunct = depth < 3 ? participleSubject(v, groupStart, depth) : null;
  if (adjunct) return adjunct;
  // "X condemned … and promised …": a coordinated verb shares the first verb's subject.
  const before = groupStart - 1 >= v.first ? tok(v, groupStart - 1) : null;
  if (before && depth < 3 && (before.normal === "and" || before.normal === "but")) {
    for (let i = groupStart - 2; i >= Math.max(v.first, groupStart - SUBJECT_WINDOW); i--) {
      if (tok(v, i).pos === "VERB") return subjectOf(v, verbGroupStart(v, i), depth + 1);
      if (isBreak(tok(v, i))) break;
    }
    // "X opened its borders to people ordered out as aliens, but was still refusing …": past a
    // subordinate clause the subjectless predicate shares the main clause's, its first verb's.
    const main = firstVerb(v, groupStart - 1);
    if (main >= 0) return subjectOf(v, verbGroupStart(v, main), depth + 1);
  }
  const appositive = beforeApposition(v, groupStart) ?? beforeReducedRelative(v, groupStart);
  if (appositive) return coordinatedLeft(v, ownedBy(v, appositive));
  const cands = mentionEndingBefore(v, groupStart, SUBJECT_WINDOW).filter((m) => !hasBreakBetween(v, m.last, groupStart));
  const bare = cands.find((m) => {
    const p = precededByPrep(v, m);
    return p === null || p === "of";
  });
  // "When it comes to Gaza, both powers refused": a name in a phrase closed by a comma is no subject
  // when a noun phrase the stage cannot resolve stands between that comma and the verb.
  if (!bare && cands[0] && unresolvedSubjectAfterComma(v, cands[0].last, groupStart)) return [];
  const named = bare ?? cands[0];
  const base = named && spelledOut(v, named);
  const pick = npHead(v, cands, base);
  if (!pick) return [];
  const subjects = coordinatedLeft(v, ownedBy(v, pick));
  if (base && pick !== base && ownsSecondConjunct(v, pick, base)) subjects.push(base);
  return subjects;
}

/**
 * "Rebels shelled the city, killing 20 people": a participle after a comma closing a clause is an
 * adjunct of that clause's verb and shares its doer (the "by" phrase when that verb is passive:
 * "a camp was attacked by militiamen, killing 156"). Null when no such clause precedes.
 */
function participleSubject(v: SentenceView, groupStart: number, depth: number): ActorMention[] | null {
  const verb = tok(v, groupStart);
  if (verb.pos !== "VERB" || !verb.normal.endsWith("ing") || groupStart - 1 <= v.first || tok(v, groupStart - 1).normal !== ",")
    return null;
  let main = groupStart - 2;
  for (; main >= v.first; main--) {
    const t = tok(v, main);
    if (isBreak(t)) return null;
    if (t.pos === "VERB" && !t.normal.endsWith("ing")) break;
  }
  if (main < v.first) return null;
  const start = verbGroupStart(v, main);
  const doer = isPassive(v, main, start) ? byPhrase(v, main + 1, PASSIVE_BY_WINDOW) : subjectOf(v, start, depth + 1);
  return doer.length > 0 ? doer : null;
}

/** Tokens [a, b) hold a comma followed only by a noun phrase ending in a noun: a subject of its own. */
function unresolvedSubjectAfterComma(v: SentenceView, a: number, b: number): boolean {
  let comma = -1;
  for (let i = a; i < b; i++) if (tok(v, i).normal === ",") comma = i;
  if (comma < 0 || comma + 1 >= b || tok(v, b - 1).pos !== "NOUN") return false;
  for (let i = comma + 1; i < b; i++) if (!NP_WORDS.has(tok(v, i).pos)) return false;
  return true;
}
/** Parts of speech of a plain noun phrase ("both powers", "the two leaders"). */
const NP_WORDS = new Set(["DET", "ADJ", "NUM", "NOUN", "PRON", "CCONJ"]);

/**
 * "A's envoys and delegates of B met": when the noun phrase from head A to the "of" actor B joins
 * two nouns with "and", and the "of" phrase follows the second, B owns the second conjunct and
 * is a subject too (the first conjunct is A's).
 */
function ownsSecondConjunct(v: SentenceView, head: ActorMention, ofActor: ActorMention): boolean {
  if (precededByPrep(v, ofActor) !== "of") return false;
  let and = -1;
  for (let i = head.last; i < ofActor.first; i++) if (tok(v, i).normal === "and") and = i;
  if (and < 0) return false;
  const of = ofActor.first - 1 - (tok(v, ofActor.first - 1).pos === "DET" ? 1 : 0);
  // a noun of the second conjunct stands between "and" and "of"
  for (let i = and + 1; i < of; i++) if (tok(v, i).pos === "NOUN") return true;
  return false;
}

/**
 * "the Workers' Union (WU)": an actor in brackets right after another is its short name; the
 * full name before it is the noun phrase (and carries what the KB knows of it).
 */
function spelledOut(v: SentenceView, m: ActorMention): ActorMention {
  if (m.first - 1 <= v.first || m.last >= v.last) return m;
  if (tok(v, m.first - 1).normal !== "(" || tok(v, m.last).normal !== ")") return m;
  const full = v.mentions.find((x) => x.last === m.first - 1);
  return full && (full.country || full.sector || !(m.country || m.sector)) ? full : m;
}

/** The sentence's first verb before `end`, or -1. */
function firstVerb(v: SentenceView, end: number): number {
  for (let i = v.first; i < end; i++) if (tok(v, i).pos === "VERB") return i;
  return -1;
}

/**
 * "Pakistan, a key ally of the US, has refused": when a verbless phrase between commas ends right
 * before the verb group, the subject is the actor just before its opening comma, not one inside it.
 */
function beforeApposition(v: SentenceView, groupStart: number): ActorMention | null {
  const close = groupStart - 1;
  if (close <= v.first || tok(v, close).normal !== ",") return null;
  let open = close - 1;
  for (; open >= Math.max(v.first, close - SUBJECT_WINDOW); open--) {
    const t = tok(v, open);
    if (t.normal === ",") break;
    if (t.pos === "VERB" || t.pos === "AUX" || isBreak(t)) return null;
  }
  if (open < v.first || open === close - 1 || tok(v, open).normal !== ",") return null;
  const m = v.mentions.find((x) => x.last === open);
  if (!m || m.pronoun || precededByPrep(v, m) !== null) return null;
  if (m.kind !== "person") return m;
  // "X, the UN relief coordinator, demanded": a person acts in the role the apposition names.
  const role = v.mentions.find((x) => x.first > open && x.last <= close && (x.country || x.sector));
  return role
    ? {
        ...m,
        country: role.country ?? (role.sector && TRANSNATIONAL_SECTORS.has(role.sector) ? null : m.country),
        sector: role.sector ?? m.sector,
      }
    : m;
}

/**
 * "Hackers angered by the cartoons have defaced …", "troops backed by tanks attacked": a
 * participle with its "by" phrase after a noun phrase is a reduced relative clause; the subject
 * is the actor the participle follows, not one inside the clause. A finite verb or clause break
 * on the way back means there is no such clause.
 */
function beforeReducedRelative(v: SentenceView, groupStart: number): ActorMention | null {
  for (let i = groupStart - 1; i > Math.max(v.first, groupStart - SUBJECT_WINDOW); i--) {
    const t = tok(v, i);
    if (isBreak(t) || t.pos === "AUX") return null;
    if (t.pos !== "VERB") continue;
    if (i + 1 >= groupStart || tok(v, i + 1).normal !== "by" || !t.normal.endsWith("ed")) return null;
    const end = tok(v, i - 1).normal === "," ? i - 1 : i;
    const m = v.mentions.find((x) => x.last === end);
    return m && !m.pronoun && precededByPrep(v, m) === null ? m : null;
  }
  return null;
}

/**
 * "The government of Sindh province", "settlers in the city of Hebron": an actor inside a
 * prepositional phrase belongs to the noun phrase of an earlier actor, which is the subject.
 */
function npHead(v: SentenceView, cands: readonly ActorMention[], pick: ActorMention | undefined): ActorMention | undefined {
  if (!pick || precededByPrep(v, pick) === null) return pick;
  let head = pick;
  for (const e of cands) {
    if (e.last > head.first) continue;
    if (!onlyNounPhrase(v, e.last, head.first)) break;
    head = e;
    if (precededByPrep(v, e) === null) return e;
  }
  return pick;
}

/** Tokens [a, b) continue a noun phrase: a preposition, and no verb, punctuation or clause break. */
function onlyNounPhrase(v: SentenceView, a: number, b: number): boolean {
  let prep = false;
  for (let i = a; i < b; i++) {
    const t = tok(v, i);
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || isBreak(t)) return false;
    if (t.pos === "ADP") prep = true;
  }
  return prep;
}

/** Conjunctions of the condition a threat sets ("… unless Israel rescinds …"). */
const THREAT_CONDITIONS = new Set(["unless", "if"]);

/** "threatened to strike unless X rescinds": the threat's target is the subject of its condition. */
function conditionSubject(v: SentenceView, from: number, actors: readonly ActorMention[]): ActorMention[] {
  const limit = Math.min(v.last, from + OBJECT_WINDOW);
  for (let i = from; i < limit; i++) {
    if (!THREAT_CONDITIONS.has(tok(v, i).normal)) continue;
    const m = v.mentions.find((x) => {
      if (x.first <= i || x.first > i + FIRST_SUBJECT_GAP) return false;
      const p = precededByPrep(v, x);
      // The tagger may read the conjunction itself as a preposition.
      return p === null || THREAT_CONDITIONS.has(p);
    });
    return m && !actors.some((a) => same(a, m)) ? coordinatedRight(v, m) : [];
  }
  return [];
}
/** Determiners and modifiers before a clause's subject ("unless the new government"). */
const FIRST_SUBJECT_GAP = 4;

/** Day words that may stand between a verb and its complement clause. */
const DAY_WORDS = new Set(["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * "Bosnian Serbs said their forces had completed …": an agent with no country after a possessive
 * pronoun belongs to the nearest earlier actor with a country (in the sentence, else the previous one).
 */
function ownedBy(v: SentenceView, m: ActorMention): ActorMention {
  if (m.country || !possessedByPronoun(v, m)) return m;
  const earlier = mentionEndingBefore(v, m.first, SUBJECT_WINDOW).find((x) => x.country && !x.pronoun) ?? v.previousActor();
  return earlier?.country ? { ...m, country: earlier.country } : m;
}

/** "…, a senior official said": a mention right before a reporting verb is its subject, in a clause of its own. */
function reportingSubject(v: SentenceView, m: ActorMention): boolean {
  let i = m.last;
  while (i < v.last && tok(v, i).pos === "ADV") i++;
  if (i >= v.last) return false;
  const t = tok(v, i);
  return t.pos === "VERB" && REPORTING_VERBS.has(t.lemma.toLowerCase());
}

/** First actor after position `from`: direct object or after a recipient preposition. */
function objectAfter(v: SentenceView, from: number, exclude: ReadonlySet<ActorMention>, allowBy: boolean): ActorMention[] {
  const limit = Math.min(v.last, from + OBJECT_WINDOW);
  // "demanded that the US cancel …": the subject of a complement clause right after the verb is the recipient.
  let start = from;
  // "demanded Friday that …", "reiterated its demand today that …": adverbs and day words come first.
  while (start < limit && (tok(v, start).pos === "ADV" || DAY_WORDS.has(tok(v, start).normal))) start++;
  start = complementStart(v, start, limit);
  let thing: ActorMention | null = null;
  let scene: ActorMention | null = null;
  for (const m of v.mentions) {
    if (m.first < from || exclude.has(m)) continue;
    if (m.first >= limit) break;
    if (hasBreakBetween(v, start, m.first)) break;
    const prep = precededByPrep(v, m);
    if (prep === null && reportingSubject(v, m)) break;
    if (prep === "by" && !allowBy) continue;
    if (prep !== null && prep !== "by" && !RECIPIENT_PREPS.has(prep)) continue;
    // "staged rallies in X against Y": a place after "in" is where it happened; an actor after a
    // preposition of direction is the recipient. Without one, the place is.
    if (prep === "in" && isPlace(m)) {
      scene ??= m;
      continue;
    }
    if (scene && !DIRECTED_PREPS.has(prep ?? possessorPrep(v, m) ?? "") && !inOppositionTo(v, m)) break;
    // "offered its troops to Lebanon": the subject's own agents are what is given, not the recipient.
    if (possessedByPronoun(v, m)) continue;
    // "mobilized army reservists against X", "sent troops to X": a bare agent as direct object is
    // what is moved; an actor in a later goal phrase is the recipient.
    if (!thing && prep === null && m.agent && !m.country) {
      thing = m;
      continue;
    }
    if (thing && (prep === null || !GOAL_PREPS.has(prep))) continue;
    return coordinatedRight(v, possessed(v, m));
  }
  const fallback = thing ?? scene;
  return fallback ? coordinatedRight(v, fallback) : [];
}

/** Prepositions that point an act at someone ("against X", "towards X", "on X"). */
const DIRECTED_PREPS = new Set(["against", "toward", "towards", "on", "upon", "at"]);

/** Nouns of "in defiance of X", "in protest at X": the phrase points the act at X as "against X" does. */
const OPPOSITION_NOUNS = new Set(["defiance", "protest", "opposition"]);
/** Prepositions after those nouns that name whom the act opposes. */
const OPPOSITION_NOUN_PREPS = new Set(["of", "at", "against", "to"]);

/** Is m the object of "in defiance of", "in protest at/against", "in opposition to"? */
function inOppositionTo(v: SentenceView, m: ActorMention): boolean {
  let i = m.first - 1;
  while (i > v.first && isNpModifier(tok(v, i))) i--;
  if (i - 2 < v.first || !OPPOSITION_NOUN_PREPS.has(tok(v, i).normal)) return false;
  return OPPOSITION_NOUNS.has(tok(v, i - 1).normal) && tok(v, i - 2).normal === "in";
}

/** "against the party's leader X": the preposition before the possessor of a mention. */
function possessorPrep(v: SentenceView, m: ActorMention): string | null {
  const owner = m.first - 1 > v.first && tok(v, m.first - 1).normal === "'s" ? m.first - 2 : -1;
  if (owner < 0) return null;
  return precededByPrep(v, { ...m, first: owner, last: owner + 1 });
}

function isPlace(m: ActorMention): boolean {
  return (m.kind === "location" || m.kind === "country") && !m.sector;
}

/** Prepositions of a goal after a moved object ("to", "against"). */
const GOAL_PREPS = new Set(["to", "against", "toward", "towards", "into"]);
/** Words of a short object NP before a complement clause ("reiterated its demand today that X …"). */
const SPEECH_OBJECT_GAP = 4;
const SPEECH_OBJECT_POS = new Set(["DET", "PRON", "ADJ", "NOUN", "ADV"]);

/** After a complementiser right after the verb or its short object, the clause's subject is the recipient. */
function complementStart(v: SentenceView, start: number, limit: number): number {
  for (let i = start; i < Math.min(limit, start + SPEECH_OBJECT_GAP + 1); i++) {
    const t = tok(v, i);
    if (COMPLEMENTISERS.has(t.normal)) return i + 1;
    // "expressed hopes on Thursday that …": a day adjunct may stand before the complementiser.
    if (t.normal === "on" && i + 1 < limit && DAY_WORDS.has(tok(v, i + 1).normal)) continue;
    if (!SPEECH_OBJECT_POS.has(t.pos) && !DAY_WORDS.has(t.normal)) break;
    if (v.mentions.some((m) => m.first <= i && i < m.last)) break;
  }
  return start;
}

/** Possessive determiners: a mention after one belongs to an earlier actor. */
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
/** Modifiers between a possessor's "'s" and the possessed name ("Jordan's visiting King Abdullah"). */
const POSSESSED_GAP = 3;

function possessedByPronoun(v: SentenceView, m: ActorMention): boolean {
  for (let i = m.first - 1; i >= Math.max(v.first, m.first - 3); i--) {
    const t = tok(v, i);
    if (POSSESSIVE_PRONOUNS.has(t.normal)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "NUM") return false;
  }
  return false;
}

/** "Jordan's visiting King Abdullah": the possessed actor, with the possessor's country if it has none. */
function possessed(v: SentenceView, m: ActorMention): ActorMention {
  if (m.last >= v.last || tok(v, m.last).normal !== "'s") return m;
  const k = v.mentions.indexOf(m);
  const n = v.mentions[k + 1];
  if (!n || n.first - m.last - 1 > POSSESSED_GAP) return m;
  for (let i = m.last + 1; i < n.first; i++) {
    const p = tok(v, i).pos;
    if (p !== "ADJ" && p !== "NOUN" && p !== "VERB" && p !== "PROPN") return m;
  }
  return n.country ? n : { ...n, country: m.country };
}

/** "by X" / "from X" starting within `window` tokens of `from`. */
function byPhrase(v: SentenceView, from: number, window: number): ActorMention[] {
  const limit = Math.min(v.last, from + window);
  for (const m of v.mentions) {
    if (m.first < from) continue;
    if (m.first >= limit) break;
    const prep = precededByPrep(v, m);
    if (prep && NOMINAL_ACTOR_PREPS.has(prep)) return coordinatedRight(v, m);
  }
  return [];
}

/**
 * "was accused of misusing funds, much of it believed embezzled, by officials": the agent phrase
 * of a passive may follow an aside closed by a comma, anywhere later in the sentence.
 */
function byAfterAside(v: SentenceView, from: number): ActorMention[] {
  for (const m of v.mentions) {
    if (m.first < from) continue;
    if (precededByPrep(v, m) !== "by") continue;
    let i = m.first - 1;
    while (i > from && tok(v, i).normal !== "by") i--;
    if (i - 1 > from && tok(v, i - 1).normal === ",") return coordinatedRight(v, m);
  }
  return [];
}

/** Events whose verb after a clause criticises that clause ("…, a rights group protested / charged"). */
const CRITICISM_TYPES: ReadonlySet<string> = new Set(["ACCUSE", "PROTEST"]);

/**
 * "Y is failing to uphold rights, a rights group protested": a verb whose subject follows a comma
 * after a full clause is about that clause; with no object of its own, the clause's subject is the recipient.
 */
function invertedTopic(v: SentenceView, actors: readonly ActorMention[]): ActorMention[] {
  const subject = actors[0];
  if (!subject || subject.pronoun) return [];
  let i = subject.first - 1;
  while (i > v.first && isNpModifier(tok(v, i))) i--;
  if (i <= v.first || tok(v, i).normal !== ",") return [];
  const main = firstVerb(v, i);
  if (main < 0) return [];
  const topic = subjectOf(v, verbGroupStart(v, main));
  return topic.filter((t) => !actors.some((a) => same(a, t)));
}

/** "X's visit", "U.S. sanctions", "Russian attack": the actor right before a nominal trigger. */
function premodifier(v: SentenceView, trig: Trigger): ActorMention[] {
  let i = trig.first - 1;
  while (i >= v.first && (tok(v, i).pos === "ADJ" || tok(v, i).pos === "NUM")) i--;
  if (i >= v.first && tok(v, i).normal === "'s") i--;
  for (const m of v.mentions) if (m.last === i + 1) return coordinatedLeft(v, m);
  return [];
}

/** The verb governing a nominal trigger ("held ... talks"), or -1. */
function governingVerb(v: SentenceView, trig: Trigger): number {
  for (let i = trig.first - 1; i >= Math.max(v.first, trig.first - GOVERNOR_WINDOW); i--) {
    const t = tok(v, i);
    if (t.pos === "VERB") return i;
    // "insisted on its demands": a possessive determiner is part of the noun phrase.
    if ((!SKIP_TO_GOVERNOR.has(t.pos) && !POSSESSIVE_PRONOUNS.has(t.normal)) || isBreak(t)) return -1;
  }
  return -1;
}

function locationAfter(v: SentenceView, from: number, skip: ReadonlySet<ActorMention>): ActorMention | null {
  const limit = Math.min(v.last, from + OBJECT_WINDOW + 4);
  for (const m of v.mentions) {
    if (m.first < from || skip.has(m)) continue;
    if (m.first >= limit) break;
    if (m.kind !== "location" && m.kind !== "country") continue;
    const prep = precededByPrep(v, m);
    if (prep && LOCATION_PREPS.has(prep)) return m;
    // "east of Rafah"
    const before = m.first - 2 >= v.first ? tok(v, m.first - 2) : null;
    if (prep === "of" && before && DIRECTION_WORDS.has(before.normal)) return { ...m, first: m.first - 2, start: before.start };
    if (inPlaceNoun(v, m)) return m;
  }
  return null;
}

/** Words of a place noun phrase before "of X" ("in the town of", "in a residential sector of"). */
const PLACE_NOUN_WINDOW = 4;

/**
 * "in the town of X", "in a residential sector of mostly Christian eastern X": a place named after
 * "of" that completes a noun phrase opened by a place preposition.
 */
function inPlaceNoun(v: SentenceView, m: ActorMention): boolean {
  let i = m.first - 1;
  while (i > v.first && (isNpModifier(tok(v, i)) || tok(v, i).pos === "ADV" || tok(v, i).pos === "PROPN")) i--;
  if (tok(v, i).normal !== "of" || tok(v, i - 1)?.pos !== "NOUN") return false;
  for (let j = i - 1; j >= Math.max(v.first, i - PLACE_NOUN_WINDOW); j--) {
    const t = tok(v, j);
    if (LOCATION_PREPS.has(t.normal)) return true;
    if (t.pos !== "NOUN" && !isNpModifier(t)) return false;
  }
  return false;
}

function same(a: ActorMention, b: ActorMention): boolean {
  return a === b || (a.first === b.first && a.last === b.last);
}

/**
 * "welcomed memos about X": a matched pattern that ends in a preposition names the recipient's
 * role, so the actor right after that preposition (a determiner between at most) is the recipient.
 */
function patternPrepObject(v: SentenceView, trig: Trigger): ActorMention[] {
  const last = trig.consumed[trig.consumed.length - 1];
  if (last === undefined || tok(v, last).pos !== "ADP") return [];
  const at = last + 1 < v.last && tok(v, last + 1).pos === "DET" ? last + 2 : last + 1;
  const m = v.mentions.find((x) => x.first === at);
  return m ? coordinatedRight(v, m) : [];
}

/**
 * "X noted Y regretted …" (`NOTED + *`): when the pattern's target is the verb's own subject, the
 * source is the subject of the pattern's earlier verb.
 */
function speakerOfTarget(v: SentenceView, trig: Trigger, actors: ActorMention[], targets: readonly ActorMention[]): ActorMention[] {
  if (!actors.every((a) => targets.some((t) => same(a, t)))) return actors;
  const verb = trig.consumed.find((i) => i < trig.head && tok(v, i).pos === "VERB");
  if (verb === undefined) return actors;
  const speaker = subjectOf(v, verbGroupStart(v, verb));
  return speaker.length > 0 ? speaker : actors;
}

/**
 * A matched pattern's role markers override the positional reading: `$` the source, `+` the
 * target; a `%` compound before the verb acts towards itself (no separate recipient), after it is the target.
 */
function withPatternRoles(
  trig: Trigger,
  actors: ActorMention[],
  recipients: ActorMention[],
): { actors: ActorMention[]; recipients: ActorMention[] } {
  const r = trig.roles;
  if (!r) return { actors, recipients };
  let a = r.source ?? actors;
  let t = r.target ?? recipients;
  if (r.compound) {
    if ((r.compound[0] as ActorMention).first < trig.head) {
      a = r.compound;
      if (!r.target) t = [];
    } else if (!r.target) t = r.compound;
  }
  return { actors: a, recipients: t };
}

/** End of the verb and the pattern words right after it ("expressed hopes", "broke off"): the object comes later. */
function predicateEnd(trig: Trigger): number {
  let end = trig.last;
  while (trig.consumed.includes(end)) end++;
  return end;
}

export function argumentsOf(v: SentenceView, trig: Trigger): Arguments {
  let actors: ActorMention[] = [];
  let recipients: ActorMention[] = [];
  let groupStart = trig.first;
  let governor = trig.nominal ? -1 : trig.head;
  let passive = false;
  if (!trig.nominal) {
    groupStart = verbGroupStart(v, trig.head);
    passive = isPassive(v, trig.head, groupStart);
    const subject = subjectOf(v, groupStart);
    if (passive) {
      actors = byPhrase(v, trig.last, PASSIVE_BY_WINDOW);
      if (actors.length === 0) actors = byAfterAside(v, trig.last);
      recipients = subject;
    } else {
      actors = subject;
      recipients = objectAfter(v, predicateEnd(trig), new Set(actors), true);
      if (recipients.length === 0 && CRITICISM_TYPES.has(trig.code?.type ?? "")) recipients = invertedTopic(v, actors);
    }
  } else {
    actors = premodifier(v, trig);
    const after = byPhrase(v, trig.last, NOMINAL_BY_WINDOW);
    if (actors.length === 0 && after.length > 0) actors = after;
    governor = governingVerb(v, trig);
    if (governor >= 0) groupStart = verbGroupStart(v, governor);
    if (actors.length === 0) actors = subjectOf(v, governor >= 0 ? groupStart : trig.first);
    const skip = new Set<ActorMention>([...actors, ...after]);
    recipients = objectAfter(v, trig.last, skip, false);
  }
  ({ actors, recipients } = withPatternRoles(trig, actors, recipients));
  if (trig.roles?.target && !trig.roles.source) actors = speakerOfTarget(v, trig, actors, recipients);
  if (recipients.length === 0) recipients = patternPrepObject(v, trig);
  if (recipients.length === 0 && trig.code?.type === "THREATEN") recipients = conditionSubject(v, trig.last, actors);
  recipients = recipients.filter((r) => !actors.some((a) => same(a, r)));
  const location = locationAfter(v, trig.last, new Set(actors));
  return { actors, recipients, location, groupStart, governor, passive };
}
