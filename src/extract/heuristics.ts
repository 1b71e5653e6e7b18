/**
 * Named thresholds and word lists for extraction. General rules about page furniture, never
 * phrases taken from one page or sample.
 */
import type { RemovedKind } from "../contract/analysis.js";

/** A block shorter than this is not counted as article prose when locating the content. */
export const MIN_PROSE_CHARS = 30;
/** Share of a block's characters inside links above which it is not prose (menus, link lists). */
export const MAX_PROSE_LINK_DENSITY = 0.35;
/** List items weigh this much when locating the paragraph container (teaser lists are long too). */
export const LIST_PROSE_WEIGHT = 0.25;
/**
 * A sibling of the paragraph container (index 0), of its parent (1), … joins the article when it holds
 * this share of the container's prose; higher levels ask for more, being likelier page columns.
 */
export const SIBLING_LEVELS = [0.2, 0.3, 0.4];
/** Adjacent prose joins the article across at most this many non-prose blocks (captions, bylines, embeds). */
export const MAX_EXTENSION_GAP = 0;
/** A noise-looking element (by class/id) that holds this share of the page's prose is kept anyway. */
export const PROTECT_NOISE_SHARE = 0.4;
/** A kept block whose link density exceeds this is navigation, not text. */
export const MAX_BLOCK_LINK_DENSITY = 0.6;
/** Below this much prose on the lean path we fall back to Readability. */
export const MIN_LEAN_PROSE_CHARS = 400;
/** Short-block limit for text-pattern noise (prompts, credits, labels are short). */
export const SHORT_BLOCK_CHARS = 120;

/** Tags whose whole subtree is page furniture, with the kind it is recorded as. */
export const NOISE_TAGS = new Map<string, RemovedKind>([
  ["nav", "navigation"],
  ["aside", "related"],
  ["figure", "caption"],
  ["figcaption", "caption"],
  ["form", "other"],
  ["footer", "other"],
  ["menu", "navigation"],
  ["dialog", "other"],
]);

/** ARIA roles of furniture. */
export const NOISE_ROLES = new Map<string, RemovedKind>([
  ["navigation", "navigation"],
  ["complementary", "related"],
  ["banner", "navigation"],
  ["contentinfo", "other"],
  ["dialog", "other"],
  ["alertdialog", "other"],
  ["menu", "navigation"],
  ["menubar", "navigation"],
  ["search", "navigation"],
]);

/**
 * Words in class/id attributes (split at -, _, spaces and camelCase) that mark furniture. Exact words
 * only, so that "header-ad" matches "ad" but "address" or "shadow" do not.
 */
export const NOISE_CLASS_WORDS = new Map<string, RemovedKind>([
  ...(["caption", "captions", "figcaption", "wp-caption", "img-caption", "photo-caption"] as const).map(
    (w) => [w, "caption"] as [string, RemovedKind],
  ),
  ...(["credit", "credits", "copyright", "byline-credit"] as const).map((w) => [w, "credit"] as [string, RemovedKind]),
  ...(
    [
      "related",
      "recommended",
      "recommendations",
      "recirc",
      "recirculation",
      "more-stories",
      "outbrain",
      "taboola",
      "trending",
      "popular",
      "most-read",
      "mostread",
      "readmore",
      "read-more",
      "see-also",
      "also-read",
      "sidebar",
      "widget",
      "widgets",
    ] as const
  ).map((w) => [w, "related"] as [string, RemovedKind]),
  ...(["comment", "comments", "commenting", "disqus", "discussion", "respond", "replies"] as const).map(
    (w) => [w, "comments"] as [string, RemovedKind],
  ),
  ...(
    [
      "ad",
      "ads",
      "adv",
      "advert",
      "adverts",
      "advertisement",
      "advertising",
      "adslot",
      "adunit",
      "adsense",
      "dfp",
      "gpt",
      "sponsor",
      "sponsored",
      "promo",
      "promotion",
      "banner",
      "native-ad",
      "outstream",
    ] as const
  ).map((w) => [w, "ad"] as [string, RemovedKind]),
  ...(["newsletter", "newsletters", "subscribe", "subscription", "signup", "sign-up", "paywall", "regwall", "inline-signup"] as const).map(
    (w) => [w, "newsletter"] as [string, RemovedKind],
  ),
  ...(["share", "shares", "sharing", "sharebar", "sociallinks", "addthis", "sharethis"] as const).map(
    (w) => [w, "share"] as [string, RemovedKind],
  ),
  ...(
    [
      "nav",
      "navbar",
      "navigation",
      "menu",
      "breadcrumb",
      "breadcrumbs",
      "pagination",
      "pager",
      "skip",
      "masthead",
      "toolbar",
      "tags",
      "tag-list",
      "topics",
      "keywords",
    ] as const
  ).map((w) => [w, "navigation"] as [string, RemovedKind]),
  ...(["cookie", "cookies", "consent", "gdpr", "privacy-banner"] as const).map((w) => [w, "cookie"] as [string, RemovedKind]),
  ...(["bio", "author-bio", "authorbio", "about-author", "author-info", "contributor-bio"] as const).map(
    (w) => [w, "bio"] as [string, RemovedKind],
  ),
  ...(
    [
      "hidden",
      "sr-only",
      "visually-hidden",
      "screen-reader-text",
      "screenreader",
      "offscreen",
      "print-only",
      "modal",
      "popup",
      "overlay",
    ] as const
  ).map((w) => [w, "other"] as [string, RemovedKind]),
]);

