/**
 * The store's typed API: `open(path)` gives a Store over an entente SQLite database
 * (schema in ./schema.ts, documented in docs/store.md). Read methods are what the CLI `query`
 * command, the HTTP server and the web UI use; writing goes through src/corpus/ingest.ts.
 */
import { existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Analysis } from "../contract/analysis.js";
import { EntenteError } from "../contract/errors.js";
import { type BlocOptions, computeBlocs } from "../corpus/blocs.js";
import { type ClaimOptions, findClaims } from "../corpus/claims.js";
import { actorProfile } from "../corpus/profile.js";
import { actorTimeline, dyadTimeline } from "../corpus/timeline.js";
import { type Db, DEFAULT_DB_PATH, openDb } from "./db.js";
import { getArticle, listArticles, listSources, queryEvents, queryQuotes, searchArticles, storeStats } from "./read.js";
import { resolveActor } from "./resolve.js";
import type {
  ActorProfile,
  ActorRef,
  ArticleHit,
  ArticleRecord,
  ArticleSummary,
  BlocsResult,
  ClaimRecord,
  EventFilter,
  EventRecord,
  QuoteFilter,
  QuoteRecord,
  SourceStatus,
  StoreStats,
  TimelineOptions,
  TimelinePoint,
} from "./types.js";

export { DEFAULT_DB_PATH } from "./db.js";
export type * from "./types.js";

export interface OpenOptions {
  /** Open read-only (the store must exist and be migrated). */
  readonly?: boolean;
}

export class Store {
  constructor(readonly db: Db) {}

  close(): void {
    if (this.db.open) this.db.close();
  }

  stats(): StoreStats {
    return storeStats(this.db);
  }

  /** Resolve a country code, entity key or exact name; throws EntenteError E_ARGS when nothing matches. */
  resolveActor(q: string): ActorRef {
    return resolveActor(this.db, q);
  }

  getArticle(id: number): ArticleRecord | null {
    return getArticle(this.db, id);
  }

  /** The stored Analysis of an article, exactly as the pipeline produced it. */
  getAnalysis(id: number): Analysis | null {
    const r = this.db.prepare("SELECT analysis_gz FROM articles WHERE id = ?").get(id) as { analysis_gz: Buffer | null } | undefined;
    if (!r?.analysis_gz) return null;
    return JSON.parse(gunzipSync(r.analysis_gz).toString("utf8")) as Analysis;
  }

  listArticles(opts: { limit?: number; offset?: number } = {}): ArticleSummary[] {
    return listArticles(this.db, opts);
  }

  searchArticles(q: string, opts: { limit?: number; offset?: number } = {}): ArticleHit[] {
    return searchArticles(this.db, q, opts);
  }

  events(filter: EventFilter = {}): EventRecord[] {
    return queryEvents(this.db, filter);
  }

  quotes(filter: QuoteFilter = {}): QuoteRecord[] {
    return queryQuotes(this.db, filter);
  }

  actorProfile(actor: string | ActorRef, opts: TimelineOptions & { top?: number } = {}): ActorProfile {
    return actorProfile(this.db, typeof actor === "string" ? this.resolveActor(actor) : actor, opts);
  }

  actorTimeline(actor: string | ActorRef, opts: TimelineOptions = {}): TimelinePoint[] {
    return actorTimeline(this.db, typeof actor === "string" ? this.resolveActor(actor) : actor, opts);
  }

  dyadTimeline(a: string | ActorRef, b: string | ActorRef, opts: TimelineOptions = {}): TimelinePoint[] {
    const ra = typeof a === "string" ? this.resolveActor(a) : a;
    const rb = typeof b === "string" ? this.resolveActor(b) : b;
    return dyadTimeline(this.db, ra, rb, opts);
  }

  blocs(opts: BlocOptions = {}): BlocsResult {
    return computeBlocs(this.db, opts);
  }

  claims(opts: ClaimOptions = {}): ClaimRecord[] {
    return findClaims(this.db, opts);
  }

  sources(opts: { status?: "ok" | "duplicate" | "failed"; limit?: number } = {}): SourceStatus[] {
    return listSources(this.db, opts);
  }
}

/** Open (creating and migrating unless readonly) the store at `path` (default ./entente.db). */
export function open(path: string = DEFAULT_DB_PATH, opts: OpenOptions = {}): Store {
  return new Store(openDb(path, { readonly: opts.readonly }));
}

/** Open an existing store for reading, migrating it first when an older entente wrote it; E_IO when absent. */
export function openExisting(path: string = DEFAULT_DB_PATH): Store {
  if (path !== ":memory:" && !existsSync(path))
    throw new EntenteError("E_IO", `no store at ${path} (run entente ingest first, or pass --db)`);
  return new Store(openDb(path));
}
