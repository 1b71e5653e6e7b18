/** Extraction stage: raw input → Document (clean body text, metadata, removed blocks). */
import type { RawInput } from "../acquire/raw-input.js";
import type { Document, Message } from "../contract/analysis.js";
import { EntenteError } from "../contract/errors.js";
import { inferPublicationDate } from "./dates.js";
import { decodeInput } from "./decode.js";
import { extractHtml } from "./html.js";
import { extractPlainText } from "./plain-text.js";

/** Inputs above this many UTF-16 units (or bytes) are refused rather than risk a stall. */
export const MAX_INPUT_CHARS = 12_000_000;

/** `notes`, when given, receives positioned messages about repairs made to the text (e.g. split glued words). */
export function extractDocument(input: RawInput, notes?: Message[]): Document {
  if (input.bytes && input.bytes.length > MAX_INPUT_CHARS * 2) {
    throw new EntenteError("E_TOO_LARGE", `input is ${input.bytes.length} bytes; the limit is ${MAX_INPUT_CHARS * 2}`);
  }
  const { content, isHtml } = decodeInput(input);
  if (content.length > MAX_INPUT_CHARS) {
    throw new EntenteError("E_TOO_LARGE", `input is ${content.length} characters; the limit is ${MAX_INPUT_CHARS}`);
  }
  if (content.trim() === "") throw new EntenteError("E_EMPTY", "the input has no text");
  const doc = isHtml ? extractHtml(content, input.url ?? null) : extractPlainText(content, notes);
  if (input.url && !doc.url) doc.url = input.url;
  if (input.publishedAt) {
    doc.publishedAt = input.publishedAt;
    doc.publishedAtSource = "given";
  }
  if (doc.text.trim() === "") throw new EntenteError("E_EMPTY", "no article text could be extracted");
  if (!doc.publishedAt) {
    // Captions and datelines were taken out of the text but their dates are the document's own evidence.
    const asides = doc.removed.filter((r) => r.kind === "caption" || r.kind === "dateline").map((r) => r.text);
    const inferred = inferPublicationDate(asides.length ? `${doc.text}\n\n${asides.join("\n\n")}` : doc.text);
    if (inferred) {
      doc.publishedAt = inferred;
      doc.publishedAtSource = "inferred";
    }
  }
  return doc;
}
