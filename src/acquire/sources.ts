/**
 * Expanding `entente ingest` arguments into sources: files and folders (recursive), JSONL files and
 * stdin, WARC archives, and URLs (an article, an RSS/Atom feed whose items are followed, or a
 * sitemap). Each yields a task with a stable locator, loaded lazily so a re-run skips stored ones
 * without reading or fetching them; anything that cannot be expanded yields a failure and the run goes on.
 */
import { createReadStream, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { EntenteError, toErrorInfo } from "../contract/errors.js";
import { feedItems, looksLikeFeed } from "./feed.js";
import { decodeBody, type Fetcher } from "./fetch.js";
import { isUrl, readArticleFile } from "./file.js";
import { parseJsonlLine, readJsonl } from "./jsonl.js";
import type { RawInput } from "./raw-input.js";
import { looksLikeSitemap, parseSitemap } from "./sitemap.js";
import { readWarc } from "./warc.js";

export type SourceKind = "file" | "jsonl" | "stdin" | "warc" | "url" | "feed-item" | "sitemap-url";

export type SourceEvent =
  | { type: "task"; locator: string; kind: SourceKind; load: () => Promise<RawInput> }
  | { type: "failure"; locator: string; kind: SourceKind; error: { code: string; message: string } };

export interface ExpandContext {
  fetcher: Fetcher;
  /** True when the locator is already stored: URLs then are not fetched again. */
  isDone(locator: string): boolean;
  stdin?: Readable;
}

/** Article files taken from folders (optionally gzipped). */
export const ARTICLE_EXT = /\.(html?|txt|md|json)(\.gz)?$/i;
export const JSONL_EXT = /\.jsonl(\.gz)?$/i;
export const WARC_EXT = /\.warc(\.gz)?$/i;
/** How deep sitemap indexes may nest. */
const MAX_SITEMAP_DEPTH = 2;

/** Every ingestible file under a folder, sorted, following no symlinked folders. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith(".")) continue;
      const p = resolve(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && (ARTICLE_EXT.test(e.name) || JSONL_EXT.test(e.name) || WARC_EXT.test(e.name))) out.push(p);
    }
  };
  visit(dir);
  return out;
}

/** How many sources the arguments hold when that is known without reading them (files only), else null. */
export function countKnownSources(args: readonly string[]): number | null {
  let n = 0;
  for (const a of args) {
    if (a === "-" || isUrl(a)) return null;
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(a);
    } catch {
      n++;
      continue;
    }
    const files = st.isDirectory() ? walkFiles(a) : [resolve(a)];
    for (const f of files) {
      if (JSONL_EXT.test(f) || WARC_EXT.test(f)) return null;
      n++;
    }
  }
  return n;
}

function fail(locator: string, kind: SourceKind, e: unknown): SourceEvent {
  return { type: "failure", locator, kind, error: toErrorInfo(e) };
}

/** A .json article file: one {id?, text|html, url?, publishedAt?} object (the file name is the default id). */
function readJsonArticle(path: string): RawInput {
  const raw = readArticleFile(path);
  let obj: unknown;
  try {
    obj = JSON.parse(Buffer.from(raw.bytes ?? []).toString("utf8"));
  } catch (e) {
    throw new EntenteError("E_INPUT", `${path}: not valid JSON (${(e as Error).message})`);
  }
  if (obj && typeof obj === "object" && !Array.isArray(obj) && !("id" in obj)) obj = { id: raw.id, ...obj };
  const rec = parseJsonlLine(JSON.stringify(obj), 1);
  if (!rec.ok) throw rec.error;
  return rec.input;
}

function fileTask(path: string): SourceEvent {
  const locator = `file:${path}`;
  const load = async () => (/\.json(\.gz)?$/i.test(path) ? readJsonArticle(path) : readArticleFile(path));
  return { type: "task", locator, kind: "file", load };
}

async function* jsonlTasks(stream: Readable, prefix: string, kind: SourceKind): AsyncGenerator<SourceEvent> {
  let n = 0;
  for await (const rec of readJsonl(stream)) {
    n++;
    if (!rec.ok) {
      yield { type: "failure", locator: `${prefix}#${rec.id ?? `line-${n}`}`, kind, error: toErrorInfo(rec.error) };
      continue;
    }
    const input = rec.input;
    yield { type: "task", locator: `${prefix}#${input.id}`, kind, load: async () => input };
  }
}

async function* fileSources(path: string): AsyncGenerator<SourceEvent> {
  if (JSONL_EXT.test(path)) {
    const raw = createReadStream(path);
    const stream = path.toLowerCase().endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
    try {
      yield* jsonlTasks(stream, `jsonl:${path}`, "jsonl");
    } catch (e) {
      yield fail(`jsonl:${path}`, "jsonl", new EntenteError("E_IO", `cannot read ${path}: ${toErrorInfo(e).message}`));
    }
  } else if (WARC_EXT.test(path)) {
    for await (const r of readWarc(path)) {
      if (r.ok) yield { type: "task", locator: r.locator, kind: "warc", load: async () => r.input };
      else yield { type: "failure", locator: r.locator, kind: "warc", error: r.error };
    }
  } else yield fileTask(path);
}

