/** Actor listing for the actors endpoint: most mentioned actors, optionally filtered by name and kind. */
import type { Store } from "../../store/index.js";
import type { Page } from "../dto.js";

export interface ActorListItem {
  key: string;
  name: string;
  kind: string;
  country: string | null;
  articles: number;
}

export function listActors(store: Store, q: { q?: string; kind?: string; limit: number; offset: number }): Page<ActorListItem> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.q) {
    where.push("(name LIKE ? ESCAPE '\\' OR actor_key = ?)");
    params.push(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, q.q);
  }
  if (q.kind) {
    where.push("kind = ?");
    params.push(q.kind);
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const total = (store.db.prepare(`SELECT COUNT(DISTINCT actor_key) AS n FROM entities ${whereSql}`).get(...params) as { n: number }).n;
  const items = store.db
    .prepare(
      `SELECT actor_key AS key, MAX(name) AS name, MAX(kind) AS kind, MAX(country) AS country, COUNT(DISTINCT article_id) AS articles
       FROM entities ${whereSql} GROUP BY actor_key ORDER BY articles DESC, key LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as ActorListItem[];
  return { total, items };
}
