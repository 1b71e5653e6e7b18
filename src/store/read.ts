/** Article, search, event and quote queries over the store. */
import type { Db } from "./db.js";
import { resolveActor } from "./resolve.js";
import type {
  ActorRef,
  ArticleHit,
  ArticleRecord,
  ArticleSummary,
  EventFilter,
  EventRecord,
  ParticipantRecord,
  QuoteFilter,
  QuoteRecord,
  SourceStatus,
  StoreStats,
} from "./types.js";

/** Page size when a query gives none, and the most any query returns. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 10_000;

export const clampLimit = (n: number | undefined): number => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));

export interface ArticleRow {
  id: number;
  doc_id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published_at: string | null;
  story_id: number | null;
}

export const SUMMARY_COLS = "a.id, a.doc_id, a.url, a.title, a.publisher, a.published_at, f.story_id";

export function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    docId: r.doc_id,
    url: r.url,
    title: r.title,
    publisher: r.publisher,
    publishedAt: r.published_at,
    storyId: r.story_id,
  };
}

export function getArticle(db: Db, id: number): ArticleRecord | null {
  const r = db
    .prepare(
      `SELECT ${SUMMARY_COLS}, a.text, a.byline, a.language, a.ingested_at FROM articles a
       LEFT JOIN article_fingerprints f ON f.article_id = a.id WHERE a.id = ?`,
    )
    .get(id) as (ArticleRow & { text: string; byline: string | null; language: string | null; ingested_at: string }) | undefined;
  if (!r) return null;
  const storyIds =
    r.story_id === null
      ? [r.id]
      : (
          db.prepare("SELECT article_id FROM article_fingerprints WHERE story_id = ? ORDER BY article_id").all(r.story_id) as {
            article_id: number;
          }[]
        ).map((x) => x.article_id);
  const dup = db.prepare("SELECT COUNT(*) AS n FROM sources WHERE article_id = ? AND status = 'duplicate'").get(id) as { n: number };
  return {
    ...toSummary(r),
    text: r.text,
    byline: r.byline,
    language: r.language,
    ingestedAt: r.ingested_at,
    storyArticleIds: storyIds,
    duplicateSources: dup.n,
  };
}

export function listArticles(db: Db, opts: { limit?: number; offset?: number } = {}): ArticleSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLS} FROM articles a LEFT JOIN article_fingerprints f ON f.article_id = a.id ORDER BY a.id LIMIT ? OFFSET ?`,
    )
    .all(clampLimit(opts.limit), opts.offset ?? 0) as ArticleRow[];
  return rows.map(toSummary);
}

/** Turn free text into an FTS5 query of quoted terms (so user punctuation cannot break the syntax). */
export function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((t) => `"${t}"`).join(" ");
}

export function searchArticles(db: Db, q: string, opts: { limit?: number; offset?: number } = {}): ArticleHit[] {
  const fq = ftsQuery(q);
  if (fq === "") return [];
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLS}, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, bm25(articles_fts) AS rank
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid LEFT JOIN article_fingerprints f ON f.article_id = a.id
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(fq, clampLimit(opts.limit), opts.offset ?? 0) as (ArticleRow & { snippet: string; rank: number })[];
  return rows.map((r) => ({ ...toSummary(r), snippet: r.snippet, rank: r.rank }));
}

export interface EventRow {
  id: number;
  article_id: number;
  local_id: string;
  type: string;
  quad: number;
  mode: string | null;
  context_json: string;
  date: string | null;
  date_text: string | null;
  modality: string;
  intensity: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  location_text: string | null;
  location_start: number | null;
  location_end: number | null;
  location_country: string | null;
  cluster_id: number | null;
  title: string | null;
  url: string | null;
  published_at: string | null;
}

function participantFilter(ref: ActorRef, role: "actor" | "recipient" | null, params: unknown[]): string {
  const col = ref.level === "country" ? "country" : "actor_key";
  params.push(ref.key);
  if (role) params.push(role);
  return `e.id IN (SELECT p.event_id FROM event_participants p WHERE p.${col} = ?${role ? " AND p.role = ?" : ""})`;
}

