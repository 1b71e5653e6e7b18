/**
 * Trigger finding, one pass over a sentence's tokens: verbs through the CAMEO verb patterns
 * (the pattern with most matched words wins, else the verb's own code, else our modern
 * fallbacks), nouns through the nominal table (longest modifier+head match).
 */
import type { Token } from "../nlp/index.js";
import {
  FIRST_POST_GAP,
  LIGHT_OBJECT_WINDOW,
  LIGHT_VERBS,
  PATTERN_POST_WINDOW,
  PATTERN_PRE_WINDOW,
  PRE_GAP,
  SLOT_GAP,
} from "./heuristics.js";
import type { CompiledPattern, CompiledSlot, PatternIndex, TriggerLexicon } from "./lexicon.js";
import type { NominalTrigger } from "./nominal-triggers.js";
import type { PloverCode } from "./plover-map.js";

/** Words before "strike" that make it labour action ("on strike", "general strike", "teachers' strike"). */
const LABOUR_STRIKE_CUES = new Set([
  "on",
  "general",
  "labor",
  "labour",
  "worker",
  "union",
  "teacher",
  "doctor",
  "nurse",
  "national",
  "nationwide",
  "rail",
  "transport",
  "indefinite",
  "open-ended",
  "week-long",
  "sit-down",
  "student",
  "employee",
  "miner",
  "driver",
]);

/** Verb forms that are prepositions in use ("according to"), never events. */
const NOT_TRIGGERS = new Set(["according", "including", "regarding", "concerning", "following", "given"]);
/**
 * Reporting verbs introduce the event, they are not one: CAMEO patterns under SAY/TELL reach into
 * the reported clause ("said Serbia attacked"), which the clause's own verb codes.
 */
const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "add",
  "report",
  "note",
  "state",
  "claim",
  "believe",
  "think",
  "write",
  "quote",
  "comment",
  "explain",
  "announce",
  "confirm",
  "conclude",
]);
/** Verbs whose "to"-complement is the event ("decided to allow", "tried to hack"): not events themselves. */
const CONTROL_VERBS = new Set([
  "decide",
  "try",
  "attempt",
  "want",
  "continue",
  "begin",
  "start",
  "manage",
  "hope",
  "expect",
  "plan",
  "intend",
  "seek",
  "aim",
  "prepare",
]);

export interface Trigger {
  /** Token range of the trigger words [first, last). */
  first: number;
  last: number;
  /** The verb or head noun token. */
  head: number;
  nominal: boolean;
  /** CAMEO code when the CAMEO dictionary coded it (for the petrarch suite), else null. */
  cameo: string | null;
  /** Reciprocal CAMEO code ("042:043" → "043"): the recipient's event towards the actor. */
  reverseCameo: string | null;
  /** PLOVER reading; null only for a CAMEO code outside PLOVER kept by `keepUnmapped`. */
  code: PloverCode | null;
  /** Tokens a matched pattern used (a nominal trigger there is the same happening). */
  consumed: number[];
  /** Only the CAMEO verb's own code (no pattern, not in our lists): kept only with an actor and a recipient. */
  weak: boolean;
}

