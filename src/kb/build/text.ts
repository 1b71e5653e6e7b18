/** Helpers for turning upstream dictionary spellings into display names and ids. */
import { surfaceTokens } from "../normalize.js";

/** Small words kept lower-case inside title-cased names. */
const LOWER_WORDS = new Set([
  "of",
  "and",
  "the",
  "de",
  "del",
  "da",
  "do",
  "dos",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
  "e",
  "for",
  "in",
  "on",
]);

/** "VLADIMIR_PUTIN_" → "Vladimir Putin"; "MAZAR-I-SHARIF_" → "Mazar-i-Sharif". */
export function titleCase(upper: string): string {
  const words = upper.replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase().split(" ");
  return words
    .map((w, i) =>
      w
        .split("-")
        .map((part, j) => {
          if ((i > 0 || j > 0) && LOWER_WORDS.has(part)) return part;
          if (j > 0 && part.length === 1) return part;
          return part.replace(/(^|[.'’(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
        })
        .join("-"),
    )
    .join(" ")
    .replace(/\bMc(\p{L})/gu, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
}

/** A dictionary phrase ("U.N._SECRETARY_GENERAL", "+PUTIN_") as plain text; unbalanced brackets are dropped. */
export function phraseText(raw: string): string {
  let t = raw.replace(/^\+/, "").replace(/_/g, " ").replace(/\s+/g, " ").trim();
  if (!t.includes("(")) t = t.replace(/\)/g, "").trim();
  if (!t.includes(")")) t = t.replace(/\(/g, "").trim();
  return t;
}

/**
 * Upstream files mix UTF-8 and Latin-1 lines: each line is read as UTF-8 when it is valid UTF-8,
 * else as Latin-1.
 */
export function decodeMixed(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    const line = bytes.subarray(start, i);
    try {
      out.push(utf8.decode(line));
    } catch {
      out.push(new TextDecoder("latin1").decode(line));
    }
    start = i + 1;
  }
  return out.join("\n");
}

/** An id slug from a name: folded tokens joined by "-", punctuation dropped. */
export function slug(name: string): string {
  return surfaceTokens(name)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ""))
    .join("-");
}

/** "990809" → "1999-08-09"; "20011222" → "2001-12-22"; two-digit years ≤ 30 are 20xx (the files end in 2014). */
export function parseDictDate(raw: string): string | null {
  const d = raw.trim();
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else return null;
  let m = Number(rest.slice(0, 2));
  let day = Number(rest.slice(2, 4));
  if (m < 1 || m > 12) m = Math.min(Math.max(m, 1), 12);
  // Upstream writes impossible days such as 20100631 for "end of June".
  const maxDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (day < 1) day = 1;
  if (day > maxDay) day = maxDay;
  return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
