/**
 * Matching one verb's CAMEO/PETRARCH patterns around it: word slots (words, synsets, phrases),
 * `_`-tight neighbours, and role markers matched against the sentence's actor mentions
 * (`$` source, `+` target, `%` compound actor, `^` a skipped noun phrase). The pattern with the
 * most matched elements wins; among equals the dictionary's first.
 */
import type { Token } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import { FIRST_POST_GAP, MARKER_PRE_WINDOW, PATTERN_POST_WINDOW, PATTERN_PRE_WINDOW, PRE_GAP, SLOT_GAP } from "./heuristics.js";
import type { CompiledPattern, CompiledSlot, PatternIndex } from "./lexicon.js";

/** What a pattern's markers picked: the source, target or compound actor mentions. */
export interface PatternRoles {
  source: ActorMention[] | null;
  target: ActorMention[] | null;
  compound: ActorMention[] | null;
}

export interface PatternMatch {
  pattern: CompiledPattern;
  used: number[];
  /** A pattern whose only word is a function word ("(TO)", "(WITH)") is weak evidence. */
  weak: boolean;
  roles: PatternRoles;
}

/** The sentence around a verb: tokens and, fetched only when a marker needs them, its actor mentions. */
export interface MatchContext {
  tokens: readonly Token[];
  mentions: () => readonly ActorMention[];
}

/** Words that may join coordinated actors of one marker ("Gondor and the Shire", "A, B and C"). */
const COORD_WORDS = new Set(["and", ",", "the", "&", "nor"]);
/** Parts of speech a skipped noun phrase (`^`) may span when it is no actor. */
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

interface SlotHit {
  len: number;
  /** Mentions a role marker matched. */
  actors: ActorMention[] | null;
}

/**
 * For each token j of a mention list's range, the position of the first mention (in list order)
 * with first ≥ j: what a scan from the list's start that stops at the first mention past j finds.
 * Built once per list: role markers ask for the mention at many positions of every pattern tried.
 */
interface MentionIndex {
  list: readonly ActorMention[];
  length: number;
  lo: number;
  at: Int32Array;
}

const mentionIndexes = new WeakMap<readonly ActorMention[], MentionIndex>();
/** The index asked for last: one sentence's list is asked about many times in a row. */
let lastIndex: MentionIndex | null = null;

