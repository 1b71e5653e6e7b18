/** Plain-text path: split into paragraphs (blank lines, else single lines). */
import type { Document } from "../contract/analysis.js";
import { type Block, emptyDocument, joinBlocks, normaliseBlockText } from "./paragraphs.js";

export function extractPlainText(raw: string): Document {
  const text = raw.replace(/\r\n?/g, "\n");
  const chunks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n+/) : text.split("\n");
  const blocks: Block[] = chunks.map((c) => ({ text: normaliseBlockText(c), kind: "body" }));
  return { ...emptyDocument(), ...joinBlocks(blocks) };
}
