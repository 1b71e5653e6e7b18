/**
 * HTML path. The lean path parses once into a light tree, locates the article by prose density
 * (html-content.ts) and sorts its blocks into text and furniture. When that finds too little prose
 * (short pages, listings, odd markup) Readability on linkedom is the fallback, and its output goes
 * through the same block sorting; when both fail, every prose block of the page is kept.
 */
import { createRequire } from "node:module";
import type { Document, Removed } from "../contract/analysis.js";
import { authorsFromByline } from "./byline.js";
import { type Candidate, classifyCandidates } from "./classify-blocks.js";
import { dateFromUrl, datelineDate } from "./dates.js";
import { MIN_LEAN_PROSE_CHARS } from "./heuristics.js";
import { collectBlocks, type HtmlBlock } from "./html-blocks.js";
import { articleBlockIndexes, chooseContainer, effectiveNoise, proseValue } from "./html-content.js";
import { type El, parseLightTree, stripRawText } from "./html-tree.js";
import { readMetadata } from "./metadata.js";
import { emptyDocument, joinBlocks } from "./paragraphs.js";

/** Pages above this size skip the Readability fallback (its full-DOM passes would be too slow). */
export const MAX_FALLBACK_CHARS = 3_000_000;

function candidatesOf(blocks: HtmlBlock[], protectedEls: Set<El>): Candidate[] {
  return blocks.map((b) => {
    let noise = effectiveNoise(b, protectedEls);
    // A credit marked inside a figure is a credit, not part of the caption.
    if (noise === "caption" && b.noise.some((m) => m.kind === "credit" && !protectedEls.has(m.el))) noise = "credit";
    const key = noise ? b.noise.find((m) => !protectedEls.has(m.el))?.el : undefined;
    return { text: b.text, kind: b.kind, linkChars: b.linkChars, noise, noiseKey: key, h1: b.h1 };
  });
}

function leanCandidates(blocks: HtmlBlock[], root: El): { cands: Candidate[]; prose: number; container: El; furniture: Removed[] } {
  const choice = chooseContainer(root, blocks);
  const indexes = articleBlockIndexes(blocks, choice);
  const inside = indexes.map((i) => blocks[i]!);
  const furniture = pageFurniture(blocks, new Set(indexes), choice.protectedEls);
  return { cands: candidatesOf(inside, choice.protectedEls), prose: choice.prose, container: choice.container, furniture };
}

/**
 * Marked furniture outside the article (menus, cookie notices, footers, share bars, related lists):
 * one removed entry per furniture element, so users see what the page held besides the article.
 */
function pageFurniture(blocks: HtmlBlock[], article: Set<number>, protectedEls: Set<El>): Removed[] {
  const out: Removed[] = [];
  let last: { el: El; entry: Removed } | null = null;
  blocks.forEach((b, i) => {
    if (article.has(i)) return;
    const mark = b.noise.find((m) => !protectedEls.has(m.el));
    if (!mark || effectiveNoise(b, protectedEls) === null) return;
    if (last && last.el === mark.el) last.entry.text += `\n${b.text}`;
    else {
      last = { el: mark.el, entry: { kind: mark.kind, text: b.text } };
      out.push(last.entry);
    }
  });
  return out;
}

type FallbackLibs = { parseHTML: typeof import("linkedom").parseHTML; Readability: typeof import("@mozilla/readability").Readability };
let fallbackLibs: FallbackLibs | null = null;

/** linkedom and Readability load on first use (~0.3 s of CPU that text-only runs and lean pages never need). */
function loadFallback(): FallbackLibs {
  if (!fallbackLibs) {
    const require = createRequire(import.meta.url);
    fallbackLibs = { parseHTML: require("linkedom").parseHTML, Readability: require("@mozilla/readability").Readability };
  }
  return fallbackLibs;
}

function readabilityCandidates(html: string): Candidate[] | null {
  try {
    const { parseHTML, Readability } = loadFallback();
    // Script, style and SVG bodies are no use to Readability's body search and cost most of its parse.
    const { document } = parseHTML(stripRawText(html));
    const article = new Readability(document as unknown as globalThis.Document).parse();
    if (!article?.content) return null;
    const tree = parseLightTree(article.content);
    return candidatesOf(collectBlocks(tree.root), new Set());
  } catch {
    return null;
  }
}

export function extractHtml(html: string, url: string | null): Document {
  const tree = parseLightTree(html);
  const blocks = collectBlocks(tree.root);
  const lean = leanCandidates(blocks, tree.root);
  let { cands } = lean;
  const { prose } = lean;
  const meta = readMetadata(tree, url, lean.container);
  let viaReadability: Candidate[] | null = null;
  if (prose < MIN_LEAN_PROSE_CHARS) {
    // Pathological pages (huge, or nested past the tree's cap) would stall Readability's DOM passes.
    viaReadability = html.length <= MAX_FALLBACK_CHARS && !tree.truncated ? readabilityCandidates(html) : null;
    if (viaReadability?.some((c) => proseValue({ ...c, owner: tree.root, noise: [], h1: false }) > 0)) {
      cands = viaReadability;
    } else if (cands.length === 0) {
      cands = candidatesOf(
        blocks.filter((b) => proseValue(b) > 0),
        new Set(),
      );
    }
  }
  let { blocks: kept, removed } = classifyCandidates(cands, meta.title);
  if (kept.length === 0) {
    // Nothing survived (a page that is all links, or a few words): keep whatever text is not marked
    // furniture, link text included, rather than return nothing.
    const last = viaReadability?.length ? viaReadability : candidatesOf(blocks, new Set()).filter((c) => c.noise === null);
    ({ blocks: kept, removed } = classifyCandidates(last, meta.title, { keepLinks: true }));
  }
  const doc: Document = { ...emptyDocument(), ...meta, ...joinBlocks(kept), removed };
  const printedByline = removed.find((r) => r.kind === "byline")?.text;
  if (!doc.byline && printedByline) {
    // No metadata or marked byline element, but a "By …" line above the text.
    doc.byline = printedByline;
    doc.authors = authorsFromByline(printedByline);
  }
  if (!doc.publishedAt) {
    const fromText =
      datelineDate(
        removed
          .filter((r) => r.kind === "dateline")
          .map((r) => r.text)
          .join("\n"),
      ) ?? null;
    if (fromText) {
      doc.publishedAt = fromText;
      doc.publishedAtSource = "text";
    } else if (dateFromUrl(url)) {
      doc.publishedAt = dateFromUrl(url);
      doc.publishedAtSource = "url";
    }
  }
  if (!doc.url) doc.url = url;
  // page furniture is listed after the article's own (bylines and datelines above come from the article only)
  if (cands === lean.cands) doc.removed = [...removed, ...lean.furniture];
  return doc;
}
