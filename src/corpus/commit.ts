/** Recording one source's outcome in the store: an analysed article (with stories and event clusters) or a failure. */
import type { Analysis } from "../contract/analysis.js";
import type { Db } from "../store/db.js";
import { ArticleWriter, type PackedArticle, packArticle, type RawRecord } from "../store/write.js";
import { EventClusterer } from "./event-clusters.js";
import { fingerprintText, StoryAssigner, type TextFingerprint } from "./stories.js";

/** The thread-independent part of storing an article: compressed blobs and the text fingerprint. */
export interface PreparedArticle {
  packed: PackedArticle;
  fingerprint: TextFingerprint;
}

export function prepareArticle(analysis: Analysis, raw: Uint8Array | null): PreparedArticle {
  return { packed: packArticle(analysis, raw), fingerprint: fingerprintText(analysis.document.text) };
}

export type SourceOutcome = "ok" | "duplicate" | "failed";

/** Writes outcomes; call its methods inside a transaction (the ingest loop batches them). */
export class Committer {
  private readonly writer: ArticleWriter;
  private readonly stories: StoryAssigner;
  private readonly clusters: EventClusterer;
  private readonly upsert;
  private readonly byHash;
  private readonly doneLocator;

  constructor(db: Db) {
    this.writer = new ArticleWriter(db);
    this.stories = new StoryAssigner(db);
    this.clusters = new EventClusterer(db);
    this.upsert = db.prepare(
      `INSERT INTO sources (locator, kind, status, article_id, error_code, error_message, updated_at) VALUES (?,?,?,?,?,?,?)
       ON CONFLICT(locator) DO UPDATE SET kind = excluded.kind, status = excluded.status, article_id = excluded.article_id,
       error_code = excluded.error_code, error_message = excluded.error_message, updated_at = excluded.updated_at`,
    );
    this.byHash = db.prepare("SELECT id FROM articles WHERE content_hash = ?");
    this.doneLocator = db.prepare("SELECT status FROM sources WHERE locator = ? AND status != 'failed'");
  }

  /** True when the locator was already stored (ok or duplicate): a re-run skips it without fetching. */
  isDone(locator: string): boolean {
    return this.doneLocator.get(locator) !== undefined;
  }

  /** The article id already holding this content hash, if any. */
  articleWithHash(hash: string): number | null {
    return (this.byHash.get(hash) as { id: number } | undefined)?.id ?? null;
  }

  /** `prepared`: computed by the analysis worker; computed here when absent. */
  article(
    locator: string,
    kind: string,
    analysis: Analysis,
    raw: RawRecord,
    prepared: PreparedArticle = prepareArticle(analysis, raw.raw),
  ): { outcome: SourceOutcome; articleId: number } {
    const existing = this.articleWithHash(raw.contentHash);
    if (existing !== null) {
      this.source(locator, kind, "duplicate", existing, null);
      return { outcome: "duplicate", articleId: existing };
    }
    const { articleId, events } = this.writer.write(analysis, raw, prepared.packed);
    this.stories.assign(articleId, prepared.fingerprint);
    this.clusters.cluster(articleId, events);
    this.source(locator, kind, "ok", articleId, null);
    return { outcome: "ok", articleId };
  }

  duplicate(locator: string, kind: string, articleId: number): void {
    this.source(locator, kind, "duplicate", articleId, null);
  }

  failure(locator: string, kind: string, error: { code: string; message: string }): void {
    this.source(locator, kind, "failed", null, error);
  }

  private source(
    locator: string,
    kind: string,
    status: SourceOutcome,
    articleId: number | null,
    err: { code: string; message: string } | null,
  ) {
    this.upsert.run(locator, kind, status, articleId, err?.code ?? null, err?.message ?? null, new Date().toISOString());
  }
}
