/**
 * Plain-text path (scraped or pasted articles): split into paragraphs, classify each as title, dateline,
 * byline, body, heading, caption, credit, related insert or comment/footer boilerplate, keep body and
 * headings, and repair words glued at link boundaries.
 */
import type { Document, Message, RemovedKind } from "../contract/analysis.js";
import { authorsFromByline } from "./byline.js";
import { type Candidate, classifyCandidates } from "./classify-blocks.js";
import { datelineDate } from "./dates.js";
import { type GlueRepair, repairGluedWords } from "./glue-repair.js";
import { BYLINE_RULE, SHORT_TEXT_RULES } from "./heuristics.js";
import { emptyDocument, joinBlocks, normaliseBlockText } from "./paragraphs.js";

/** A title line is short and has no sentence-final period. */
const MAX_TITLE_CHARS = 200;
/** Place-name datelines ("Hong Kong", "WASHINGTON —") are a few capitalised words. */
const MAX_DATELINE_WORDS = 5;
/** A byline line is short. */
const MAX_BYLINE_LINE = 100;
/** Headings are short lines without sentence-final punctuation. */
const MAX_HEADING_CHARS = 90;
const MAX_HEADING_WORDS = 12;
/** Captions are short paragraphs right before a photo credit. */
const MAX_CAPTION_CHARS = 300;
/** A line before a credit is taken as its caption only when this short. */
const MAX_CAPTION_BEFORE_CREDIT = 150;

const PLACE_DATELINE = /^(?:\p{Lu}[\p{L}.'’-]*)(?:[ ,]+(?:\p{Lu}[\p{L}.'’-]*|de|of|la|el|al))*\s*(?:[—–-]+|\(\w+\)\s*[—–-]*)?$/u;
/** Comment form and site footer lines: everything from the first of these at the end is boilerplate. */
const COMMENT_FORM = /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ (?:comments?|responses?|replies)|comments?)$/i;
const endsSentence = (t: string) => /[.!?…:;]["'’”)]*$/.test(t);
const isCredit = (t: string) => t.length <= MAX_CAPTION_CHARS && SHORT_TEXT_RULES.some(([re, k]) => k === "credit" && re.test(t));
const CAPTION_TAIL = /\((?:photo|image|picture|credit)s?:?[^)]{0,80}\)$|\s[|/]\s?(?:photo|image|picture)s?:?\s[^.]{0,80}$/i;

function splitParagraphs(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, "\n");
  const chunks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n+/) : text.split("\n");
  return chunks.map(normaliseBlockText).filter((c) => c !== "");
}

/**
 * Caption cues: where people stand in the picture ("right,", "second from left"), what they do for the
 * camera, or a closing "on <date>, <year>." that says when the photo was taken.
 */
const CAPTION_CUE =
  /,\s(?:left|right|centre|center|second (?:from )?(?:left|right)|foreground|background),|\((?:left|right|centre|center|L|R|C)\)|\b(?:poses?|posing|pictured|gestures?|waves?|looks? on)\b|\b(?:19|20)\d\d\.$/;

/** One sentence (no full stop followed by a capital inside), no quotes, caption-sized, with a caption cue. */
function looksLikeCaptionAfterCredit(t: string): boolean {
  return t.length <= MAX_CAPTION_CHARS && !/["“”]/.test(t) && !/[.!?]\s+\p{Lu}/u.test(t) && CAPTION_CUE.test(t);
}

function looksLikeHeading(t: string): boolean {
  if (t.length > MAX_HEADING_CHARS || t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const unquoted = t.replace(/^["“‘']|["”’']$/g, "");
  return !endsSentence(unquoted) && /^\p{Lu}|^["“‘']\p{Lu}/u.test(t);
}

export function classifyParagraphs(paras: string[]): Array<{ text: string; removed: RemovedKind | null; heading: boolean }> {
  const out = paras.map((text) => ({ text, removed: null as RemovedKind | null, heading: false }));
  const n = out.length;
  // Title: a short first line without a final period, followed by more text.
  if (n > 1 && out[0]!.text.length <= MAX_TITLE_CHARS && !endsSentence(out[0]!.text)) out[0]!.removed = "title";
  // Datelines: a bare place name or date among the first lines.
  for (let i = 0; i < Math.min(n - 1, 4); i++) {
    const t = out[i]!.text;
    if (out[i]!.removed) continue;
    const words = t.split(/\s+/).length;
    // "By Jane Doe, Staff Writer" is capitalised words too, but a byline.
    if (t.length <= MAX_BYLINE_LINE && BYLINE_RULE.test(t)) out[i]!.removed = "byline";
    else if ((words <= MAX_DATELINE_WORDS && PLACE_DATELINE.test(t)) || (t.length < 80 && datelineDate(t) && words <= 10))
      out[i]!.removed = "dateline";
  }
  // Comment form at the end: that line and everything after it.
  for (let i = Math.floor(n / 2); i < n; i++) {
    if (COMMENT_FORM.test(out[i]!.text)) {
      for (let j = i; j < n; j++) out[j]!.removed = "comments";
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    const p = out[i]!;
    if (p.removed) continue;
    if (isCredit(p.text)) {
      p.removed = "credit";
      const prev = out[i - 1];
      const next = out[i + 1];
      // Scrapers put a photo's caption right before or right after its credit. A caption is a short
      // descriptive line; quoted speech next to a credit is article text.
      if (prev && !prev.removed && prev.text.length <= MAX_CAPTION_BEFORE_CREDIT && !/["“”]/.test(prev.text)) prev.removed = "caption";
      if (next && !next.removed && looksLikeCaptionAfterCredit(next.text)) next.removed = "caption";
    } else if (CAPTION_TAIL.test(p.text) && p.text.length <= MAX_CAPTION_CHARS) p.removed = "caption";
    else if (i > 0 && i < n - 1 && looksLikeHeading(p.text)) p.heading = true;
  }
  return out;
}

/** `notes` receives one message per repaired glued word, positioned in document.text. */
export function extractPlainText(raw: string, notes?: Message[]): Document {
  const paras = classifyParagraphs(splitParagraphs(raw));
  const title = paras.find((p) => p.removed === "title")?.text ?? null;
  const repairs: GlueRepair[][] = [];
  const cands: Candidate[] = paras.map((p, i) => {
    const repaired = p.removed ? null : repairGluedWords(p.text);
    repairs[i] = repaired?.repairs ?? [];
    return { text: repaired?.text ?? p.text, kind: p.heading ? "heading" : "body", linkChars: 0, noise: p.removed };
  });
  const { blocks, removed } = classifyCandidates(cands, title);
  const doc: Document = { ...emptyDocument(), ...joinBlocks(blocks), removed, title };
  if (notes) {
    // joinBlocks keeps blocks in order and drops only empty ones, so kept blocks and paragraphs align.
    const kept = blocks.filter((b) => b.text !== "");
    kept.forEach((b, k) => {
      const at = doc.paragraphs[k]!.start;
      for (const r of repairs[b.from ?? -1] ?? []) {
        notes.push({ stage: "extract", rule: "extract:glued-word", message: `split '${r.glued}'`, start: at + r.start, end: at + r.end });
      }
    });
  }
  const byline = removed.find((r) => r.kind === "byline");
  if (byline) {
    doc.byline = byline.text;
    doc.authors = authorsFromByline(byline.text);
  }
  const dateline = removed
    .filter((r) => r.kind === "dateline")
    .map((r) => datelineDate(r.text))
    .find(Boolean);
  if (dateline) {
    doc.publishedAt = dateline;
    doc.publishedAtSource = "text";
  }
  return doc;
}
