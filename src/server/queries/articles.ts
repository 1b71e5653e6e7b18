/** Article search with filters (text, actor, event type, dates), a total count and facet counts over the whole result set. */
import type { Store } from "../../store/index.js";
import { type ArticleRow, ftsQuery, SUMMARY_COLS, toSummary } from "../../store/read.js";
import type { ArticleSearchResult, Facet } from "../dto.js";
import { memo } from "./memo.js";

export interface ArticleQuery {
  q?: string;
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Facet lists stay short enough to read at a glance. */
const FACET_SIZE = 12;

export function searchArticles(store: Store, q: ArticleQuery): ArticleSearchResult {
  const db = store.db;
  const where: string[] = [];
  const params: unknown[] = [];
  const fts = q.q ? ftsQuery(q.q) : "";
  if (q.q && fts === "") return { total: 0, items: [], facets: { year: [], country: [], eventType: [] } };
  if (fts) {
    where.push("articles_fts MATCH ?");
    params.push(fts);
  }
  if (q.actor) {
    const ref = store.resolveActor(q.actor);
    where.push(`a.id IN (SELECT article_id FROM entities WHERE ${ref.level === "country" ? "country" : "actor_key"} = ?)`);
    params.push(ref.key);
  }
  if (q.type) {
    where.push("a.id IN (SELECT article_id FROM events WHERE type = ?)");
    params.push(q.type);
  }
  if (q.from) {
    where.push("substr(a.published_at, 1, 10) >= ?");
    params.push(q.from);
  }
  if (q.to) {
    where.push("substr(a.published_at, 1, 10) <= ?");
    params.push(q.to);
  }
  const from = fts ? "articles_fts JOIN articles a ON a.id = articles_fts.rowid" : "articles a";
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  // without filters every article matches, so facets need no membership test
  const inMatched = (col: string) => (where.length ? `${col} IN (SELECT a.id FROM ${from} ${whereSql}) AND` : "");
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLS},
        ${fts ? "snippet(articles_fts, 1, '[', ']', '…', 14)" : "substr(a.text, 1, 240)"} AS snippet
       FROM ${from} LEFT JOIN article_fingerprints f ON f.article_id = a.id ${whereSql}
       ORDER BY ${fts ? "bm25(articles_fts)" : "a.published_at DESC, a.id DESC"} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as (ArticleRow & { snippet: string | null })[];
  const facet = (sql: string): Facet[] => db.prepare(sql).all(...params, FACET_SIZE) as Facet[];
  const computeFacets = (): ArticleSearchResult["facets"] => ({
    year: facet(
      `SELECT substr(published_at, 1, 4) AS value, COUNT(*) AS count FROM articles WHERE ${inMatched("id")} published_at IS NOT NULL
       GROUP BY value ORDER BY value DESC LIMIT ?`,
    ),
    country: facet(
      `SELECT country AS value, COUNT(DISTINCT article_id) AS count FROM entities WHERE ${inMatched("article_id")} kind = 'country'
       AND country IS NOT NULL GROUP BY country ORDER BY count DESC, value LIMIT ?`,
    ),
    eventType: facet(
      `SELECT type AS value, COUNT(DISTINCT article_id) AS count FROM events WHERE ${inMatched("article_id")} 1
       GROUP BY type ORDER BY count DESC, value LIMIT ?`,
    ),
  });
  // whole-store facets (the search page's first view) scan every entity and event, so they are memoised
  const facets = where.length ? computeFacets() : memo(store, "facets", computeFacets);
  return {
    total,
    items: rows.map((r) => ({ ...toSummary(r), snippet: r.snippet })),
    facets,
  };
}
