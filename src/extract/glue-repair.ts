/**
 * Repairs words glued together where a scraper dropped the space at a link boundary
 * ("in officeHe extends" → "in office He extends"). Only when unambiguous: either the left-hand part is a
 * lower-case word of at least MIN_LOWER_LEFT letters ("householdsPrices"), or the right-hand part is a
 * common capitalised word that starts sentences (He, The, It, …) after at least MIN_LEFT letters with no
 * other capital inside ("TehranIt"), so names like McDonald, iPhone, YouTube or PlayStation stay whole.
 */

/** Words that often start a sentence and are never the tail of a real camel-cased name. */
const SENTENCE_STARTERS = new Set(
  (
    "He She It They We The This That These Those There Their His Her Its Our Your You I In On At As " +
    "But And Or So Yet For If When While Where Who What Why How After Before Since Although However " +
    "Meanwhile Instead Moreover Despite According During Many Some Most Several Both Each Such"
  ).split(" "),
);
/** The left part must have this many letters (so "iThe"-like brand forms are left alone). */
const MIN_LEFT = 3;

/** A capitalised left part ("TehranIt") needs this many letters. */
const MIN_CAPITAL_LEFT = 4;
/** Starters that end brand names after a capitalised word (LinkedIn, MoveOn, GoPro-like forms). */
const BRAND_TAILS = new Set(["In", "On", "At", "As", "Or", "So", "If", "I", "You", "Your", "Our", "Each"]);
/** A lower-case left part this long followed by a capitalised word is glued whatever that word is. */
const MIN_LOWER_LEFT = 4;
const MIN_RIGHT = 3;

const GLUED = /\b(\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}*)(?=[\s,.;:!?)"'’”]|$)/gu;

export interface GlueRepair {
  /** Where the repaired word starts in the repaired text, and its length there (with the new space). */
  start: number;
  end: number;
  /** The word as it was glued. */
  glued: string;
}

export function repairGluedWords(s: string): { text: string; repairs: GlueRepair[] } {
  const repairs: GlueRepair[] = [];
  let shift = 0;
  const text = s.replace(GLUED, (whole: string, left: string, right: string, offset: number) => {
    if (left.length < MIN_LEFT) return whole;
    // "householdsPrices": a lower-case word running into a capitalised one. Brand forms start with a
    // short lower-case prefix (iPhone, eBay) or a capital (YouTube), so only those need the starter list.
    const lowerLeft = /^\p{Ll}/u.test(left);
    const lowerRun = lowerLeft && left.length >= MIN_LOWER_LEFT && right.length >= MIN_RIGHT;
    // A capitalised left part with a short connective on the right is a brand (LinkedIn, MoveOn, NowThis).
    const starter = SENTENCE_STARTERS.has(right) && (lowerLeft || (left.length >= MIN_CAPITAL_LEFT && !BRAND_TAILS.has(right)));
    if (!lowerRun && !starter) return whole;
    const start = offset + shift;
    repairs.push({ start, end: start + whole.length + 1, glued: whole });
    shift++;
    return `${left} ${right}`;
  });
  return { text, repairs };
}
