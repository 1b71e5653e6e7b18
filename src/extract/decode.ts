/** Bytes or strings → a decoded string, and whether it is HTML. */
import type { RawInput } from "../acquire/raw-input.js";
import { EntenteError } from "../contract/errors.js";

const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)|<\/(?:p|div|body|html|article)>/i;

export function looksLikeHtml(s: string): boolean {
  return HTML_SNIFF.test(s.slice(0, 4096)) || /<\/(?:p|div|body|html|article)>/i.test(s.slice(0, 200_000));
}

/** A share of control characters (other than tab/CR/LF) means binary data. */
export function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n > 0.05;
}

export function decodeInput(input: RawInput): { content: string; isHtml: boolean } {
  let content: string;
  let declaredHtml = false;
  if (input.html !== undefined) {
    content = input.html;
    declaredHtml = true;
  } else if (input.text !== undefined) {
    content = input.text;
  } else if (input.bytes !== undefined) {
    content = new TextDecoder("utf-8").decode(input.bytes);
    declaredHtml = /html/i.test(input.contentType ?? "");
  } else {
    throw new EntenteError("E_INPUT", "the input has neither text, html nor bytes");
  }
  if (looksBinary(content)) throw new EntenteError("E_BINARY", "the input looks like binary data, not text");
  content = content.replace(/^\uFEFF/, "");
  return { content, isHtml: declaredHtml || (input.text === undefined && looksLikeHtml(content)) };
}
