/** HTML path: Readability on linkedom, then paragraph blocks from the article content. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Document } from "../contract/analysis.js";
import { type Block, emptyDocument, joinBlocks, normaliseBlockText } from "./paragraphs.js";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

function blocksOf(root: ParentNode): Block[] {
  const blocks: Block[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    // Skip blocks nested in another block we already take (li > p, blockquote > p).
    if (el.parentElement?.closest(BLOCK_SELECTOR)) continue;
    const tag = el.tagName.toLowerCase();
    const kind: Block["kind"] = /^h\d$/.test(tag) ? "heading" : tag === "li" ? "list" : tag === "blockquote" ? "quote" : "body";
    blocks.push({ text: normaliseBlockText(el.textContent ?? ""), kind });
  }
  return blocks;
}

export function extractHtml(html: string, url: string | null): Document {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as globalThis.Document).parse();
  const doc = emptyDocument();
  if (article) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content ?? ""}</body></html>`);
    let blocks = blocksOf(content.body as unknown as ParentNode);
    if (blocks.length === 0) blocks = [{ text: normaliseBlockText(article.textContent ?? ""), kind: "body" }];
    Object.assign(doc, joinBlocks(blocks));
    doc.title = article.title?.trim() || null;
    doc.byline = article.byline?.trim() || null;
    doc.publisher = article.siteName?.trim() || null;
    doc.language = article.lang?.trim() || null;
    doc.publishedAt = article.publishedTime?.trim() || null;
    if (doc.publishedAt) doc.publishedAtSource = "metadata";
  } else {
    const body = (document as unknown as globalThis.Document).body;
    Object.assign(doc, joinBlocks(body ? blocksOf(body) : []));
  }
  doc.url = url;
  return doc;
}
