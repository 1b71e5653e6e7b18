/** What the attribution rules look at: text, tokens, sentences, paragraphs and quote regions. */
import type { Paragraph } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { findQuotes, type Quote, quoteAt } from "./quotes.js";

export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  /** Per sentence, [first token, last token + 1). */
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  paragraphs: readonly Paragraph[];
  quotes: Quote[];
  /** For each token, the index of the quote that contains it, or -1. */
  tokenQuote: Int32Array;
  /** 1 for tokens that head a cue (filled once the cues are found). */
  isCueHead: Uint8Array;
}

export function makeContext(
  text: string,
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
  paragraphs: readonly Paragraph[],
): AttributionContext {
  const quotes = findQuotes(text, paragraphs);
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length && q < quotes.length; i++) {
    const t = tokens[i] as Token;
    while (q < quotes.length && (quotes[q] as Quote).end <= t.start) q++;
    const cur = quotes[q];
    if (cur && cur.start <= t.start && t.start < cur.end) tokenQuote[i] = q;
  }
  return { text, tokens, sentenceTokens, paragraphs, quotes, tokenQuote, isCueHead: new Uint8Array(tokens.length) };
}

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
