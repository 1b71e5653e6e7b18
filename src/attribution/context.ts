/** What the attribution rules look at: text, tokens, sentences, paragraphs and quote regions. */
import type { Paragraph } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { findQuotes, type Quote, quoteAt } from "./quotes.js";

export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  /** Per sentence, [first token, last token + 1), after repairing splits (see mergeSentences). */
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  /** For each token, its index in sentenceTokens. */
  sentenceOf: Int32Array;
  paragraphs: readonly Paragraph[];
  quotes: Quote[];
  /** For each token, the index of the quote that contains it, or -1. */
  tokenQuote: Int32Array;
  /** CUE_HEAD or CORE_CUE_HEAD for tokens that head a cue (filled once the cues are found), else 0. */
  isCueHead: Uint8Array;
  /** Per token, the boundary model's candidate-independent start score (boundary-model.ts; NaN until needed). */
  startParts: Float64Array | null;
  /** Per token, what the boundary model sees of it (boundary-features.ts wordOf; filled when needed). */
  startWords: Array<string | undefined> | null;
}

/** Longest speaker phrase of a sentence that only attributes the quote before it ("Moreno asked."). */
const TAIL_MAX_SPEAKER_TOKENS = 8;
const TAIL_SPEAKER_TAGS = new Set(["PROPN", "NOUN", "DET", "ADJ", "PRON", "PUNCT"]);
const ASKING_MARKS = new Set(["?", "!"]);

/**
 * "“Who knows?” Moreno asked.": the splitter ends a sentence at a question or exclamation mark
 * inside a quotation, leaving the attribution as a sentence of its own. Tokens [a, b) are such a
 * tail when the previous sentence (ending at token `prevEnd`) ends with "?”" or "!”" and this one
 * is a speaker phrase, a verb and the sentence's end (an adverb may stand between).
 */
function attributionTail(tokens: readonly Token[], prevEnd: number, a: number, b: number): boolean {
  const close = tokens[prevEnd - 1];
  const mark = tokens[prevEnd - 2];
  if (!close || !mark || prevEnd !== a || !isQuoteToken(close) || !ASKING_MARKS.has(mark.text)) return false;
  let k = a;
  while (k < b && k - a < TAIL_MAX_SPEAKER_TOKENS && TAIL_SPEAKER_TAGS.has((tokens[k] as Token).pos) && !isQuoteToken(tokens[k] as Token))
    k++;
  if (k === a || (tokens[k] as Token | undefined)?.pos !== "VERB") return false;
  k++;
  while (k < b && (tokens[k] as Token).pos === "ADV") k++;
  const end = tokens[k];
  return k === b - 1 && end !== undefined && (end.text === "." || end.text === ",");
}

/**
 * The sentence splitter sometimes breaks after an abbreviation inside a sentence ("(D-Md.), chair
 * of …"); a "sentence" that opens with a comma, semicolon, closing bracket or a lower-case word
 * continues the previous one when both are in the same paragraph (no blank line between).
 */
function mergeSentences(
  text: string,
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
): { clauses: Array<[number, number]>; clauseOf: Int32Array } {
  const clauses: Array<[number, number]> = [];
  const clauseOf = new Int32Array(tokens.length);
  for (const [a, b] of sentenceTokens) {
    const first = tokens[a];
    const prev = clauses[clauses.length - 1];
    const gapHasBreak =
      prev !== undefined && first !== undefined && text.slice((tokens[prev[1] - 1] as Token).end, first.start).includes("\n");
    const continues =
      first !== undefined && (/^[,;)\]]$/.test(first.text) || /^\p{Ll}/u.test(first.text) || attributionTail(tokens, prev?.[1] ?? a, a, b));
    if (prev && continues && !gapHasBreak) prev[1] = b;
    else clauses.push([a, b]);
    for (let i = a; i < b; i++) clauseOf[i] = clauses.length - 1;
  }
  return { clauses, clauseOf };
}

export function makeContext(
  text: string,
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
  paragraphs: readonly Paragraph[],
): AttributionContext {
  const quotes = findQuotes(text, paragraphs);
  const { clauses, clauseOf } = mergeSentences(text, tokens, sentenceTokens);
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length && q < quotes.length; i++) {
    const t = tokens[i] as Token;
    while (q < quotes.length && (quotes[q] as Quote).end <= t.start) q++;
    const cur = quotes[q];
    if (cur && cur.start <= t.start && t.start < cur.end) tokenQuote[i] = q;
  }
  return {
    text,
    tokens,
    sentenceTokens: clauses,
    sentenceOf: clauseOf,
    paragraphs,
    quotes,
    tokenQuote,
    isCueHead: new Uint8Array(tokens.length),
    startParts: null,
    startWords: null,
  };
}

/** isCueHead values: a cue's head token, and one of a built-in verb of saying or thinking. */
export const CUE_HEAD = 1;
export const CORE_CUE_HEAD = 2;

/** The quote whose opening mark is at `offset`, or -1. */
export function quoteOpeningAt(ctx: AttributionContext, offset: number): number {
  const q = quoteAt(ctx.quotes, offset);
  return q >= 0 && (ctx.quotes[q] as Quote).start === offset ? q : -1;
}

/** The quote whose closing mark ends at `offset`, or -1. */
export function quoteClosingAt(ctx: AttributionContext, offset: number): number {
  const q = quoteAt(ctx.quotes, offset - 1);
  return q >= 0 && (ctx.quotes[q] as Quote).end === offset ? q : -1;
}

/** Index of the paragraph containing `offset` (binary search), or -1. */
export function paragraphAt(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ctx.paragraphs[mid] as Paragraph;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "'", "«", "»", "„"]);
export const isQuoteToken = (t: Token) => t.text.length === 1 && QUOTE_CHARS.has(t.text);

/** Index of the first token that starts at or after `offset` (binary search; tokens.length if none). */
export function tokenAt(ctx: AttributionContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