async function* urlSources(url: string, ctx: ExpandContext, depth = 0, kind: SourceKind = "url"): AsyncGenerator<SourceEvent> {
  if (ctx.isDone(url)) {
    yield { type: "task", locator: url, kind, load: () => Promise.reject(new EntenteError("E_INTERNAL", "already stored")) };
    return;
  }
  let fetched: Awaited<ReturnType<Fetcher["fetch"]>>;
  try {
    fetched = await ctx.fetcher.fetch(url, "any");
  } catch (e) {
    yield fail(url, kind, e);
    return;
  }
  const head = fetched.body.subarray(0, 4096).toString("utf8");
  const isXml = /xml|rss|atom|json/i.test(fetched.contentType ?? "") || /^\s*<\?xml/.test(head);
  if (isXml && looksLikeFeed(head)) {
    let items: ReturnType<typeof feedItems>;
    try {
      items = feedItems(decodeBody(fetched.body, fetched.contentType), fetched.url);
    } catch (e) {
      yield fail(url, "url", e);
      return;
    }
    for (const it of items) yield* articleUrl(it.url, it.publishedAt, "feed-item", ctx);
    return;
  }
  if (isXml && looksLikeSitemap(head)) {
    let map: ReturnType<typeof parseSitemap>;
    try {
      map = parseSitemap(decodeBody(fetched.body, fetched.contentType), fetched.url);
    } catch (e) {
      yield fail(url, "url", e);
      return;
    }
    for (const entry of map.entries) {
      if (map.kind === "index") {
        if (depth < MAX_SITEMAP_DEPTH) yield* urlSources(entry.url, ctx, depth + 1, "sitemap-url");
      } else yield* articleUrl(entry.url, entry.publishedAt, "sitemap-url", ctx);
    }
    return;
  }
  if (!/^(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(fetched.contentType ?? "text/html")) {
    yield fail(
      url,
      kind,
      new EntenteError("E_UNSUPPORTED", `${url}: content-type ${fetched.contentType} is not an article, feed or sitemap`),
    );
    return;
  }
  const input = pageInput(url, fetched);
  yield { type: "task", locator: url, kind, load: async () => input };
}

/** A fetched page as a RawInput: decoded with its charset, HTML unless declared plain text. */
export function pageInput(
  id: string,
  fetched: { url: string; contentType: string | null; body: Buffer },
  publishedAt?: string | null,
): RawInput {
  const content = decodeBody(fetched.body, fetched.contentType);
  const isText = /^text\/plain/i.test(fetched.contentType ?? "");
  const input: RawInput = { id, url: fetched.url, contentType: fetched.contentType, publishedAt: publishedAt ?? null };
  if (isText) input.text = content;
  else input.html = content;
  return input;
}

async function* articleUrl(url: string, publishedAt: string | null, kind: SourceKind, ctx: ExpandContext): AsyncGenerator<SourceEvent> {
  yield {
    type: "task",
    locator: url,
    kind,
    load: async () => pageInput(url, await ctx.fetcher.fetch(url, "article"), publishedAt?.slice(0, 10) ?? null),
  };
}

/** All sources of the arguments, in order. */
export async function* expandSources(args: readonly string[], ctx: ExpandContext): AsyncGenerator<SourceEvent> {
  for (const arg of args) {
    if (arg === "-") {
      yield* jsonlTasks(ctx.stdin ?? process.stdin, "stdin", "stdin");
    } else if (isUrl(arg)) {
      yield* urlSources(arg, ctx);
    } else {
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(arg);
      } catch (e) {
        yield fail(`file:${resolve(arg)}`, "file", new EntenteError("E_IO", `cannot read ${arg}: ${(e as NodeJS.ErrnoException).code}`));
        continue;
      }
      if (st.isDirectory()) {
        for (const f of walkFiles(arg)) yield* fileSources(f);
      } else if (/\.xml(\.gz)?$/i.test(arg)) {
        yield* localXml(resolve(arg), ctx);
      } else yield* fileSources(resolve(arg));
    }
  }
}

/** A feed or sitemap saved as a file: its links are fetched. */
async function* localXml(path: string, ctx: ExpandContext): AsyncGenerator<SourceEvent> {
  let xml: string;
  try {
    xml = decodeBody(readArticleFile(path).bytes ?? Buffer.alloc(0), null);
  } catch (e) {
    yield fail(`file:${path}`, "file", e);
    return;
  }
  const base = `file://${path}`;
  try {
    if (looksLikeSitemap(xml.slice(0, 4096))) {
      const map = parseSitemap(xml, base);
      for (const e of map.entries) {
        if (map.kind === "index") yield* urlSources(e.url, ctx, 1, "sitemap-url");
        else yield* articleUrl(e.url, e.publishedAt, "sitemap-url", ctx);
      }
    } else for (const it of feedItems(xml, base)) yield* articleUrl(it.url, it.publishedAt, "feed-item", ctx);
  } catch (e) {
    yield fail(`file:${path}`, "file", e);
  }
}
