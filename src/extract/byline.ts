/**
 * Bylines: the author line printed on the page (rel=author, itemprop=author, byline/author classes),
 * and the individual author names in a byline ("By Jane Doe and John Roe, Staff Writers | May 3" →
 * Jane Doe, John Roe).
 */
import type { RemovedKind } from "../contract/analysis.js";
import { noiseKindOf } from "./html-blocks.js";
import { attr, type El } from "./html-tree.js";

const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;
/** A byline longer than this is a bio or a box of links, not an author line. */
export const MAX_BYLINE_CHARS = 100;
/** Dates, times and separators that a byline box may hold beside the names. */
const BYLINE_EXTRAS = /\d|[•·|]/;
/**
 * Class/id words of parts of a byline box that are not the names: job titles, dates, avatars, follow
 * buttons ("author-title", "byline__date", "author-avatar").
 */
const NOT_NAME_WORDS = new Set([
  "title",
  "role",
  "job",
  "jobtitle",
  "position",
  "desc",
  "description",
  "bio",
  "date",
  "time",
  "timestamp",
  "published",
  "updated",
  "avatar",
  "photo",
  "image",
  "img",
  "follow",
  "social",
  "twitter",
  "email",
  "count",
]);
/** Inline elements: their text runs on; any other element starts a new line of the byline. */
const INLINE = new Set(["a", "span", "b", "strong", "em", "i", "cite", "abbr", "small", "font", "u", "sup", "sub", "bdi", "mark"]);

export function isBylineMarked(el: El): boolean {
  return (
    attr(el, "rel") === "author" || attr(el, "itemprop").includes("author") || BYLINE_CLASS.test(`${attr(el, "class")} ${attr(el, "id")}`)
  );
}

function isNotNamePart(el: El): boolean {
  if (el.tag === "time") return true;
  const names = `${attr(el, "class")} ${attr(el, "id")}`;
  if (names.length === 1) return false;
  for (const part of names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/))
    if (NOT_NAME_WORDS.has(part)) return true;
  return false;
}

/**
 * A byline element's text without its job-title, date and avatar parts; <br> and block children
 * become line breaks (the names are on the first line, "WebMD Health News" or a date below).
 */
export function bylineText(outer: El): string {
  let s = "";
  const walk = (el: El) => {
    for (const c of el.children) {
      if (typeof c === "string") s += c.replace(/\s+/g, " ");
      else if (c.tag === "br") s += "\n";
      else if (isNotNamePart(c)) s += INLINE.has(c.tag) ? " " : "\n";
      else if (INLINE.has(c.tag)) walk(c);
      else {
        s += "\n";
        walk(c);
        s += "\n";
      }
    }
  };
  walk(outer);
  return s
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Pushes el's child elements so that they pop in document order (a loop: pages can have 100k children). */
function pushChildren(stack: El[], el: El): void {
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (c && typeof c !== "string") stack.push(c);
  }
}

/** The first marked element inside `outer` whose text has no date or separator. */
function innerByline(outer: El): string | null {
  const stack: El[] = [];
  pushChildren(stack, outer);
  while (stack.length) {
    const el = stack.pop() as El;
    if (isBylineMarked(el)) {
      const text = bylineText(el);
      if (text && !BYLINE_EXTRAS.test(text)) return text;
    }
    pushChildren(stack, el);
  }
  return null;
}

function itemName(outer: El): string | null {
  const stack: El[] = [];
  pushChildren(stack, outer);
  while (stack.length) {
    const el = stack.pop() as El;
    if (attr(el, "itemprop").includes("name")) return squash(bylineText(el)) || null;
    pushChildren(stack, el);
  }
  return null;
}

/**
 * The first visible element that marks itself as the byline, as printed (line breaks kept). Furniture
 * (menus, comment threads, teasers, modals) is skipped unless it holds the article: `articlePath` is
 * the article container and its ancestors, whose furniture-looking classes do not count.
 */
const SKIPPED_FURNITURE = new Set<RemovedKind>(["navigation", "comments", "other"]);

export function bylineFromPage(root: El, articlePath: Set<El>): string | null {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el.attrs.hidden !== undefined || el.attrs["aria-hidden"] === "true") continue;
    // Menus hold "author"-classed account links and comment threads their commenters' bylines. Other
    // furniture classes ("aside", "credit-bar", "meta caption") often hold the real byline box.
    const kind = noiseKindOf(el);
    if (kind && SKIPPED_FURNITURE.has(kind) && !articlePath.has(el)) continue;
    if (isBylineMarked(el)) {
      const text = bylineText(el);
      // A byline box that also holds the date or a reading time: prefer a marked inner element without them.
      const inner = BYLINE_EXTRAS.test(text) ? innerByline(el) : null;
      if (inner) return inner;
      // A box with no name in it ("Last updated: May 3", "Follow") is not the byline.
      if (text.length > 0 && squash(text).length < MAX_BYLINE_CHARS && authorsFromByline(text).length > 0) return itemName(el) ?? text;
    }
    pushChildren(stack, el);
  }
  return null;
}

