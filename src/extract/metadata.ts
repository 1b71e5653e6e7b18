/**
 * Page metadata from a light tree, in order of trust: JSON-LD, then meta tags (Dublin Core,
 * OpenGraph, Twitter, Parse.ly, article:*), then the page itself (<title>, <time>, byline elements),
 * then the URL.
 */
import type { Document } from "../contract/analysis.js";
import { authorsFromByline, bylineFromPage } from "./byline.js";
import { dateFromUrl, normaliseDateValue } from "./dates.js";
import { attr, type El, findAll, type LightTree, textOf } from "./html-tree.js";
import { readJsonLd } from "./json-ld.js";
import { cleanTitle } from "./title.js";

export type PageMeta = Pick<
  Document,
  "title" | "byline" | "authors" | "publisher" | "language" | "url" | "publishedAt" | "publishedAtSource"
>;

const PROPERTY_KEY = /^\s*(article|dc|dcterm|dcterms|og|twitter)\s*:\s*([a-z_:]+)\s*$/i;
const NAME_KEY = /^\s*(?:(article|dc|dcterm|dcterms|og|twitter|parsely|sailthru|weibo:(?:article|webpage))\s*[-.:]\s*)?([a-z_-]+)\s*$/i;

/** meta property/name/itemprop → content, keys lower-cased with "." and "-" after a prefix turned into ":". */
function metaValues(tree: LightTree): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of tree.head.metas) {
    const content = (m.content ?? "").trim();
    if (!content) continue;
    // property="og:title article:author" is a space-separated list; name="author" is one name.
    for (const [raw, pattern] of [
      [m.property, PROPERTY_KEY],
      [m.name, NAME_KEY],
      [m.itemprop, NAME_KEY],
    ] as const) {
      if (!raw) continue;
      for (const one of pattern === PROPERTY_KEY ? raw.split(/\s+/) : [raw]) {
        const p = pattern.exec(one);
        if (!p) continue;
        const key = p[1] ? `${p[1].toLowerCase()}:${p[2]!.toLowerCase()}` : p[2]!.toLowerCase();
        // Later tags win, as in Readability (pages often repeat a name-form tag with a property-form one).
        values.set(key, content);
      }
    }
    if (m["http-equiv"]?.toLowerCase() === "content-language" && !values.has("content-language")) values.set("content-language", content);
  }
  return values;
}

const first = (values: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = values.get(k);
    if (v) return v;
  }
  return null;
};

const isUrl = (s: string) => /^https?:\/\//i.test(s.trim());

function timeElementDate(root: El): string | null {
  const times = findAll(root, new Set(["time"]));
  const pick =
    times.find((t) => /publish|posted|created/i.test(`${attr(t, "itemprop")} ${attr(t, "class")} ${attr(t, "id")}`)) ??
    times.find((t) => attr(t, "pubdate") !== "" || attr(t, "datetime") !== "");
  return pick ? normaliseDateValue(attr(pick, "datetime") || textOf(pick)) : null;
}

function languageOf(tree: LightTree, values: Map<string, string>, jsonLang: string | null): string | null {
  const raw = tree.head.lang ?? jsonLang ?? values.get("content-language") ?? values.get("og:locale") ?? null;
  if (!raw) return null;
  const code = raw
    .trim()
    .split(/[,;\s]/)[0]!
    .replace(/_/g, "-");
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(code) ? code : null;
}

/** True when an author value names the site (its name, a domain or a handle) rather than a person. */
function namesTheSite(author: string, siteNames: Array<string | null | undefined>): boolean {
  const a = author.trim();
  if (/^@\w+$|^[\w-]+(?:\.[\w-]+)+$/.test(a)) return true;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return siteNames.some((s) => s && key(s) !== "" && key(s) === key(a));
}

