/**
 * Direct-quote regions: pairs of double quote marks (straight or curly), and top-level single
 * quotes. One character pass per paragraph. A quote left open at a paragraph end continues when
 * the next paragraph opens with a quote mark (news style for multi-paragraph quotes); otherwise
 * it is closed at the paragraph end (closing mark missing). Quotes nested inside a double quote
 * belong to their parent and are not listed.
 */
import type { Paragraph } from "../contract/analysis.js";
import { DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN } from "./heuristics.js";

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or after the last non-space character when it is missing). */
  end: number;
  /** False when the closing mark is missing. */
  closed: boolean;
  /** Index of the paragraph where the quote opens / ends. */
  firstParagraph: number;
  lastParagraph: number;
}

/** Every character this module treats as a quote mark; the scan jumps from one to the next. */
const QUOTE_CHAR = /''|["'“”‘’«»„]/g;

/** The mark at i: two apostrophes ('') are a straight double quote (older newswire style). */
function markAt(text: string, i: number): string {
  return text[i] === "'" && text[i + 1] === "'" ? '"' : (text[i] as string);
}
const markWidth = (text: string, i: number) => (text[i] === "'" && text[i + 1] === "'" ? 2 : 1);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A straight quote opens when it follows a space, the paragraph start or an opening bracket/dash. */
function straightOpens(text: string, i: number, paraStart: number): boolean {
  if (i === paraStart) return true;
  const prev = text[i - 1];
  return isSpace(prev) || prev === "(" || prev === "[" || prev === "—" || prev === "–" || prev === "‘" || prev === "“";
}

function isDoubleOpen(text: string, i: number, paraStart: number): boolean {
  const c = markAt(text, i);
  return DOUBLE_OPEN.has(c) || (c === '"' && straightOpens(text, i, paraStart));
}

function isDoubleClose(text: string, i: number, paraStart: number): boolean {
  const c = markAt(text, i);
  return DOUBLE_CLOSE.has(c) || (c === '"' && !straightOpens(text, i, paraStart));
}

/** Single quotes: an opening mark before a word, a closing mark not inside a word (not an apostrophe). */
function isSingleOpen(text: string, i: number, paraStart: number): boolean {
  const c = text[i] as string;
  if (!(SINGLE_OPEN.has(c) || c === "'")) return false;
  return (i === paraStart || isSpace(text[i - 1]) || text[i - 1] === "(") && isWordChar(text[i + 1]);
}

function isSingleClose(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!(SINGLE_CLOSE.has(c) || c === "'")) return false;
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

function lastNonSpace(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/**
 * +1 / -1 when the mark at i opens / closes a double quote of the other style than the one
 * opened at `open` (a curly quote inside a straight one, or the reverse), else 0.
 */
function nestedMark(text: string, i: number, open: number, paraStart: number): number {
  const c = markAt(text, i);
  const outerStraight = markAt(text, open) === '"';
  if (outerStraight) return c === "“" ? 1 : c === "”" ? -1 : 0;
  if (c !== '"') return 0;
  return straightOpens(text, i, paraStart) ? 1 : -1;
}

export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let openPara = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph;
    let single = -1;
    let nested = 0;
    let i = para.start;
    if (open >= 0) {
      // Continuation of a multi-paragraph quote: skip the repeated opening mark.
      i += markWidth(text, i);
    }
    QUOTE_CHAR.lastIndex = i;
    for (let m = QUOTE_CHAR.exec(text); m !== null && m.index < para.end; m = QUOTE_CHAR.exec(text)) {
      i = m.index;
      const c = m[0];
      if (open < 0) {
        if (isDoubleOpen(text, i, para.start) && c !== "»") {
          open = i;
          openPara = p;
          single = -1;
        } else if (single < 0 && isSingleOpen(text, i, para.start)) {
          single = i;
        } else if (single >= 0 && isSingleClose(text, i)) {
          out.push({ start: single, end: i + 1, closed: true, firstParagraph: p, lastParagraph: p });
          single = -1;
        }
      } else if (nestedMark(text, i, open, para.start) === 1) {
        nested++;
      } else if (nested > 0 && nestedMark(text, i, open, para.start) === -1) {
        nested--;
      } else if (isDoubleClose(text, i, para.start) && i > open) {
        out.push({ start: open, end: i + c.length, closed: true, firstParagraph: openPara, lastParagraph: p });
        open = -1;
        nested = 0;
      }
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      const continues = next !== undefined && next.end > next.start && isDoubleOpen(text, next.start, next.start);
      if (!continues) {
        const end = lastNonSpace(text, open, para.end);
        if (end > open + 1) out.push({ start: open, end, closed: false, firstParagraph: openPara, lastParagraph: p });
        open = -1;
      }
    }
  }
  return out;
}

/** Index of the quote containing offset `at`, or -1 (quotes are sorted and disjoint). */
export function quoteAt(quotes: readonly Quote[], at: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid] as Quote;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
