/**
 * Cue detection: reporting/belief verbs by lemma (built-in list plus the trained lexicon in
 * data/models/attribution-cues.json), "according to", with the auxiliaries and adverbs that
 * belong to the cue ("has also said"). One pass over the tokens.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Stance } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { type CueClass, cueClass, nextClass, prevClass } from "./frames.js";
import * as H from "./heuristics.js";

export interface CueEntry {
  stance: Stance;
  /** Share of the lemma's verb uses that are cues (1 for the built-in list). */
  prob: number;
  /** True for verbs of saying/thinking from the built-in list. */
  core: boolean;
  /** Per frame ("before>after"): [times a cue, times seen] in the training split. */
  frames: FrameCounts;
}

export interface Cue {
  /** First token of the cue span (an auxiliary or the verb). */
  first: number;
  /** The cue's head token (the verb, or "according"). */
  head: number;
  /** Token index after the cue span. */
  end: number;
  lemma: string;
  stance: Stance;
  prob: number;
  core: boolean;
  negated: boolean;
}

/**
 * Compact trained lexicon (version 2): "lemma|class" → [times annotated as a cue, times seen
 * outside quotations], and the same counts per frame ("before>after", see frames.ts).
 */
export interface CueModel {
  version: number;
  note: string;
  lemmas: Record<string, [number, number]>;
  frames: Record<string, Record<string, [number, number]>>;
}

/**
 * Module-level copies of the heuristics used per token: a read of an imported binding can cost a
 * getter call per access once compiled (tsx/esbuild CommonJS interop), which showed in profiles.
 */
const ACCORDING = H.ACCORDING;
const COLON_CUE_PROB = H.COLON_CUE_PROB;
const CHAIN_VERBS = H.CHAIN_VERBS;
const CORE_CUES = H.CORE_CUES;
const CORE_VETO_PROB = H.CORE_VETO_PROB;
const CORE_VETO_SEEN = H.CORE_VETO_SEEN;
const CUE_AUXILIARIES = H.CUE_AUXILIARIES;
const CUE_MIN_COUNT = H.CUE_MIN_COUNT;
const FRAME_PRIOR_WEIGHT = H.FRAME_PRIOR_WEIGHT;
const NEGATIONS = H.NEGATIONS;
const NOMINAL_CUE_FRAMES_BEFORE = H.NOMINAL_CUE_FRAMES_BEFORE;
const NOMINAL_CUE_MIN_PROB = H.NOMINAL_CUE_MIN_PROB;
const NON_CUE_ADVERBS = H.NON_CUE_ADVERBS;
const NOUN_CUES = H.NOUN_CUES;
const SPEAKER_LABEL_MAX_TOKENS = H.SPEAKER_LABEL_MAX_TOKENS;
const WEAK_CUE_MIN_PROB = H.WEAK_CUE_MIN_PROB;

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../data/models/attribution-cues.json");

/** A trained noun or verb takes the stance of the same word in the built-in lists, else "other". */
function trainedStance(key: string): Stance {
  const lemma = key.slice(0, key.indexOf("|"));
  const noun = NOUN_CUES.get(lemma);
  if (noun) return noun;
  for (const [stance, lemmas] of Object.entries(CORE_CUES) as Array<[Stance, string[]]>) if (lemmas.includes(lemma)) return stance;
  return "other";
}

/** Per-frame counts, by the class before the word and then the class after it. */
export type FrameCounts = Map<string, Map<string, [number, number]>>;

/** The model's "before>after" keys as nested maps (looked up per token without building strings). */
function frameCounts(flat: Record<string, [number, number]>): FrameCounts {
  const out: FrameCounts = new Map();
  for (const [key, counts] of Object.entries(flat)) {
    const gt = key.indexOf(">");
    const prev = key.slice(0, gt);
    const byNext = out.get(prev) ?? new Map<string, [number, number]>();
    byNext.set(key.slice(gt + 1), counts);
    out.set(prev, byNext);
  }
  return out;
}

/** Cue entries by word class, then lemma (no string building per token). */
export type Lexicon = Record<CueClass, Map<string, CueEntry>>;

function buildLexicon(model: CueModel | null): Lexicon {
  const lex: Lexicon = { V: new Map(), N: new Map(), A: new Map() };
  if (model && model.version === 2) {
    for (const [key, [cue, seen]] of Object.entries(model.lemmas)) {
      const bar = key.lastIndexOf("|");
      const byLemma = lex[key.slice(bar + 1) as CueClass];
      const prob = seen > 0 ? cue / seen : 0;
      const frames = frameCounts(model.frames[key] ?? {});
      if (seen >= CUE_MIN_COUNT && byLemma) byLemma.set(key.slice(0, bar), { stance: trainedStance(key), prob, core: false, frames });
    }
  }
  for (const [stance, lemmas] of Object.entries(CORE_CUES) as Array<[Stance, string[]]>) {
    for (const lemma of lemmas) {
      const trained = lex.V.get(lemma);
      lex.V.set(lemma, { stance, prob: trained?.prob ?? 1, core: true, frames: trained?.frames ?? new Map() });
    }
  }
  return lex;
}

