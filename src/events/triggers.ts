/**
 * Trigger finding, one pass over a sentence's tokens: verbs through the CAMEO verb patterns
 * (the pattern with most matched words wins, else the verb's own code, else our modern
 * fallbacks), nouns through the nominal table (longest modifier+head match).
 */
import type { Token } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import { LIGHT_OBJECT_WINDOW, LIGHT_VERBS, REPORTING_VERBS } from "./heuristics.js";
import type { TriggerLexicon } from "./lexicon.js";
import type { NominalTrigger } from "./nominal-triggers.js";
import { bestPattern, type MatchContext, type PatternRoles } from "./pattern-match.js";
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
  /** Actors the matched pattern's role markers picked, if any. */
  roles: PatternRoles | null;
}

function splitCode(code: string): [string, string | null] {
  const [a, b] = code.split(":");
  return [(a ?? "").trim(), b?.trim() || null];
}

function fromNominal(n: NominalTrigger): PloverCode {
  return { type: n.type, mode: n.mode, context: n.context };
}

function coded(
  i: number,
  code: string,
  lex: TriggerLexicon,
  consumed: number[],
  weak: boolean,
  roles: PatternRoles | null,
): Trigger | null {
  const [main, reverse] = splitCode(code);
  const plover = lex.plover(main);
  if (!plover && !lex.keepUnmapped) return null;
  return { first: i, last: i + 1, head: i, nominal: false, cameo: main, reverseCameo: reverse, code: plover, consumed, weak, roles };
}

/**
 * A verb's code, strongest evidence first: a CAMEO pattern with a content word, our override for
 * verbs whose PLOVER reading is clear ("agree" is AGREE, CAMEO says 050), a function-word-only
 * pattern, the CAMEO verb's own code.
 */
function verbTrigger(lex: TriggerLexicon, ctx: MatchContext, i: number, first: number, last: number): Trigger | null {
  const tok = ctx.tokens[i] as Token;
  let base = tok.lemma.toLowerCase();
  // A surface form with a block of its own ("LEFT" as a visit beside LEAVE) is that verb, unless the
  // dictionary lists it as an inflection of its lemma ("found" under FIND stays FIND).
  const own = tok.normal !== base ? lex.verbs.get(tok.normal) : undefined;
  if (own && lex.forms.get(tok.normal) !== base && own.patterns !== lex.verbs.get(base)?.patterns) base = tok.normal;
  // An inflected form the dictionary lists ("risen" under its own entry) when the lemma is not a headword.
  if (!lex.verbs.has(base) && !lex.verbFallbacks.has(base))
    base = lex.forms.get(tok.normal) ?? (lex.verbs.has(tok.normal) ? tok.normal : base);
  const entry = lex.verbs.get(base);
  const ours = lex.verbFallbacks.get(base);
  const match = entry ? bestPattern(entry.patterns, ctx, i, first, last) : null;
  if (match && !match.weak) {
    if (match.pattern.code === "---") return null;
    const t = coded(i, match.pattern.code, lex, match.used, false, match.roles);
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
      roles: null,
    };
  if (match?.pattern.code === "---") return null;
  if (match) {
    const t = coded(i, match.pattern.code, lex, match.used, true, match.roles);
    if (t) return t;
  }
  return entry?.code ? coded(i, entry.code, lex, [], true, null) : null;
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
    // no longer key ends with these words: the common case, one lookup and no string built
    if (!lex.nominalSuffixes.has(key)) break;
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
    roles: null,
  };
}

/** Is "a b" (by lemma) a nominal trigger key? The second word must end a longer key first (no string built otherwise). */
function headsNominalPair(lex: TriggerLexicon, a: Token, b: Token): boolean {
  const second = b.lemma.toLowerCase();
  return lex.nominalSuffixes.has(second) && lex.nominal.has(`${a.lemma.toLowerCase()} ${second}`);
}

const NO_MENTIONS = (): readonly ActorMention[] => [];

/**
 * "Fornost and Gondor welcome a resumption": a dictionary verb the tagger read as an adjective
 * right after an actor and right before a determiner is the clause's verb (an adjective does
 * not stand between a noun phrase and a determiner).
 */
function misreadVerb(
  lex: TriggerLexicon,
  tokens: readonly Token[],
  i: number,
  last: number,
  mentions: () => readonly ActorMention[],
): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== "ADJ" || i + 1 >= last || (tokens[i + 1] as Token).pos !== "DET" || !lex.verbs.has(t.lemma.toLowerCase())) return false;
  return mentions().some((m) => m.last === i && !m.pronoun);
}

/** Triggers of the sentence whose tokens are [first, last); `mentions` (its actor mentions) serve pattern role markers. */
export function findTriggers(
  lex: TriggerLexicon,
  tokens: readonly Token[],
  first: number,
  last: number,
  mentions: () => readonly ActorMention[] = NO_MENTIONS,
): Trigger[] {
  const ctx: MatchContext = { tokens, mentions };
  const out: Trigger[] = [];
  const consumed = new Set<number>();
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    const pos = t.pos === "VERB" || misreadVerb(lex, tokens, i, last, mentions) ? "VERB" : t.pos;
    if (pos !== "VERB" || NOT_TRIGGERS.has(t.normal) || (!lex.keepUnmapped && REPORTING_VERBS.has(t.lemma.toLowerCase()))) continue;
    // "long-threatened invasion", "Vietnamese-led forces": a participle inside a hyphenated modifier is no event.
    if (i > first && (tokens[i - 1] as Token).normal === "-") continue;
    if (CONTROL_VERBS.has(t.lemma.toLowerCase()) && tokens[i + 1]?.normal === "to") continue;
    const trig = verbTrigger(lex, ctx, i, first, last);
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
    if (next && i + 1 < last && next.pos === "NOUN" && headsNominalPair(lex, tok, next)) continue;
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
