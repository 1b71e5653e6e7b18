/**
 * Cleaning a <title> into the article headline: drop the site-name part after a separator
 * (" | ", " - ", " – ", " — ", " » ", …) or before a colon, keep the whole title when the result would be too short.
 * Follows the approach of Readability's _getArticleTitle so both agree on ordinary pages.
 */

const SEPARATOR = / [|\-–—\\/>»] /;
const HIERARCHICAL = / [\\/>»] /;
/** A cleaned title with this few words or fewer is suspicious (probably just the site name). */
const MIN_TITLE_WORDS = 4;
/** Titles outside this length range are checked against a single <h1>. */
const MIN_TITLE_CHARS = 15;
const MAX_TITLE_CHARS = 150;

const words = (s: string) => s.split(/\s+/).length;

export function cleanTitle(orig: string, headings: string[], h1Count: number, onlyH1?: string): string {
  let cur = orig;
  let hierarchical = false;
  if (SEPARATOR.test(cur)) {
    hierarchical = HIERARCHICAL.test(cur);
    const seps = Array.from(orig.matchAll(/ [|\-–—\\/>»] /g));
    cur = orig.slice(0, seps[seps.length - 1]!.index);
    if (words(cur) < 3) cur = orig.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, "");
  } else if (cur.includes(": ")) {
    if (!headings.some((h) => h === cur.trim())) {
      cur = orig.slice(orig.lastIndexOf(":") + 1);
      if (words(cur) < 3) cur = orig.slice(orig.indexOf(":") + 1);
      else if (words(orig.slice(0, orig.indexOf(":"))) > 5) cur = orig;
    }
  } else if ((cur.length > MAX_TITLE_CHARS || cur.length < MIN_TITLE_CHARS) && h1Count === 1 && onlyH1) {
    cur = onlyH1;
  }
  cur = cur.trim().replace(/\s{2,}/g, " ");
  const n = words(cur);
  if (n <= MIN_TITLE_WORDS && (!hierarchical || n !== words(orig.replace(/[|\-–—\\/>»]+/g, "")) - 1)) cur = orig;
  return cur;
}
