/**
 * Features of a content start position for the learnt boundary model (boundary-model.ts): the
 * words around the position (function words by their form, other words by their tag), how far it
 * moves from the rules' start, the cue lemma, and what the move passes over. Strings of word
 * classes, function words and cue lemmas only, so the trained weights hold no article text.
 */
import type { Token } from "../nlp/index.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";
import * as C from "./context.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const isQuoteToken = C.isQuoteToken;
const tokenAt = C.tokenAt;

/**
 * How many tokens the model may move a start either way. Most start errors of the rules are a
 * short adjunct or an addressee before the content; a wider window adds positions it rarely needs.
 */
export const BOUNDARY_WINDOW = 8;

/** Tags whose words are told apart by their form (a closed class); other words go by their tag. */
const FUNCTION_TAGS = new Set(["ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "AUX", "PUNCT", "ADV"]);

/** Stands for a position outside the sentence (no word there). */
export const NO_WORD = "^";

/** What the model sees of one token. Never contains "|", the separator inside feature names. */
export function wordOf(t: Token | undefined, sentence: number): string {
  if (!t || t.sentence !== sentence) return NO_WORD;
  if (isQuoteToken(t)) return "Q";
  if (FUNCTION_TAGS.has(t.pos) && !t.normal.includes("|")) return t.normal;
  if (t.pos === "VERB") return t.normal.endsWith("ing") ? "VERBing" : "VERB";
  return t.pos;
}

/** The largest move told apart; longer ones count as this many tokens. */
export const MAX_MOVE = 3;

export const clampMove = (d: number) => Math.max(-MAX_MOVE, Math.min(MAX_MOVE, d));

/** Yes/no features of a move, each paired with the move: it passes a verb, a comma; it starts inside a quotation. */
export const FLAGS = ["v", "c", "q"] as const;

/** The FLAGS of a move as bits (bit i set when FLAGS[i] holds). */
export function flagsOf(ctx: AttributionContext, first: number, k: number): number {
  let bits = (ctx.tokenQuote[k] as number) >= 0 ? 4 : 0;
  for (let i = Math.min(first, k); i < Math.max(first, k); i++) {
    const t = ctx.tokens[i] as Token;
    if (t.pos === "VERB") bits |= 1;
    if (t.text === ",") bits |= 2;
  }
  return bits;
}

/** Where a content lies with respect to its cue. */
export const SIDES = ["after", "before"] as const;
export type Side = (typeof SIDES)[number];

/** Features of starting the content at token k, when the rules start it at `first`. */
export function startFeatures(ctx: AttributionContext, c: Candidate, first: number, k: number, side: Side): string[] {
  const { tokens } = ctx;
  const s = (tokens[k] as Token).sentence;
  const w = wordOf(tokens[k], s);
  const p = wordOf(tokens[k - 1], s);
  const d = clampMove(k - first);
  const flags = flagsOf(ctx, first, k);
  return [
    `w=${w}`,
    `p=${p}`,
    `pw=${p}|${w}`,
    `s|pw=${side}|${p}|${w}`,
    `n|w=${wordOf(tokens[k + 1], s)}|${w}`,
    `d=${d}`,
    `s|d=${side}|${d}`,
    `l|d=${c.cue.lemma}|${d}`,
    `l|p=${c.cue.lemma}|${p}`,
    ...FLAGS.map((f, i) => `${f}|d=${(flags & (1 << i)) !== 0}|${d}`),
  ];
}

/** Token indices that belong to the candidate's cue or source (a content never moves over them). */
function isAnchor(c: Candidate, k: number): boolean {
  return (k >= c.cue.first && k < c.cue.end) || (c.source !== null && k >= c.source.first && k < c.source.end);
}

/** Positions a start may take: the rules' own first, then outwards while in its sentence and off the cue and source. */
export function startPositions(ctx: AttributionContext, c: Candidate, first: number, last: number): number[] {
  const sentence = (ctx.tokens[first] as Token).sentence;
  const out = [first];
  for (let k = first - 1; k >= Math.max(0, first - BOUNDARY_WINDOW); k--) {
    if (isAnchor(c, k) || (ctx.tokens[k] as Token).sentence !== sentence) break;
    out.push(k);
  }
  for (let k = first + 1; k <= Math.min(last, first + BOUNDARY_WINDOW); k++) {
    if (isAnchor(c, k) || (ctx.tokens[k] as Token).sentence !== sentence) break;
    out.push(k);
  }
  return out;
}

/** The first and last token of a content range, and on which side of the cue it lies. */
export function contentTokens(ctx: AttributionContext, c: Candidate, [cs, ce]: [number, number]) {
  const first = tokenAt(ctx, cs);
  const last = tokenAt(ctx, ce) - 1;
  const side: Side = cs > (ctx.tokens[c.cue.head] as Token).start ? "after" : "before";
  return { first, last, side };
}