/** `article` is the element chosen as the article container (furniture marks on it and above are ignored). */
export function readMetadata(tree: LightTree, url: string | null, article: El | null = null): PageMeta {
  const values = metaValues(tree);
  const ld = readJsonLd(tree.head.jsonLd);
  const squash = (el: El) => textOf(el).replace(/\s+/g, " ").trim();
  const headings = findAll(tree.root, new Set(["h1", "h2"])).map(squash);
  const h1s = findAll(tree.root, new Set(["h1"]));
  const pageTitle = cleanTitle(tree.head.title.replace(/\s+/g, " ").trim(), headings, h1s.length, h1s[0] ? squash(h1s[0]) : undefined);
  let title: string | null = null;
  if (ld?.name && ld.headline && ld.name !== ld.headline) {
    title = similarity(ld.headline, pageTitle) > similarity(ld.name, pageTitle) ? ld.headline : ld.name;
  } else title = ld?.name ?? ld?.headline ?? null;
  title ??=
    first(values, [
      "dc:title",
      "dcterm:title",
      "dcterms:title",
      "og:title",
      "weibo:article:title",
      "title",
      "twitter:title",
      "parsely:title",
    ]) ??
    (pageTitle || null) ??
    // No <title>: the page's only <h1> names it.
    (h1s.length === 1 && h1s[0] ? squash(h1s[0]) || null : null);
  const publisher = ld?.publisher ?? first(values, ["og:site_name", "application-name", "publisher", "twitter:site"]);
  // Profile links (article:author is often one) are not names.
  const authorValues = ["dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely:author", "sailthru:author", "article:author"]
    .map((k) => values.get(k))
    .filter((v): v is string => !!v && !isUrl(v));
  const metaByline = (ld?.authors.length ? ld.authors.join(", ") : null) ?? authorValues[0] ?? null;
  // A metadata author that only names the site gives way to the byline printed with the article.
  const siteWide = metaByline !== null && namesTheSite(metaByline, [publisher, values.get("og:site_name"), values.get("twitter:site")]);
  const articlePath = new Set<El>();
  for (let e = article; e; e = e.parent) articlePath.add(e);
  const printed = metaByline === null || siteWide ? bylineFromPage(tree.root, articlePath) : null;
  const byline = printed ?? metaByline;
  const authors = ld?.authors.length && !printed ? ld.authors : authorsFromByline(byline);
  const canonical = tree.head.links.find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.rel ?? "") && isUrl(l.href ?? ""))?.href;
  const pageUrl = canonical ?? first(values, ["og:url"]) ?? url;

  let publishedAt: string | null = null;
  let publishedAtSource: PageMeta["publishedAtSource"] = null;
  const metaDate =
    normaliseDateValue(ld?.datePublished) ??
    normaliseDateValue(
      first(values, [
        "article:published_time",
        "parsely:pub-date",
        "datepublished",
        "dc:date",
        "dcterms:created",
        "dcterms:date",
        "pubdate",
        "publishdate",
        "publish-date",
        "sailthru:date",
        "date",
        "og:published_time",
        "article:published",
      ]),
    ) ??
    timeElementDate(tree.root);
  if (metaDate) {
    publishedAt = metaDate;
    publishedAtSource = "metadata";
  } else {
    const fromUrl = dateFromUrl(pageUrl) ?? dateFromUrl(url);
    if (fromUrl) {
      publishedAt = fromUrl;
      publishedAtSource = "url";
    }
  }
  return {
    title: title?.trim() || null,
    byline: byline?.replace(/\s+/g, " ").trim() || null,
    authors,
    publisher: publisher?.trim() || null,
    language: languageOf(tree, values, ld?.language ?? null),
    url: pageUrl ?? null,
    publishedAt,
    publishedAtSource,
  };
}

/** Share of b's words found in a (Readability's title similarity, symmetric enough for a tie-break). */
function similarity(a: string, b: string): number {
  const ta = new Set(a.toLowerCase().split(/\W+/).filter(Boolean));
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.size || !tb.length) return 0;
  return tb.filter((t) => ta.has(t)).length / tb.length;
}