/**
 * The cue share of a lemma in one frame, smoothed towards the lemma's overall share (a frame seen
 * a few times says little; one seen often speaks for itself).
 */
export function frameProb(entry: CueEntry, prev: string, next: string): number {
  const f = entry.frames.get(prev)?.get(next);
  if (!f) return entry.prob;
  return (f[0] + FRAME_PRIOR_WEIGHT * entry.prob) / (f[1] + FRAME_PRIOR_WEIGHT);
}

let lexicon: Lexicon | null = null;

export function loadCueModel(path = MODEL_PATH): CueModel | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8")) as CueModel;
}

/** The lexicon entry of token i (by lemma and word class), or undefined. */
function entryOf(tokens: readonly Token[], i: number, lex: Lexicon): CueEntry | undefined {
  const t = tokens[i] as Token;
  const cls = cueClass(t);
  return cls ? lex[cls].get(t.lemma) : undefined;
}

export function cueLexicon(): Lexicon {
  if (!lexicon) lexicon = buildLexicon(loadCueModel());
  return lexicon;
}

/** A participle used as an adjective before a noun ("the reported deaths") is not a cue. */
function isAttributive(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && next !== undefined && prev.pos === "DET" && (next.pos === "NOUN" || next.pos === "PROPN");
}

/**
 * "The Post reports that …": the tagger sometimes reads a third-person verb after a name as a
 * plural noun; a core cue's -s form between a name and a complement is taken as the verb.
 */
function isMistaggedVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos !== "NOUN" || !prev || !next || prev.sentence !== t.sentence) return false;
  // "Economists estimate that …": a base form before "that" after a plural subject.
  if (next.normal === "that" && (prev.pos === "PROPN" || prev.pos === "NOUN") && /s$/.test(prev.normal)) return true;
  if (!t.normal.endsWith("s")) return false;
  return prev.pos === "PROPN" && (next.normal === "that" || next.text === ":" || next.pos === "DET" || next.pos === "PRON");
}

/** The token before i is a possessive ("'s", "his", "their"). */
function afterPossessive(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && (p.normal === "'s" || p.normal === "’s" || /^(his|her|its|their|our)$/.test(p.normal));
}

/** "PENCE: …" / "Poll: …": a short name label opening a paragraph or sentence, then a colon. */
const isOpeningQuote = (t: Token) => t.text === '"' || t.text === "“";

function speakerLabelBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= SPEAKER_LABEL_MAX_TOKENS && (tokens[k] as Token).sentence === (tokens[i] as Token).sentence) {
    const p = (tokens[k] as Token).pos;
    if (p !== "PROPN" && p !== "NOUN") break;
    k--;
  }
  if (k === i - 1) return false;
  // A quoted transcript turn opens with its quote mark: "WALLACE: …
  if (k >= 0 && isOpeningQuote(tokens[k] as Token) && (tokens[k] as Token).sentence === (tokens[i] as Token).sentence) k--;
  return k < 0 || (tokens[k] as Token).sentence !== (tokens[i] as Token).sentence;
}

const CANDIDATE_TAGS = new Set(["VERB", "NOUN", "ADJ"]);
/** Dashes that introduce the speaker after a quotation ("“…” — Name"). */
export const ATTRIBUTION_DASHES = new Set(["―", "—", "–"]);
const CLOSING_QUOTES = new Set(["”", '"', "»"]);
const quoteBefore = (tokens: readonly Token[], i: number) => CLOSING_QUOTES.has(tokens[i - 1]?.text ?? "");

/** The cue span's first token: auxiliaries and adverbs before the head join it ("has also said"); and whether one negates it. */
function withAuxiliaries(tokens: readonly Token[], i: number): [number, boolean] {
  const sentence = (tokens[i] as Token).sentence;
  let first = i;
  let negated = false;
  while (first > 0) {
    const p = tokens[first - 1] as Token;
    const joins = CUE_AUXILIARIES.has(p.normal) || (p.pos === "ADV" && !NON_CUE_ADVERBS.has(p.normal));
    if (p.sentence !== sentence || !joins) break;
    if (NEGATIONS.has(p.normal)) negated = true;
    first--;
  }
  return [first, negated];
}

/**
 * "went on to discuss", "has tried to blame": a chain verb before "to" (a particle may stand
 * between) belongs to the cue of the verb it governs; its index, or -1.
 */
function chainVerbBefore(tokens: readonly Token[], first: number): number {
  const to = tokens[first - 1];
  if (to?.normal !== "to" || to.sentence !== (tokens[first] as Token).sentence) return -1;
  let v = first - 2;
  const particle = tokens[v];
  if (particle && (particle.pos === "ADP" || particle.pos === "PART") && particle.sentence === to.sentence) v--;
  const verb = tokens[v];
  return verb && verb.pos === "VERB" && verb.sentence === to.sentence && CHAIN_VERBS.has(verb.lemma) ? v : -1;
}

