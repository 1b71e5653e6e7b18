/** RSS, Atom, RDF and JSON feeds (feedsmith) → the article links they list, with their dates. */
import { parseFeed } from "feedsmith";
import { EntenteError } from "../contract/errors.js";

export interface FeedItem {
  url: string;
  title: string | null;
  publishedAt: string | null;
}

/** Most items a feed may contribute (a runaway feed must not flood the run). */
export const MAX_FEED_ITEMS = 1000;

function isoDate(s: unknown): string | null {
  if (typeof s !== "string" || s.trim() === "") return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function text(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && typeof (v as { value?: unknown }).value === "string") return (v as { value: string }).value;
  return null;
}

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) || /^\s*\{[\s\S]*"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
}

/** Parse a feed document; relative links resolve against `base`. Throws E_INPUT on a malformed feed. */
export function feedItems(body: string, base: string): FeedItem[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (e) {
    throw new EntenteError("E_INPUT", `${base}: not a readable RSS/Atom/RDF/JSON feed (${(e as Error).message})`);
  }
  const out: FeedItem[] = [];
  const push = (link: unknown, title: unknown, date: unknown) => {
    if (typeof link !== "string" || link.trim() === "") return;
    let url: string;
    try {
      url = new URL(link.trim(), base).href;
    } catch {
      return;
    }
    out.push({ url, title: text(title), publishedAt: isoDate(date) });
  };
  const feed = parsed.feed as Record<string, unknown>;
  if (parsed.format === "atom") {
    for (const e of (feed.entries ?? []) as Record<string, unknown>[]) {
      const links = (e.links ?? []) as { href?: string; rel?: string }[];
      const link = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
      push(link?.href, e.title, e.published ?? e.updated);
    }
  } else if (parsed.format === "json") {
    for (const it of (feed.items ?? []) as Record<string, unknown>[]) push(it.url ?? it.external_url, it.title, it.date_published);
  } else {
    for (const it of (feed.items ?? []) as Record<string, unknown>[]) {
      const dc = it.dc as Record<string, unknown> | undefined;
      push(it.link ?? (it.guid as { value?: string } | undefined)?.value, it.title, it.pubDate ?? dc?.date ?? dc?.dates);
    }
  }
  return out.slice(0, MAX_FEED_ITEMS);
}
