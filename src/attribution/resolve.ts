/**
 * Choosing among candidate attributions (each token belongs to at most one: the strongest cue
 * wins, then the earliest) and carrying a speaker over to quote paragraphs that have no cue.
 */
import type { Token } from "../nlp/index.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";
import * as C from "./context.js";
import type { Cue } from "./cues.js";
import * as H from "./heuristics.js";
import type { Quote } from "./quotes.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const SCARE_QUOTE_MAX_WORDS = H.SCARE_QUOTE_MAX_WORDS;
const paragraphAt = C.paragraphAt;
const tokenAt = C.tokenAt;

type Range = [number, number];

const overlapsAny = (r: Range, rs: readonly Range[]) => rs.some(([s, e]) => r[0] < e && s < r[1]);

function cueRange(ctx: AttributionContext, c: Candidate): Range {
  return [(ctx.tokens[c.cue.first] as Token).start, (ctx.tokens[c.cue.end - 1] as Token).end];
}

/** The characters of a token range. */
export function tokenRangeChars(ctx: AttributionContext, r: { first: number; end: number }): Range {
  return [(ctx.tokens[r.first] as Token).start, (ctx.tokens[r.end - 1] as Token).end];
}

export function sourceRange(ctx: AttributionContext, c: Candidate): Range | null {
  return c.source ? tokenRangeChars(ctx, c.source) : null;
}

/**
 * A content that runs into an attribution already chosen ("mocked the complaint, saying …"; its
 * contents in `taken`, its cue and source in `more`) is cut before it; one that starts inside it
 * is dropped (null).
 */
function truncateBefore(text: string, r: Range, taken: readonly Range[], more: readonly Range[] = []): Range | null {
  // The result is the earliest start among the ranges that overlap (order does not matter).
  let end = r[1];
  for (const list of [taken, more]) {
    for (const [s, e] of list) {
      if (!(r[0] < e && s < end)) continue;
      if (s <= r[0]) return null;
      end = s;
    }
  }
  // Cut before another attribution, the content loses the conjunction that joined them ("… and").
  if (end < r[1]) end = r[0] + text.slice(r[0], end).replace(TRAILING_JOINER, "").length;
  return end > r[0] ? [r[0], end] : null;
}

/** Trailing conjunctions and punctuation left when a content is cut before another attribution. */
const TRAILING_JOINER = /(?:[\s,;:—–-]|\b(?:and|but|or|by|as well as|while)\b)+$/;

/**
 * Most likely first: by the learnt filter's probability where there is one (else the cue's share:
 * 1 for built-in verbs), then text order. Ranking by the filter rather than built-in verbs first
 * raised PolNeAR dev cue overlap F1 0.769 → 0.773 and joint 0.740 → 0.743.
 */
function byStrength(a: Candidate, b: Candidate): number {
  return (b.score ?? b.cue.prob) - (a.score ?? a.cue.prob) || a.cue.head - b.cue.head;
}

export function selectCandidates(ctx: AttributionContext, candidates: Candidate[]): Candidate[] {
  const contents: Range[] = [];
  const anchors: Range[] = [];
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(byStrength)) {
    // A cue inside a quotation is the quoted speaker's word, not the article's attribution.
    // (A speaker label opening a quoted transcript turn is the exception: "WALLACE: …".)
    if ((ctx.tokenQuote[c.cue.head] as number) >= 0 && c.cue.lemma !== ":") continue;
    const cue = cueRange(ctx, c);
    const src = sourceRange(ctx, c);
    if (overlapsAny(cue, contents) || (src && overlapsAny(src, contents))) continue;
    const trimmed = c.contents.map((r) => truncateBefore(ctx.text, r, contents, anchors));
    if (trimmed.some((r) => r === null)) continue;
    const kept1 = { ...c, contents: trimmed as Range[] };
    kept.push(kept1);
    contents.push(...kept1.contents);
    anchors.push(cue);
    if (src) anchors.push(src);
  }
  return kept.sort((a, b) => a.cue.head - b.cue.head);
}

function wordCount(ctx: AttributionContext, q: Quote): number {
  return ctx.text
    .slice(q.start, q.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** True when the quote opens its sentence (its opening mark is the sentence's first token). */
function opensSentence(ctx: AttributionContext, q: Quote): boolean {
  const i = tokenAt(ctx, q.start);
  const t = ctx.tokens[i];
  return t !== undefined && t.start === q.start && (ctx.sentenceTokens[ctx.sentenceOf[i] as number] as readonly [number, number])[0] === i;
}

/** True when a cue outside the quote sits in the sentence where the quote ends. */
function hasOwnCue(ctx: AttributionContext, q: Quote, cues: readonly Cue[]): boolean {
  const last = tokenAt(ctx, q.end - 1);
  if (last >= ctx.tokens.length) return false;
  const [a, b] = ctx.sentenceTokens[ctx.sentenceOf[last] as number] as readonly [number, number];
  return cues.some((c) => c.head >= a && c.head < b && (ctx.tokenQuote[c.head] as number) < 0);
}

/**
 * A quote with no cue of its own that opens a sentence right after an attribution (same or next
 * paragraph) continues that speaker: "He added: “…”" followed by a quote paragraph.
 */
export function carryOver(ctx: AttributionContext, kept: Candidate[], cues: readonly Cue[]): Candidate[] {
  const out: Candidate[] = [];
  const taken: Range[] = kept.flatMap((c) => c.contents);
  const anchors: Range[] = kept.map((c) => cueRange(ctx, c));
  for (const q of ctx.quotes) {
    const r: Range = [q.start, q.end];
    if (overlapsAny(r, taken) || overlapsAny(r, anchors)) continue;
    if (!opensSentence(ctx, q) || hasOwnCue(ctx, q, cues)) continue;
    let prev: Candidate | null = null;
    let prevEnd = -1;
    for (const c of [...kept, ...out]) {
      const end = Math.max(...c.contents.map((x) => x[1]));
      if (end <= q.start && end > prevEnd) {
        prev = c;
        prevEnd = end;
      }
    }
    if (!prev?.source) continue;
    const prevParagraph = paragraphAt(ctx, prevEnd - 1);
    if (prevParagraph < q.firstParagraph - 1) continue;
    // A short quote is a scare quote unless it goes on the same speaker's paragraph ("“I would,” she said. “Gladly.”").
    if (wordCount(ctx, q) <= SCARE_QUOTE_MAX_WORDS && prevParagraph !== q.firstParagraph) continue;
    // Another attribution between them breaks the chain.
    const chosen = prev;
    if (kept.some((c) => c.cue !== chosen.cue && cueRange(ctx, c)[0] > prevEnd && cueRange(ctx, c)[0] < q.start)) continue;
    out.push({ cue: prev.cue, source: prev.source, contents: [r] });
    taken.push(r);
  }
  return out;
}