/** "By", "Written by", "Posted by" and their equivalents in a few languages, at the start. */
const BY_WORD =
  /^\s*(?:(?:written|posted|words|reported|text|story|compiled)\s+)?(?:by|from|por|par|von|door|di|av|af|przez|напис\S*)\s*:?\s+/iu;
/** Where the names end: a separator, a date, a weekday, an "Updated" label or a reading time. */
const NAMES_END = new RegExp(
  [
    "\\s[|•·—–]\\s?",
    "\\s-\\s",
    "\\b(?:last updated|updated|published|posted|last modified|modified)\\b",
    "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b",
    "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d",
    "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}",
    "\\b\\d+\\s*(?:min|minutes?|hours?|hrs?|days?)\\b",
    "@",
  ].join("|"),
  "i",
);
/** "(https://example.org/~jane)" or "(@jane)" after a name. */
const LINK_IN_PARENS = /\s*\((?:https?:|www\.|@)[^)]*\)/gi;
const NAME_SEPARATOR = /\s*(?:,|;|\s(?:and|und|et|y)\s|&)\s*/i;
/** Academic and professional post-nominals written after a name ("Jane Doe, MD"). */
const CREDENTIAL = /^(?:MA|MS|MSc|BA|BSc|PhD|MD|MBA|MPH|RN|DO|JD|DDS|LLB|LLM|Esq\.?|CFA|CPA)$/;
/** Last words of a job title printed after a name ("Staff Writer", "Games Editor", "Senior Correspondent"). */
const ROLE_WORD =
  /^(?:editor|editors|writer|writers|reporter|reporters|correspondent|correspondents|columnist|contributor|producer|journalist|critic|analyst|photographer|intern|staff|team|desk|bureau|chief)$/i;
/** Words that only ever form a role, never a name ("Staff Writer", "Senior Editor"). */
const ROLE_ONLY =
  /^(?:(?:senior|chief|staff|special|political|foreign|contributing|deputy|managing|executive|news|science|business|sports|associate|assistant|guest|the)\s+)*(?:editor|editors|writer|writers|reporter|reporters|correspondent|correspondents|columnist|contributor|producer|journalist|critic|analyst|photographer|intern|staff)$/i;
/** A name is at most this many words (longer parts are sentences or organisations' taglines). */
const MAX_NAME_WORDS = 5;
/** Words a name keeps when a role is cut from its end ("Ben Silverman Games Editor" → "Ben Silverman"). */
const MIN_NAME_WORDS = 2;
/** At most this many words before a role word belong to the role ("Games Editor", "BuzzFeed News Reporter"). */
const MAX_ROLE_LEAD_WORDS = 2;

function cleanName(part: string): string | null {
  const words = part.split(/\s+/).filter(Boolean);
  while (words.length > 0 && CREDENTIAL.test(words[words.length - 1]!.replace(/,$/, ""))) words.pop();
  if (words.length === 0 || ROLE_ONLY.test(words.join(" "))) return null;
  if (words.length > MIN_NAME_WORDS && ROLE_WORD.test(words[words.length - 1]!)) {
    words.pop();
    for (let k = 0; k < MAX_ROLE_LEAD_WORDS && words.length > MIN_NAME_WORDS; k++) words.pop();
  }
  const name = words.join(" ");
  if (words.length > MAX_NAME_WORDS || /\d|https?:|www\./i.test(name)) return null;
  return /^[\p{Lu}\p{Lo}]/u.test(name) ? name : null;
}

/** Individual names from a byline: drops "By", dates, job titles, credentials and everything after the names. */
export function authorsFromByline(byline: string | null): string[] {
  if (!byline) return [];
  const stripped = byline.replace(BY_WORD, "");
  const firstLine = stripped.split("\n")[0] ?? "";
  const end = NAMES_END.exec(firstLine);
  const names = (end ? firstLine.slice(0, end.index) : firstLine).replace(BY_WORD, "").replace(LINK_IN_PARENS, "").trim();
  const parts = names.split(NAME_SEPARATOR).map((p) => p.trim());
  const out: string[] = [];
  for (const p of parts) {
    const name = cleanName(p);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