/** Class-word prefixes for glued forms ("relatedArticles", "sharebuttons", "newsletterSignup"). */
export const NOISE_CLASS_PREFIXES: Array<[string, RemovedKind]> = [
  ["related", "related"],
  ["recommend", "related"],
  ["newsletter", "newsletter"],
  ["advert", "ad"],
  ["sponsor", "ad"],
  ["comments", "comments"],
  ["sharing", "share"],
  ["socialshare", "share"],
  ["sharebutton", "share"],
  ["breadcrumb", "navigation"],
  ["cookie", "cookie"],
];

/** Text patterns of short furniture blocks, checked in order; each applies to blocks ≤ SHORT_BLOCK_CHARS. */
export const SHORT_TEXT_RULES: Array<[RegExp, RemovedKind]> = [
  [
    /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads by \w+|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|paid content)$/i,
    "ad",
  ],
  [
    /^(?:\d+\s+)?comments?$|^(?:leave|post|add|write) a (?:reply|comment)\b|^join the (?:conversation|discussion)\b|^(?:view|show|read|load) (?:all |more )?comments?\b|^comments? (?:are|have been) (?:closed|disabled)|required fields are marked|your email address will not be published/i,
    "comments",
  ],
  [
    /^(?:share|share this(?: article| story| page)?|share on \w+|tweet(?: this)?|email this|print(?: this)?(?: article| page)?|follow us\b.*|follow \w+ on (?:twitter|facebook|instagram|x)\b.*|click to share\b.*)$/i,
    "share",
  ],
  [
    /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|e-?mail alerts?|briefing)\b|^get (?:our|the) .{0,60}newsletter|^newsletter\b/i,
    "newsletter",
  ],
  [
    /^(?:see also|read more|read next|related(?: articles?| stories| coverage| content| reading| links?)?|more on this(?: story| topic)?|more from\b|recommended(?: for you| stories| reading)?|you may also like|you might also like|also read|don'?t miss|most (?:read|popular|viewed)|trending(?: now)?|top stories|editor'?s picks?|watch(?: now)?|listen(?: to this article)?|more:)\b/i,
    "related",
  ],
  [/\b(?:we use cookies|this (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i, "cookie"],
  [
    /^(?:photo|photograph|image|picture|video|graphic|illustration|file photo|credit|source)s?(?: credit)?\s*[:|©]|^©|\bvia getty images$|\bgetty images$|\/\s?(?:AFP|AP|Reuters|EPA|Getty|Shutterstock|Bloomberg|Xinhua|Anadolu|Sipa|dpa|ANSA|Corbis)(?: via [\w .]+)?\)?$|^\(?(?:photo|image|picture)s?:?\s*\)?$/i,
    "credit",
  ],
];

/** A byline block: "By Name …" (short). */
export const BYLINE_RULE = /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]+/u;
/** A bio block: "Name is/was a reporter …" style, recognised only at the end of the article. */
export const BIO_RULE =
  /^(?:\p{Lu}[\p{L}.'’-]+\s){1,4}(?:is|was|has been|covers|writes)\b.{0,200}\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|author|bureau chief|analyst|fellow|professor)\b/u;
