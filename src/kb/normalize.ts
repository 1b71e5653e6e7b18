/**
 * Surface normalisation shared by the KB build and lookups, so both sides agree on keys.
 * A key is the surface split into tokens the way wink-nlp splits text (hyphens and brackets are
 * their own tokens, "U.S." and "d'Ivoire" stay one token, "'s" is split off), each token folded:
 * lower case, no diacritics, no periods, curly apostrophes straightened. Hand-written scanning
 * because Unicode-property regexes cost ~10× more and the KB folds tens of thousands of surfaces.
 */

const NON_ASCII_WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const DIACRITICS_RE = /\p{M}+/gu;

/** Letters NFD does not decompose. */
const SPECIAL_LETTERS: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", đ: "d", ł: "l", ı: "i", œ: "oe", þ: "th" };
const SPECIAL_RE = /[ßøæđłıœþ]/g;

function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD_RE.test(ch);
}

function isInnerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46; // ' ’ .
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Whether a lower-cased token needs no folding (ASCII letters, digits and hyphens only). */
function isPlain(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** Folds one token: lower case, strip diacritics and periods ("U.S." → "us", "Côte" → "cote"). */
export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  if (isPlain(lower)) return lower;
  let out = lower.normalize("NFD").replace(DIACRITICS_RE, "").replace(/’/g, "'");
  if (out.length > 1) out = out.replace(/\./g, "");
  return out.replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** Splits a surface into raw tokens, wink-style: word runs (with inner ' ’ .) and single other marks. */
export function splitTokens(surface: string): string[] {
  const out: string[] = [];
  const n = surface.length;
  let i = 0;
  while (i < n) {
    const c = surface.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isWordCode(c, surface[i] as string)) {
      let j = i + 1;
      while (j < n) {
        const d = surface.charCodeAt(j);
        if (isInnerCode(d) || isWordCode(d, surface[j] as string)) j++;
        else break;
      }
      out.push(surface.slice(i, j));
      i = j;
    } else {
      // Surrogate pairs stay together.
      const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      out.push(surface.slice(i, i + w));
      i += w;
    }
  }
  return out;
}

/** Folded tokens of a surface; possessive "'s" and "s'" endings are split off like wink does. */
export function surfaceTokens(surface: string): string[] {
  const out: string[] = [];
  for (const raw of splitTokens(surface)) {
    const folded = foldToken(raw);
    if (folded.length > 2 && folded.endsWith("'s")) out.push(folded.slice(0, -2), "'s");
    // a plural possessive ("Workers' Party") reads as the word and its apostrophe, as wink splits it
    else if (folded.length > 1 && folded.endsWith("'")) out.push(folded.slice(0, -1), "'");
    else if (folded.length > 0) out.push(folded);
  }
  return out;
}

/** The lookup key of a surface: folded tokens joined by single spaces. */
export function surfaceKey(surface: string): string {
  return surfaceTokens(surface).join(" ");
}

/** Words dropped from the front of a surface when the full form is not known ("the Kremlin"). */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(["the"]);