export function findCues(tokens: readonly Token[], lex: Lexicon = cueLexicon()): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Only verbs, nouns, adjectives, "according" and colons can head a cue (most tokens stop here).
    if (!CANDIDATE_TAGS.has(t.pos) && t.text !== ":" && t.normal !== ACCORDING && !ATTRIBUTION_DASHES.has(t.text)) continue;
    let lemma: string | null = null;
    let entry: CueEntry | undefined;
    let end = i + 1;
    if (t.normal === ACCORDING && tokens[i + 1]?.normal === "to" && tokens[i + 1]?.sentence === t.sentence) {
      lemma = "according to";
      entry = { stance: "asserts", prob: 1, core: true, frames: new Map() };
      end = i + 2;
    } else if (t.pos === "VERB") {
      const found = entryOf(tokens, i, lex);
      if (found && !isAttributive(tokens, i)) {
        const prev = prevClass(tokens, i);
        const next = nextClass(tokens, i);
        const prob = frameProb(found, prev, next);
        // A built-in verb is kept unless its frame is well attested and almost never a cue.
        const vetoed = found.core
          ? prob < CORE_VETO_PROB && (found.frames.get(prev)?.get(next)?.[1] ?? 0) >= CORE_VETO_SEEN
          : prob < WEAK_CUE_MIN_PROB;
        if (!vetoed) {
          lemma = t.lemma;
          entry = { ...found, prob: found.core ? found.prob : prob };
        }
      }
    } else if (isMistaggedVerb(tokens, i)) {
      lemma = lex.V.get(t.normal)?.core && tokens[i + 1]?.normal === "that" ? t.normal : t.normal.slice(0, -1);
      entry = lex.V.get(lemma);
      if (!entry?.core) lemma = null;
    } else if (t.pos === "NOUN" && NOUN_CUES.has(t.lemma) && afterPossessive(tokens, i) && tokens[i + 1]?.normal === "that") {
      // "Trump's claim that …", "her insistence that …": the possessor is the source.
      lemma = t.lemma;
      entry = { stance: NOUN_CUES.get(t.lemma) as Stance, prob: COLON_CUE_PROB, core: false, frames: new Map() };
    } else if ((t.pos === "NOUN" || t.pos === "ADJ") && lex[t.pos === "NOUN" ? "N" : "A"].has(t.lemma) && !isAttributive(tokens, i)) {
      // Trained nominal cues ("plans to …" read as a noun, "critical of …"), only after a
      // speaker-like word or a possessive, where the frame's share clears the bar.
      const found = entryOf(tokens, i, lex) as CueEntry;
      const prev = prevClass(tokens, i);
      const prob = NOMINAL_CUE_FRAMES_BEFORE.has(prev) ? frameProb(found, prev, nextClass(tokens, i)) : 0;
      if (prob >= NOMINAL_CUE_MIN_PROB) {
        lemma = t.lemma;
        entry = { ...found, prob };
      }
    } else if (ATTRIBUTION_DASHES.has(t.text) && quoteBefore(tokens, i) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) {
      // "“…” ― Ana Ruiz": a dash between a closing quote and a name attributes the quote.
      lemma = t.text;
      // As explicit as a verb of saying: it outranks a cue whose content merely runs into the quote.
      entry = { stance: "asserts", prob: 1, core: true, frames: new Map() };
    } else if (t.text === ":" && speakerLabelBefore(tokens, i)) {
      lemma = ":";
      entry = { stance: "asserts", prob: COLON_CUE_PROB, core: false, frames: new Map() };
    }
    if (!lemma || !entry) continue;
    if (lemma === "according to") {
      out.push({ first: i, head: i, end, lemma, stance: entry.stance, prob: entry.prob, core: entry.core, negated: false });
      i = end - 1;
      continue;
    }
    let [first, negated] = withAuxiliaries(tokens, i);
    const chain = chainVerbBefore(tokens, first);
    if (chain >= 0) {
      // The chain verb's own cue (if any) gives way to the verb it governs.
      if (out[out.length - 1]?.head === chain) out.pop();
      const [chainFirst, chainNegated] = withAuxiliaries(tokens, chain);
      first = chainFirst;
      negated ||= chainNegated;
    }
    out.push({ first, head: i, end, lemma, stance: entry.stance, prob: entry.prob, core: entry.core, negated });
    i = end - 1;
  }
  return out;
}

/** Stance of a cue, flipped by negation: "did not deny" is no denial, "does not believe" is one. */
export function cueStance(cue: Cue): Stance {
  if (!cue.negated) return cue.stance;
  if (cue.stance === "asserts" || cue.stance === "believes") return "denies";
  return "other";
}
