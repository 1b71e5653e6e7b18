/** Joining kept blocks into document.text with paragraph offsets. */
import type { Document, Paragraph } from "../contract/analysis.js";

export interface Block {
  text: string;
  kind: Paragraph["kind"];
  /** Index of the candidate the block came from (to place notes about it once the text is joined). */
  from?: number;
}

/** Collapse runs of spaces/tabs inside a block and trim it; newlines inside a block become spaces. */
export function normaliseBlockText(s: string): string {
  return s
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function joinBlocks(blocks: Block[]): Pick<Document, "text" | "paragraphs"> {
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const b of blocks) {
    if (b.text === "") continue;
    if (text !== "") text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + b.text.length, kind: b.kind });
    text += b.text;
  }
  return { text, paragraphs };
}

export function emptyDocument(): Document {
  return {
    url: null,
    title: null,
    byline: null,
    authors: [],
    publisher: null,
    language: null,
    publishedAt: null,
    publishedAtSource: null,
    text: "",
    paragraphs: [],
    removed: [],
  };
}
