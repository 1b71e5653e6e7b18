/** Sitemaps (sitemaps.org, with the Google News extension): article URLs and publication dates, or child sitemaps. */
import { EntenteError } from "../contract/errors.js";

export interface SitemapEntry {
  url: string;
  publishedAt: string | null;
  title: string | null;
}

export interface Sitemap {
  kind: "urlset" | "index";
  entries: SitemapEntry[];
}

/** Most URLs one sitemap may contribute (the protocol's own cap is 50,000). */
export const MAX_SITEMAP_URLS = 50_000;

export function looksLikeSitemap(head: string): boolean {
  return /<(urlset|sitemapindex)[\s>]/i.test(head);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] as string)
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, x: string, n: string) => String.fromCodePoint(Number.parseInt(n, x ? 16 : 10)))
    .trim();
}

/** The first <name> (any namespace prefix) inside a block. */
function tag(block: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, "i").exec(block);
  return m ? unescapeXml(m[1] as string) : null;
}

export function parseSitemap(xml: string, base: string): Sitemap {
  const isIndex = /<sitemapindex[\s>]/i.test(xml);
  if (!isIndex && !/<urlset[\s>]/i.test(xml)) throw new EntenteError("E_INPUT", `${base}: not a sitemap (no <urlset> or <sitemapindex>)`);
  const blockRe = isIndex ? /<sitemap\b[^>]*>([\s\S]*?)<\/sitemap>/gi : /<url\b[^>]*>([\s\S]*?)<\/url>/gi;
  const entries: SitemapEntry[] = [];
  for (const m of xml.matchAll(blockRe)) {
    const block = m[1] as string;
    const loc = tag(block, "loc");
    if (!loc) continue;
    let url: string;
    try {
      url = new URL(loc, base).href;
    } catch {
      continue;
    }
    const date = tag(block, "publication_date") ?? tag(block, "lastmod");
    const t = date ? Date.parse(date) : Number.NaN;
    entries.push({ url, publishedAt: Number.isNaN(t) ? null : new Date(t).toISOString(), title: tag(block, "title") });
    if (entries.length >= MAX_SITEMAP_URLS) break;
  }
  return { kind: isIndex ? "index" : "urlset", entries };
}
