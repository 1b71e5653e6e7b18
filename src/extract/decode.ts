/** Bytes or strings → a decoded string, and whether it is HTML; refuses binary data. */
import type { RawInput } from "../acquire/raw-input.js";
import { EntenteError } from "../contract/errors.js";

const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<meta[\s>]|<title[\s>])/i;
const HTML_CLOSERS = /<\/(?:p|div|body|html|article|span|a|h[1-6]|li|td)>/i;
/** How much of the input the cheap sniffers look at. */
const SNIFF_CHARS = 4096;
const CLOSER_SNIFF_CHARS = 200_000;
/** Share of control characters above which text is binary. */
const MAX_CONTROL_SHARE = 0.05;

export function looksLikeHtml(s: string): boolean {
  return HTML_SNIFF.test(s.slice(0, SNIFF_CHARS)) || HTML_CLOSERS.test(s.slice(0, CLOSER_SNIFF_CHARS));
}

/** A NUL or a share of control characters (other than tab/CR/LF/FF) means binary data. */
export function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n > MAX_CONTROL_SHARE;
}

/** File signatures of common binary formats. */
const MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP / docx
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav)
];

function hasMagic(b: Uint8Array): boolean {
  return MAGIC.some((sig) => sig.every((v, i) => b[i] === v));
}

function bomCharset(b: Uint8Array): { label: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: "utf-16be", skip: 2 };
  return null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** The charset declared in a Content-Type header or in the first bytes' <meta charset> / http-equiv. */
export function declaredCharset(bytes: Uint8Array, contentType: string | null | undefined): string | null {
  const header = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? "")?.[1];
  if (header) return header.toLowerCase();
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2 * SNIFF_CHARS));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the range equals Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Labels that WHATWG decodes as Windows-1252. */
const CP1252_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100)$/;

/**
 * Windows-1252 by hand: Node's TextDecoder("windows-1252") maps 0x80–0x9F to C1 controls (as Latin-1
 * does), which would lose curly quotes, dashes and the euro sign.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = "";
  const codes = new Array<number>(CHUNK);
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    codes.length = end - i;
    for (let j = i; j < end; j++) {
      const b = bytes[j] as number;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes: BOM, then a declared charset (header, <meta charset>, http-equiv), else UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (the usual undeclared legacy encoding of Western pages; it is
 * also what browsers use for ISO-8859-1 labels).
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom.label).decode(bytes.subarray(bom.skip)), charset: bom.label };
  const declared = declaredCharset(bytes, contentType);
  // A page declaring UTF-8 that is not valid UTF-8 is usually Windows-1252 with a wrong template.
  if (declared && CP1252_LABELS.test(declared)) return { text: decodeWindows1252(bytes), charset: "windows-1252" };
  if (declared && !/^utf-?8$/.test(declared)) {
    const dec = decoderFor(declared);
    if (dec) return { text: dec.decode(bytes), charset: dec.encoding };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    const text = decodeWindows1252(bytes);
    if (nonAsciiShare(text) > MAX_GUESSED_NON_ASCII) {
      throw new EntenteError("E_ENCODING", "the input declares no character set, is not UTF-8 and does not read as Windows-1252 text");
    }
    return { text, charset: "windows-1252" };
  }
}

/**
 * Western-language text in Windows-1252 is mostly ASCII (accents are a few per cent of letters). Far more
 * non-ASCII than this means the guess is wrong: another legacy encoding, or random bytes.
 */
const MAX_GUESSED_NON_ASCII = 0.3;

function nonAsciiShare(s: string): number {
  const n = Math.min(s.length, 8192);
  let high = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    counted++;
    if (c > 127) high++;
  }
  return counted ? high / counted : 0;
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
    if (input.bytes.length === 0) throw new EntenteError("E_EMPTY", "the input is empty");
    if (hasMagic(input.bytes)) throw new EntenteError("E_BINARY", "the input is a binary file (PDF, image or archive), not text");
    const isUtf16 = bomCharset(input.bytes)?.label.startsWith("utf-16") ?? false;
    if (!isUtf16 && input.bytes.subarray(0, 8192).includes(0)) throw new EntenteError("E_BINARY", "the input contains NUL bytes");
    content = decodeBytes(input.bytes, input.contentType).text;
    declaredHtml = /html|xml/i.test(input.contentType ?? "");
  } else {
    throw new EntenteError("E_INPUT", "the input has neither text, html nor bytes");
  }
  if (looksBinary(content)) throw new EntenteError("E_BINARY", "the input looks like binary data, not text");
  content = content.replace(/^\uFEFF/, "");
  return { content, isHtml: declaredHtml || (input.text === undefined && looksLikeHtml(content)) };
}
