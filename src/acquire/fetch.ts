/**
 * Polite HTTP fetching for ingest: a clear user-agent, robots.txt, a per-host delay, timeouts,
 * a body cap, at most MAX_REDIRECTS redirects (each hop checked again), a content-type check, and
 * loopback/private addresses refused unless allowed.
 */
import { gunzipSync } from "node:zlib";
import { Agent, request } from "undici";
import { EntenteError } from "../contract/errors.js";
import { assertPublicHost } from "./address.js";
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from "./robots.js";

export const USER_AGENT = "entente/0.1 (news-analysis research crawler; respects robots.txt)";
/** The robots.txt product token we obey rules for. */
export const ROBOTS_TOKEN = "entente";
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
/** Connect+headers and idle-body timeouts: a stalled server must not hold the ingest. */
export const TIMEOUT_MS = 15_000;
/** Default gap between two requests to one host (a polite crawler's usual second). */
export const HOST_DELAY_MS = 1000;
/** A robots.txt Crawl-delay above this is capped (a hostile value must not stall the run). */
const MAX_CRAWL_DELAY_MS = 30_000;

export type Accept = "article" | "xml" | "any";

const ACCEPTED: Record<Exclude<Accept, "any">, RegExp> = {
  article: /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i,
  xml: /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml|feed\+json|json|x-gzip|gzip)|text\/xml)\b/i,
};

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  hostDelayMs?: number;
  respectRobots?: boolean;
  userAgent?: string;
}

export interface Fetched {
  url: string;
  contentType: string | null;
  body: Buffer;
}

function code(e: unknown): string {
  return (e as { code?: string }).code ?? (e as Error).message ?? String(e);
}

export class Fetcher {
  private readonly agent: Agent;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly nextSlot = new Map<string, number>();
  private readonly o: Required<FetchOptions>;

  constructor(opts: FetchOptions = {}) {
    this.o = {
      allowPrivate: opts.allowPrivate ?? false,
      timeoutMs: opts.timeoutMs ?? TIMEOUT_MS,
      maxBytes: opts.maxBytes ?? MAX_BODY_BYTES,
      hostDelayMs: opts.hostDelayMs ?? HOST_DELAY_MS,
      respectRobots: opts.respectRobots ?? true,
      userAgent: opts.userAgent ?? USER_AGENT,
    };
    this.agent = new Agent({ connectTimeout: this.o.timeoutMs, headersTimeout: this.o.timeoutMs, bodyTimeout: this.o.timeoutMs });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GET a URL, following redirects; throws EntenteError E_FETCH / E_TOO_LARGE / E_UNSUPPORTED. */
  async fetch(target: string, accept: Accept = "article"): Promise<Fetched> {
    let url = parseUrl(target);
    for (let hop = 0; ; hop++) {
      if (!this.o.allowPrivate) await assertPublicHost(url);
      if (this.o.respectRobots && !(await this.rulesFor(url)).allow(url.pathname + url.search)) {
        throw new EntenteError("E_FETCH", `${url.href}: disallowed by robots.txt`);
      }
      await this.waitTurn(url);
      const res = await this.get(url);
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        if (hop >= MAX_REDIRECTS) throw new EntenteError("E_FETCH", `${target}: more than ${MAX_REDIRECTS} redirects`);
        url = parseUrl(String(res.headers.location), url);
        continue;
      }
      if (res.statusCode !== 200) {
        await res.body.dump();
        throw new EntenteError("E_FETCH", `${url.href}: HTTP ${res.statusCode}`);
      }
      const contentType = headerValue(res.headers["content-type"]);
      if (accept !== "any" && contentType && !ACCEPTED[accept].test(contentType)) {
        await res.body.dump();
        throw new EntenteError(
          "E_UNSUPPORTED",
          `${url.href}: content-type ${contentType} is not ${accept === "article" ? "HTML or text" : "XML"}`,
        );
      }
      let body = await this.readCapped(res, url);
      if (body[0] === 0x1f && body[1] === 0x8b) {
        try {
          body = gunzipSync(body, { maxOutputLength: this.o.maxBytes });
        } catch (e) {
          throw new EntenteError("E_TOO_LARGE", `${url.href}: gzip body is corrupt or over ${this.o.maxBytes} bytes (${code(e)})`);
        }
      }
      return { url: url.href, contentType, body };
    }
  }

  private async get(url: URL) {
    try {
      return await request(url, {
        method: "GET",
        dispatcher: this.agent,
        headers: { "user-agent": this.o.userAgent, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5" },
        headersTimeout: this.o.timeoutMs,
        bodyTimeout: this.o.timeoutMs,
      });
    } catch (e) {
      throw new EntenteError("E_FETCH", `${url.href}: ${code(e)}`);
    }
  }

  private async readCapped(res: Awaited<ReturnType<typeof request>>, url: URL): Promise<Buffer> {
    const declared = Number(headerValue(res.headers["content-length"]) ?? Number.NaN);
    if (declared > this.o.maxBytes) {
      res.body.destroy();
      throw new EntenteError("E_TOO_LARGE", `${url.href}: body of ${declared} bytes exceeds ${this.o.maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > this.o.maxBytes) {
          res.body.destroy();
          throw new EntenteError("E_TOO_LARGE", `${url.href}: body exceeds ${this.o.maxBytes} bytes`);
        }
        chunks.push(chunk as Buffer);
      }
    } catch (e) {
      if (e instanceof EntenteError) throw e;
      throw new EntenteError("E_FETCH", `${url.href}: ${code(e)}`);
    }
    return Buffer.concat(chunks);
  }

  /** Politeness: one request per host per delay (the larger of ours and robots' Crawl-delay). */
  private async waitTurn(url: URL): Promise<void> {
    const rules = this.o.respectRobots ? await this.rulesFor(url) : ALLOW_ALL;
    const gap = Math.max(this.o.hostDelayMs, Math.min(MAX_CRAWL_DELAY_MS, (rules.crawlDelay ?? 0) * 1000));
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(url.host) ?? 0);
    this.nextSlot.set(url.host, slot + gap);
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now));
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = this.loadRobots(url);
      this.robots.set(url.origin, p);
    }
    return p;
  }

  /** RFC 9309: 4xx means no rules; 5xx or unreachable means assume everything is disallowed. */
  private async loadRobots(url: URL): Promise<RobotsRules> {
    try {
      const res = await this.get(new URL("/robots.txt", url));
      if (res.statusCode >= 400 && res.statusCode < 500) {
        await res.body.dump();
        return ALLOW_ALL;
      }
      if (res.statusCode !== 200) {
        await res.body.dump();
        return res.statusCode >= 500 ? DISALLOW_ALL : ALLOW_ALL;
      }
      const txt = (await this.readCapped(res, url)).toString("utf8");
      return parseRobots(txt, ROBOTS_TOKEN);
    } catch {
      return DISALLOW_ALL;
    }
  }
}

function headerValue(h: string | string[] | undefined): string | null {
  if (h === undefined) return null;
  return Array.isArray(h) ? (h[0] ?? null) : h;
}

function parseUrl(s: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(s, base);
  } catch {
    throw new EntenteError("E_ARGS", `not a URL: ${s}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new EntenteError("E_UNSUPPORTED", `${s}: only http and https URLs are fetched`);
  return u;
}

/** Charset from a content-type header or an HTML meta tag; the decoded text. */
export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  const head = Buffer.from(body.subarray(0, 2048)).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const label = (fromHeader ?? fromMeta ?? "utf-8").toLowerCase();
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    throw new EntenteError("E_ENCODING", `unknown character encoding "${label}"`);
  }
}