function mentionIndex(all: readonly ActorMention[]): MentionIndex {
  if (lastIndex && lastIndex.list === all && lastIndex.length === all.length) return lastIndex;
  const known = mentionIndexes.get(all);
  if (known && known.length === all.length) {
    lastIndex = known;
    return known;
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  for (const m of all) {
    if (m.first < lo) lo = m.first;
    if (m.first > hi) hi = m.first;
  }
  const at = new Int32Array(Math.max(0, hi - lo + 1));
  // Mention k answers the tokens up to its start that no earlier mention answers: those past
  // the furthest start seen so far.
  let reach = lo - 1;
  for (let k = 0; k < all.length; k++) {
    const first = (all[k] as ActorMention).first;
    for (let j = reach + 1; j <= first; j++) at[j - lo] = k;
    if (first > reach) reach = first;
  }
  const index: MentionIndex = { list: all, length: all.length, lo, at };
  mentionIndexes.set(all, index);
  lastIndex = index;
  return index;
}

/** Position in the mention list of the mention starting at token j (as a scan in list order finds it), or -1. */
function mentionPosAt(ctx: MatchContext, j: number): number {
  const all = ctx.mentions();
  if (all.length === 0) return -1;
  const index = mentionIndex(all);
  // before every mention the scan meets the list's first; past the last start it finds none
  const k = j < index.lo ? 0 : j - index.lo < index.at.length ? (index.at[j - index.lo] as number) : -1;
  return k >= 0 && (all[k] as ActorMention).first === j ? k : -1;
}

/** Token after a mention, past a parenthesised acronym ("the European Union (EU)"). */
function afterMention(ctx: MatchContext, m: ActorMention, end: number): number {
  const t = ctx.tokens;
  if (m.last + 2 < end && t[m.last]?.normal === "(" && t[m.last + 2]?.normal === ")") return m.last + 3;
  return m.last;
}

/** The mention at j and those coordinated after it ("Gondor and Arnor"). */
function actorGroupAt(ctx: MatchContext, j: number, end: number): ActorMention[] | null {
  const pos = mentionPosAt(ctx, j);
  const all = ctx.mentions();
  const m = pos >= 0 ? (all[pos] as ActorMention) : null;
  if (!m || m.last > end) return null;
  const group = [m];
  for (let k = pos + 1; k < all.length; k++) {
    const next = all[k] as ActorMention;
    const prev = group[group.length - 1] as ActorMention;
    if (next.last > end || next.first < afterMention(ctx, prev, end)) break;
    let joined = false;
    let ok = true;
    for (let i = afterMention(ctx, prev, end); i < next.first && ok; i++) {
      const w = (ctx.tokens[i] as Token).normal;
      ok = COORD_WORDS.has(w);
      if (w === "and" || w === "," || w === "nor") joined = true;
    }
    if (!ok || !joined) break;
    group.push(next);
  }
  return group;
}

/** Longest TreeBank contraction form the normaliser expands ("n't", "wo", "ca", "'ll"). */
const CONTRACTION_MAX = 3;

/** The surface form to compare when it may be a contraction the normaliser expanded, else null (cheap test first). */
function contraction(t: Token): string | null {
  return t.text.length <= CONTRACTION_MAX && t.text !== t.normal ? t.text.toLowerCase() : null;
}

/** A dictionary word matches a token's normal form, lemma or contracted surface ("n't", "wo", "ca"). */
function wordIs(w: string, t: Token): boolean {
  // a lemma equal to the (lower-case) normal form adds nothing: no case folding then
  return w === t.normal || (t.lemma !== t.normal && w === t.lemma.toLowerCase()) || w === contraction(t);
}

function wordsAt(slot: CompiledSlot, tokens: readonly Token[], j: number, end: number): number {
  const t = tokens[j] as Token;
  if (slot.words.has(t.normal) || (slot.literal.size > 0 && slot.literal.has(t.normal))) return 1;
  // a lemma equal to the (lower-case) normal form was just looked up
  if (t.lemma !== t.normal && slot.words.has(t.lemma.toLowerCase())) return 1;
  const surface = contraction(t);
  if (surface !== null && slot.words.has(surface)) return 1;
  for (const phrase of slot.phrases) {
    if (j + phrase.length > end) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = wordIs(phrase[k] as string, tokens[j + k] as Token);
    if (ok) return phrase.length;
  }
  return 0;
}

/** Does the role marker slot match at token j? len 0 = no. */
function markerAt(slot: CompiledSlot, ctx: MatchContext, j: number, end: number): SlotHit {
  const group = actorGroupAt(ctx, j, end);
  if (slot.marker === "^") {
    if (group) return { len: (group[0] as ActorMention).last - j, actors: null };
    let k = j;
    while (k < end && NP_POS.has((ctx.tokens[k] as Token).pos)) k++;
    return { len: k - j, actors: null };
  }
  if (!group || (slot.marker === "%" && group.length < 2)) return { len: 0, actors: null };
  return { len: afterMention(ctx, group[group.length - 1] as ActorMention, end) - j, actors: group };
}

interface SlotsMatch {
  used: number[];
  /** Matched elements (words and markers), for ranking patterns. */
  score: number;
  roles: PatternRoles;
}

/**
 * Match slots in order from `from`: the first within `firstGap` tokens, each next one within
 * SLOT_GAP of the previous, a tight slot right there (CAMEO patterns describe the verb's own
 * object and PPs, not words anywhere in the sentence).
 */
function matchSlots(
  slots: readonly CompiledSlot[],
  ctx: MatchContext,
  from: number,
  to: number,
  firstGap: number,
  roles: PatternRoles,
): SlotsMatch | null {
  // Most tries fail: positions go to a scratch array, copied out only for a match.
  const used = scratchUsed;
  used.length = 0;
  let j = from;
  let gap = firstGap;
  for (const slot of slots) {
    let len = 0;
    let actors: ActorMention[] | null = null;
    let found = -1;
    const stop = Math.min(to, j + (slot.tight ? 0 : gap) + 1);
    if (slot.marker) {
      for (; j < stop; j++) {
        const hit = markerAt(slot, ctx, j, to);
        if (hit.len > 0) {
          found = j;
          len = hit.len;
          actors = hit.actors;
          break;
        }
      }
    } else {
      // a word slot: no mentions, no allocation per position tried
      for (; j < stop; j++) {
        len = wordsAt(slot, ctx.tokens, j, to);
        if (len > 0) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) return null;
    if (!slot.marker) for (let k = 0; k < len; k++) used.push(found + k);
    if (actors) {
      if (slot.marker === "$") roles.source = actors;
      else if (slot.marker === "+") roles.target = actors;
      else if (slot.marker === "%") roles.compound = actors;
    }
    j = found + len;
    gap = SLOT_GAP;
  }
  return { used: used.slice(), score: slots.length, roles };
}

/** Reused by matchSlots for the positions of the try in progress (matching is synchronous, never nested). */
const scratchUsed: number[] = [];

const NO_POSITIONS: number[] = [];

/** Pre-slots must end right before the verb (adverbs and auxiliaries in between at most, none when tight). */
function matchPre(p: CompiledPattern, ctx: MatchContext, from: number, verb: number, roles: PatternRoles): SlotsMatch | null {
  if (p.pre.length === 0) return { used: NO_POSITIONS, score: 0, roles };
  const maxGap = p.verbTight ? 0 : PRE_GAP;
  const head = p.pre[0] as CompiledSlot;
  for (let start = verb - 1; start >= from; start--) {
    // The first pre slot must match at `start` itself: a cheap look there rules out most starts.
    if (head.marker ? head.marker !== "^" && mentionPosAt(ctx, start) < 0 : wordsAt(head, ctx.tokens, start, verb) === 0) continue;
    const tryRoles: PatternRoles = { ...roles };
    const m = matchSlots(p.pre, ctx, start, verb, 0, tryRoles);
    if (!m) continue;
    let end = lastMatched(p.pre, m, ctx, start);
    // "NEITHER *" before "Neither A nor B boycotted": a pre word may stand before the verb's subject.
    const subject = p.verbTight || p.pre[p.pre.length - 1]?.marker ? null : actorGroupAt(ctx, end + 1, verb);
    if (subject) end = afterMention(ctx, subject[subject.length - 1] as ActorMention, verb) - 1;
    if (verb - 1 - end <= maxGap) return m;
    if (!p.verbTight && p.pre[p.pre.length - 1]?.marker && onlyVerbGroup(ctx.tokens, end + 1, verb)) return m;
  }
  return null;
}

/**
 * Tokens [a, b) before a verb are its verb group, through verbs that pass their subject on to an
 * infinitive ("X was seen to break", "X is expected to sign"): an actor before them is the
 * verb's subject, as PETRARCH climbs from a "to" clause to the subject above it.
 */
function onlyVerbGroup(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") continue;
    if (t.pos === "VERB" && tokens[i + 1]?.normal === "to") continue;
    return false;
  }
  return true;
}

/** Last token matched on the pre side (markers included, which `used` leaves out). */
function lastMatched(slots: readonly CompiledSlot[], m: SlotsMatch, ctx: MatchContext, start: number): number {
  const last = slots[slots.length - 1];
  if (last?.marker) {
    const actors = m.roles.compound ?? m.roles.source ?? m.roles.target;
    const tail = actors?.[actors.length - 1];
    if (tail && tail.last > start) return afterMention(ctx, tail, ctx.tokens.length) - 1;
    const group = actorGroupAt(ctx, start, ctx.tokens.length);
    if (group) return afterMention(ctx, group[group.length - 1] as ActorMention, ctx.tokens.length) - 1;
  }
  return m.used.length ? (m.used[m.used.length - 1] as number) : start;
}

function isFunctionWord(t: Token): boolean {
  return t.pos === "ADP" || t.pos === "PART" || t.pos === "DET" || t.pos === "ADV" || t.pos === "PRON" || t.pos === "SCONJ";
}

/** Patterns whose first post-verb word occurs where it may match, plus those with no post words. */
function candidatePatterns(index: PatternIndex, tokens: readonly Token[], verb: number, postTo: number): CompiledPattern[] {
  const out: CompiledPattern[] = index.noPost.length > 0 ? index.noPost.slice() : [];
  const stop = Math.min(postTo, verb + 2 + FIRST_POST_GAP);
  for (let j = verb + 1; j < stop; j++) {
    const t = tokens[j] as Token;
    const a = index.byFirstPost.get(t.normal);
    if (a) for (const p of a) out.push(p);
    const lemma = t.lemma === t.normal ? t.normal : t.lemma.toLowerCase();
    if (lemma !== t.normal) {
      const b = index.byFirstPost.get(lemma);
      if (b) for (const p of b) out.push(p);
    }
  }
  return out;
}

/** The best pattern of the verb at `verb` in the sentence [first, last), or null. */
export function bestPattern(index: PatternIndex, ctx: MatchContext, verb: number, first: number, last: number): PatternMatch | null {
  let top: PatternMatch | null = null;
  let topScore = 0;
  const preFrom = Math.max(first, verb - PATTERN_PRE_WINDOW);
  const markerPreFrom = Math.max(first, verb - MARKER_PRE_WINDOW);
  const postTo = Math.min(last, verb + 1 + PATTERN_POST_WINDOW);
  for (const p of candidatePatterns(index, ctx.tokens, verb, postTo)) {
    const size = p.pre.length + p.post.length;
    if (size === 0 || (top && (size < topScore || (size === topScore && p.order > top.pattern.order)))) continue;
    const roles: PatternRoles = { source: null, target: null, compound: null };
    const pre = matchPre(p, ctx, p.pre[0]?.marker ? markerPreFrom : preFrom, verb, roles);
    if (!pre) continue;
    const post = matchSlots(p.post, ctx, verb + 1, postTo, FIRST_POST_GAP, pre.roles);
    if (!post) continue;
    const used = [...pre.used, ...post.used];
    const markers = post.roles.source || post.roles.target || post.roles.compound;
    top = {
      pattern: p,
      used,
      weak: !markers && used.every((i) => isFunctionWord(ctx.tokens[i] as Token)),
      roles: post.roles,
    };
    topScore = used.length + p.pre.filter((x) => x.marker).length + p.post.filter((x) => x.marker).length;
  }
  return top;
}