/** Events between two actors in either direction. */
function betweenFilter(a: ActorRef, b: ActorRef, params: unknown[]): string {
  if (a.level === b.level) {
    // the dyad index holds one row per (actor, recipient) pair of an event at each level
    // (a UNION, not an OR, so each side uses the (level, src, tgt) index)
    params.push(a.level, a.key, b.key, a.level, b.key, a.key);
    return "e.id IN (SELECT event_id FROM event_dyads WHERE level = ? AND src = ? AND tgt = ? UNION SELECT event_id FROM event_dyads WHERE level = ? AND src = ? AND tgt = ?)";
  }
  const dir = (x: ActorRef, y: ActorRef) => `(${participantFilter(x, "actor", params)} AND ${participantFilter(y, "recipient", params)})`;
  return `(${dir(a, b)} OR ${dir(b, a)})`;
}

/** The WHERE clause (with its parameters) of an event filter; `e` is the events table. */
export function eventWhere(db: Db, f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const ref = (x: string | ActorRef) => (typeof x === "string" ? resolveActor(db, x) : x);
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (f.actor) where.push(participantFilter(ref(f.actor), "actor", params));
  if (f.recipient) where.push(participantFilter(ref(f.recipient), "recipient", params));
  if (f.involving) where.push(participantFilter(ref(f.involving), null, params));
  if (f.between) where.push(betweenFilter(ref(f.between[0]), ref(f.between[1]), params));
  if (f.type) add("e.type = ?", f.type.toUpperCase());
  if (f.quad) add("e.quad = ?", f.quad);
  if (f.modality) add("e.modality = ?", f.modality);
  if (f.from) add("e.date >= ?", f.from);
  if (f.to) add("e.date <= ?", f.to);
  if (f.articleId !== undefined) add("e.article_id = ?", f.articleId);
  if (f.distinct) where.push("e.id = (SELECT MIN(e2.id) FROM events e2 WHERE e2.cluster_id = e.cluster_id)");
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

export function countEvents(db: Db, f: EventFilter = {}): number {
  const w = eventWhere(db, f);
  return (db.prepare(`SELECT COUNT(*) AS n FROM events e ${w.sql}`).get(...w.params) as { n: number }).n;
}

export function queryEvents(db: Db, f: EventFilter = {}): EventRecord[] {
  const w = eventWhere(db, f);
  const sql = `SELECT e.*, a.title, a.url, a.published_at FROM events e JOIN articles a ON a.id = e.article_id
    ${w.sql} ORDER BY e.date IS NULL, e.date${f.newestFirst ? " DESC" : ""}, e.id LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...w.params, clampLimit(f.limit), f.offset ?? 0) as EventRow[];
  return hydrateEvents(db, rows);
}

interface PartRow {
  event_id: number;
  role: string;
  entity_local_id: string | null;
  actor_key: string;
  text: string;
  start: number;
  end: number;
  country: string | null;
  sector: string | null;
}

/** Event rows (events joined with their article) → records; participants and report counts in one query each. */
export function hydrateEvents(db: Db, rows: readonly EventRow[]): EventRecord[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => "?").join(",");
  const parts = db
    .prepare(
      `SELECT event_id, role, entity_local_id, actor_key, text, start, end, country, sector FROM event_participants WHERE event_id IN (${marks}) ORDER BY rowid`,
    )
    .all(...ids) as PartRow[];
  const clusters = [...new Set(rows.map((r) => r.cluster_id).filter((c): c is number => c !== null))];
  const reports = new Map<number, number>();
  if (clusters.length) {
    const counts = db
      .prepare(
        `SELECT cluster_id, COUNT(*) AS n FROM events WHERE cluster_id IN (${clusters.map(() => "?").join(",")}) GROUP BY cluster_id`,
      )
      .all(...clusters) as { cluster_id: number; n: number }[];
    for (const c of counts) reports.set(c.cluster_id, c.n);
  }
  const byEvent = new Map<number, { actors: ParticipantRecord[]; recipients: ParticipantRecord[] }>();
  for (const p of parts) {
    let e = byEvent.get(p.event_id);
    if (!e) {
      e = { actors: [], recipients: [] };
      byEvent.set(p.event_id, e);
    }
    const rec = {
      key: p.actor_key,
      text: p.text,
      start: p.start,
      end: p.end,
      country: p.country,
      sector: p.sector,
      entityId: p.entity_local_id,
    };
    (p.role === "actor" ? e.actors : e.recipients).push(rec);
  }
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    localId: r.local_id,
    type: r.type,
    quad: r.quad,
    mode: r.mode,
    context: JSON.parse(r.context_json) as string[],
    date: r.date,
    dateText: r.date_text,
    modality: r.modality,
    intensity: r.intensity,
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    location:
      r.location_text !== null
        ? { text: r.location_text, start: r.location_start ?? 0, end: r.location_end ?? 0, country: r.location_country }
        : null,
    actors: byEvent.get(r.id)?.actors ?? [],
    recipients: byEvent.get(r.id)?.recipients ?? [],
    clusterId: r.cluster_id ?? r.id,
    reports: r.cluster_id === null ? 1 : (reports.get(r.cluster_id) ?? 1),
    article: { title: r.title, url: r.url, publishedAt: r.published_at },
  }));
}

interface QuoteRow {
  id: number;
  article_id: number;
  kind: string;
  stance: string;
  speaker_key: string | null;
  speaker_name: string | null;
  speaker_country: string | null;
  source_start: number | null;
  source_end: number | null;
  cue_text: string | null;
  cue_lemma: string | null;
  cue_start: number | null;
  cue_end: number | null;
  content_start: number;
  content_end: number;
  content_text: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
}

export function toQuote(r: QuoteRow): QuoteRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    kind: r.kind,
    stance: r.stance,
    speaker:
      r.speaker_name !== null || r.speaker_key !== null
        ? { key: r.speaker_key, name: r.speaker_name, country: r.speaker_country, start: r.source_start, end: r.source_end }
        : null,
    cue: r.cue_text !== null ? { text: r.cue_text, lemma: r.cue_lemma ?? r.cue_text, start: r.cue_start ?? 0, end: r.cue_end ?? 0 } : null,
    content: { start: r.content_start, end: r.content_end, text: r.content_text },
    article: { title: r.title, url: r.url, publishedAt: r.published_at },
  };
}

export function queryQuotes(db: Db, f: QuoteFilter = {}): QuoteRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.q) {
    const fq = ftsQuery(f.q);
    if (fq === "") return [];
    where.push("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)");
    params.push(fq);
  }
  if (f.by) {
    const ref = resolveActor(db, f.by);
    if (ref.level === "country") where.push("(q.speaker_country = ? OR q.speaker_key = ?)");
    else where.push("(q.speaker_key = ? OR q.speaker_key = ?)");
    params.push(ref.key, ref.key);
  }
  if (f.about) {
    const ref = resolveActor(db, f.about);
    const col = ref.level === "country" ? "en.country" : "en.actor_key";
    // a mention of the actor inside the quoted content, by someone else
    where.push(`EXISTS (SELECT 1 FROM entities en JOIN mentions m ON m.entity_id = en.id
      WHERE en.article_id = q.article_id AND ${col} = ? AND m.start >= q.content_start AND m.end <= q.content_end)
      AND (q.speaker_key IS NULL OR q.speaker_key != ?)`);
    params.push(ref.key, ref.key);
  }
  const sql = `SELECT q.*, a.title, a.url, a.published_at FROM attributions q JOIN articles a ON a.id = q.article_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.published_at DESC, q.id LIMIT ? OFFSET ?`;
  return (db.prepare(sql).all(...params, clampLimit(f.limit), f.offset ?? 0) as QuoteRow[]).map(toQuote);
}

export function listSources(db: Db, opts: { status?: "ok" | "duplicate" | "failed"; limit?: number } = {}): SourceStatus[] {
  const rows = db
    .prepare(
      `SELECT locator, kind, status, article_id, error_code, error_message FROM sources ${opts.status ? "WHERE status = ?" : ""} ORDER BY id LIMIT ?`,
    )
    .all(...(opts.status ? [opts.status] : []), clampLimit(opts.limit)) as {
    locator: string;
    kind: string;
    status: SourceStatus["status"];
    article_id: number | null;
    error_code: string | null;
    error_message: string | null;
  }[];
  return rows.map((r) => ({
    locator: r.locator,
    kind: r.kind,
    status: r.status,
    articleId: r.article_id,
    errorCode: r.error_code,
    errorMessage: r.error_message,
  }));
}

export function storeStats(db: Db): StoreStats {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    articles: n("SELECT COUNT(*) AS n FROM articles"),
    stories: n("SELECT COUNT(DISTINCT story_id) AS n FROM article_fingerprints"),
    events: n("SELECT COUNT(*) AS n FROM events"),
    eventClusters: n("SELECT COUNT(DISTINCT cluster_id) AS n FROM events"),
    entities: n("SELECT COUNT(*) AS n FROM entities"),
    attributions: n("SELECT COUNT(*) AS n FROM attributions"),
    failedSources: n("SELECT COUNT(*) AS n FROM sources WHERE status = 'failed'"),
    schemaVersion: n("SELECT MAX(version) AS n FROM schema_version"),
  };
}
