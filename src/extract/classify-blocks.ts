/**
 * Sorting candidate blocks into article text and removed furniture, with the reason for each removal.
 * Shared by the HTML path (after the container is chosen) and the Readability fallback.
 */
import type { Paragraph, Removed, RemovedKind } from "../contract/analysis.js";
import { BIO_RULE, BYLINE_RULE, MAX_BLOCK_LINK_DENSITY, SHORT_BLOCK_CHARS, SHORT_TEXT_RULES } from "./heuristics.js";
import type { Block } from "./paragraphs.js";

export interface Candidate {
  text: string;
  kind: Paragraph["kind"];
  linkChars: number;
  /** Furniture kind already known from markup, if any. */
  noise: RemovedKind | null;
  /** Identity of the furniture element, to merge its blocks into one removed entry. */
  noiseKey?: unknown;
  h1?: boolean;
}

/** How many blocks at the end of the article are checked for author bios. */
const BIO_TAIL_BLOCKS = 3;
const MAX_BYLINE_CHARS = 100;
/** Words a date-and-time block may hold besides numbers: labels, weekdays, months, clock and zone words. */
const DATELINE_WORDS =
  /\b(?:published|updated|posted|last|first|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|[a-z]?[sd]t|[ecmp]t|bst|cet|cest|eet|ist|jst|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+(?:st|nd|rd|th)?)\b\.?/gi;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
/** A dateline block is short. */
const MAX_DATELINE_CHARS = 80;

/** A block that is only a date (and time), with a "Published"/"Updated" label at most. */
export function isDatelineBlock(t: string): boolean {
  if (t.length > MAX_DATELINE_CHARS || !/\d/.test(t) || !(MONTH_NAME.test(t) || NUMERIC_DATE.test(t))) return false;
  return t.replace(DATELINE_WORDS, "").replace(/[\s\d,.:;|/·•()+–—-]+/g, "") === "";
}

const CREDIT_RULES = SHORT_TEXT_RULES.filter(([, kind]) => kind === "credit").map(([re]) => re);

/** A photo credit line ("Photo: Jane Doe/AFP", "Getty Images"), also when it sits inside a caption. */
export function isCreditText(t: string): boolean {
  return t.length <= SHORT_BLOCK_CHARS && CREDIT_RULES.some((re) => re.test(t));
}

export function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return n(a) !== "" && n(a) === n(b);
}

function textKind(c: Candidate, title: string | null, keepLinks: boolean): RemovedKind | null {
  const t = c.text;
  if (title && (c.kind === "heading" || c.h1) && sameText(t, title)) return "title";
  if (c.h1 && title === null) return "title";
  if (t.length <= SHORT_BLOCK_CHARS) {
    for (const [re, kind] of SHORT_TEXT_RULES) if (re.test(t)) return kind;
    if (isDatelineBlock(t)) return "dateline";
  }
  if (t.length <= MAX_BYLINE_CHARS && BYLINE_RULE.test(t)) return "byline";
  if (!keepLinks && c.kind !== "heading" && t.length < 400 && c.linkChars / t.length > MAX_BLOCK_LINK_DENSITY) return "related";
  return null;
}

export interface Classified {
  blocks: Block[];
  removed: Removed[];
}

/** `keepLinks`: link-heavy blocks are kept (the last resort when nothing else is left). */
export function classifyCandidates(cands: Candidate[], title: string | null, options: { keepLinks?: boolean } = {}): Classified {
  const keepLinks = options.keepLinks ?? false;
  const kinds: Array<RemovedKind | null> = cands.map((c) =>
    c.noise === "caption" && isCreditText(c.text) ? "credit" : (c.noise ?? textKind(c, title, keepLinks)),
  );
  // Author bios are recognised only among the last few kept blocks.
  let tail = 0;
  for (let i = cands.length - 1; i >= 0 && tail < BIO_TAIL_BLOCKS; i--) {
    if (kinds[i] !== null) continue;
    tail++;
    if (BIO_RULE.test(cands[i]!.text) && cands[i]!.text.length < 400) kinds[i] = "bio";
  }
  // A heading followed only by removed blocks (until the next heading or the end) introduces furniture.
  for (let i = cands.length - 1; i >= 0; i--) {
    if (kinds[i] !== null || cands[i]!.kind !== "heading") continue;
    let j = i + 1;
    while (j < cands.length && kinds[j] !== null && cands[j]!.kind !== "heading") j++;
    const introducesRemoved = j > i + 1 && (j === cands.length || cands[j]!.kind === "heading");
    const trailing = j === cands.length;
    if (introducesRemoved || (trailing && j === i + 1)) kinds[i] = (j > i + 1 ? kinds[i + 1] : null) ?? "other";
  }
  const blocks: Block[] = [];
  const removed: Removed[] = [];
  let lastKey: unknown;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const k = kinds[i] ?? null;
    if (k === null) {
      blocks.push({ text: c.text, kind: c.kind, from: i });
      lastKey = undefined;
      continue;
    }
    const prev = removed[removed.length - 1];
    if (prev && c.noiseKey !== undefined && c.noiseKey === lastKey && prev.kind === k) prev.text += `\n${c.text}`;
    else removed.push({ kind: k, text: c.text });
    lastKey = c.noiseKey;
  }
  return { blocks, removed };
}