/** Does the slot match at token j? Returns the number of tokens matched (0 = no). */
function slotAt(slot: CompiledSlot, tokens: readonly Token[], j: number, end: number): number {
  const t = tokens[j] as Token;
  if (slot.words.has(t.normal) || slot.words.has(t.lemma.toLowerCase())) return 1;
  for (const phrase of slot.phrases) {
    if (j + phrase.length > end) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const tk = tokens[j + k] as Token;
      ok = phrase[k] === tk.normal || phrase[k] === tk.lemma.toLowerCase();
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/**
 * Match slots in order from `from`: the first within `firstGap` tokens, each next one within
 * SLOT_GAP of the previous (CAMEO patterns describe the verb's own object and PPs, not words
 * anywhere in the sentence). Returns the matched token indices or null.
 */
function matchSlots(slots: readonly CompiledSlot[], tokens: readonly Token[], from: number, to: number, firstGap: number): number[] | null {
  const used: number[] = [];
  let j = from;
  let gap = firstGap;
  for (const slot of slots) {
    let found = -1;
    let len = 0;
    const stop = Math.min(to, j + gap + 1);
    for (; j < stop; j++) {
      len = slotAt(slot, tokens, j, to);
      if (len > 0) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    for (let k = 0; k < len; k++) used.push(found + k);
    j = found + len;
    gap = SLOT_GAP;
  }
  return used;
}

/** Pre-slots must end right before the verb (adverbs and auxiliaries in between at most). */
function matchPre(slots: readonly CompiledSlot[], tokens: readonly Token[], from: number, verb: number): number[] | null {
  if (slots.length === 0) return [];
  for (let start = verb - 1; start >= from; start--) {
    const used = matchSlots(slots, tokens, start, verb, 0);
    if (used && verb - 1 - (used[used.length - 1] as number) <= PRE_GAP) return used;
  }
  return null;
}

export interface PatternMatch {
  pattern: CompiledPattern;
  used: number[];
  /** A pattern whose only word is a function word ("(TO)", "(WITH)") is weak evidence. */
  weak: boolean;
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
    const lemma = t.lemma.toLowerCase();
    if (lemma !== t.normal) {
      const b = index.byFirstPost.get(lemma);
      if (b) for (const p of b) out.push(p);
    }
  }
  return out;
}

function bestPattern(index: PatternIndex, tokens: readonly Token[], verb: number, first: number, last: number): PatternMatch | null {
  let top: PatternMatch | null = null;
  const preFrom = Math.max(first, verb - PATTERN_PRE_WINDOW);
  const postTo = Math.min(last, verb + 1 + PATTERN_POST_WINDOW);
  for (const p of candidatePatterns(index, tokens, verb, postTo)) {
    const size = p.pre.length + p.post.length;
    if (size === 0 || (top && (size < top.used.length || (size === top.used.length && p.order > top.pattern.order)))) continue;
    const pre = matchPre(p.pre, tokens, preFrom, verb);
    if (!pre) continue;
    const post = matchSlots(p.post, tokens, verb + 1, postTo, FIRST_POST_GAP);
    if (!post) continue;
    const used = [...pre, ...post];
    top = { pattern: p, used, weak: used.every((i) => isFunctionWord(tokens[i] as Token)) };
  }
  return top;
}

function splitCode(code: string): [string, string | null] {
  const [a, b] = code.split(":");
  return [(a ?? "").trim(), b?.trim() || null];
}

function fromNominal(n: NominalTrigger): PloverCode {
  return { type: n.type, mode: n.mode, context: n.context };
}

function coded(i: number, code: string, lex: TriggerLexicon, consumed: number[], weak: boolean): Trigger | null {
  const [main, reverse] = splitCode(code);
  const plover = lex.plover(main);
  if (!plover && !lex.keepUnmapped) return null;
  return { first: i, last: i + 1, head: i, nominal: false, cameo: main, reverseCameo: reverse, code: plover, consumed, weak };
}

/**
 * A verb's code, strongest evidence first: a CAMEO pattern with a content word, our override for
 * verbs whose PLOVER reading is clear ("agree" is AGREE, CAMEO says 050), a function-word-only
 * pattern, the CAMEO verb's own code.
 */
function verbTrigger(lex: TriggerLexicon, tokens: readonly Token[], i: number, first: number, last: number): Trigger | null {
  const tok = tokens[i] as Token;
  let base = tok.lemma.toLowerCase();
  if (!lex.verbs.has(base) && !lex.verbFallbacks.has(base)) base = lex.forms.get(tok.normal) ?? base;
  const entry = lex.verbs.get(base);
  const ours = lex.verbFallbacks.get(base);
  const match = entry ? bestPattern(entry.patterns, tokens, i, first, last) : null;
  if (match && !match.weak) {
    if (match.pattern.code === "---") return null;
    const t = coded(i, match.pattern.code, lex, match.used, false);
    if (t) return t;
  }
  if (ours)
    return {
      first: i,
      last: i + 1,
      head: i,
      nominal: false,
      cameo: null,
      reverseCameo: null,
      code: fromNominal(ours),
      consumed: [],
      weak: false,
    };
  if (match?.pattern.code === "---") return null;
  if (match) {
    const t = coded(i, match.pattern.code, lex, match.used, true);
    if (t) return t;
  }
  return entry?.code ? coded(i, entry.code, lex, [], true) : null;
}

function nominalTrigger(lex: TriggerLexicon, tokens: readonly Token[], i: number, first: number): Trigger | null {
  const maxWords = Math.min(lex.nominalMaxWords, i - first + 1);
  let key = "";
  let found: { n: NominalTrigger; from: number } | null = null;
  for (let n = 1; n <= maxWords; n++) {
    const t = tokens[i - n + 1] as Token;
    key = n === 1 ? t.lemma.toLowerCase() : `${t.lemma.toLowerCase()} ${key}`;
    const hit = lex.nominal.get(key) ?? (n === 1 ? lex.nominal.get(t.normal) : undefined);
    if (hit) found = { n: hit, from: i - n + 1 };
  }
  if (!found) return null;
  let code = fromNominal(found.n);
  // A bare "strike" is labour action after "on", "general", "workers'", "four-day" …, an attack otherwise.
  if (found.from === i && (tokens[i] as Token).lemma.toLowerCase() === "strike" && i > first) {
    const prev = tokens[i - 1] as Token;
    const prev2 = i - 2 >= first ? (tokens[i - 2] as Token) : null;
    const dayLong = prev.normal === "day" && prev2?.normal === "-";
    const possessive = prev.normal === "'" && prev2 !== null && LABOUR_STRIKE_CUES.has(prev2.lemma.toLowerCase());
    if (LABOUR_STRIKE_CUES.has(prev.lemma.toLowerCase()) || dayLong || possessive) {
      code = { type: "PROTEST", mode: "strike", context: [] };
    }
  }
  return {
    first: found.from,
    last: i + 1,
    head: i,
    nominal: true,
    cameo: null,
    reverseCameo: null,
    code,
    consumed: [],
    weak: false,
  };
}

/** Triggers of the sentence whose tokens are [first, last). */
export function findTriggers(lex: TriggerLexicon, tokens: readonly Token[], first: number, last: number): Trigger[] {
  const out: Trigger[] = [];
  const consumed = new Set<number>();
  for (let i = first; i < last; i++) {
    const pos = (tokens[i] as Token).pos;
    const t = tokens[i] as Token;
    if (pos !== "VERB" || NOT_TRIGGERS.has(t.normal) || REPORTING_VERBS.has(t.lemma.toLowerCase())) continue;
    if (CONTROL_VERBS.has(t.lemma.toLowerCase()) && tokens[i + 1]?.normal === "to") continue;
    const trig = verbTrigger(lex, tokens, i, first, last);
    if (!trig) continue;
    out.push(trig);
    for (const c of trig.consumed) consumed.add(c);
  }
  for (let i = first; i < last; i++) {
    const tok = tokens[i] as Token;
    if (tok.pos !== "NOUN") continue;
    if (consumed.has(i)) {
      // A modified nominal ("economic support", "war supplies") is more specific than the verb
      // pattern that used its head ("adds … support"): it replaces that verbal trigger.
      const specific = nominalTrigger(lex, tokens, i, first);
      if (!specific || specific.last - specific.first < 2) continue;
      const k = out.findIndex((t) => t.consumed.includes(i));
      // Only a light verb yields ("adds … support"); "halted economic aid" stays the verb's event.
      if (k >= 0 && !LIGHT_VERBS.has((tokens[(out[k] as Trigger).head] as Token).lemma.toLowerCase())) continue;
      if (k >= 0) out.splice(k, 1);
      out.push(specific);
      continue;
    }
    // Head of a noun compound only: "peace talks" triggers on "talks", not on "peace".
    const next = tokens[i + 1];
    if (next && i + 1 < last && next.pos === "NOUN" && lex.nominal.has(`${tok.lemma.toLowerCase()} ${next.lemma.toLowerCase()}`)) continue;
    const trig = nominalTrigger(lex, tokens, i, first);
    if (trig) out.push(trig);
  }
  return dropLightVerbs(out, tokens).sort((a, b) => a.head - b.head);
}

/** A light verb ("gave", "held", "launched") whose object noun is a trigger is that noun's event, not its own. */
function dropLightVerbs(triggers: Trigger[], tokens: readonly Token[]): Trigger[] {
  return triggers.filter((t) => {
    if (t.nominal || !LIGHT_VERBS.has((tokens[t.head] as Token).lemma.toLowerCase())) return true;
    if (t.consumed.length > 0 && !t.weak) return true;
    return !triggers.some((n) => n.nominal && n.head > t.head && n.head - t.head <= LIGHT_OBJECT_WINDOW);
  });
}
