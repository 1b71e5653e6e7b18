/** Actor listing for the actors endpoint: most mentioned actors, optionally filtered by name and kind. */
import type { Role } from "../../contract/analysis.js";
import type { ActorRef, Store } from "../../store/index.js";
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

export interface ActorDetails {
  kind: string | null;
  country: string | null;
  sector: string | null;
  /** Distinct role titles the actor holds across articles, most frequent first. */
  roles: Array<{ title: string; affiliation: string | null; count: number }>;
}

/** Roles listed on a profile page. */
const MAX_ROLES = 8;
/** Entity rows read for roles (the most recent articles), so a very frequent actor stays cheap. */
const ROLE_SAMPLE = 300;

/** What the entity table knows about an actor: its kind, country, sector and roles. */
export function actorDetails(store: Store, ref: ActorRef): ActorDetails {
  if (ref.level === "country") return { kind: "country", country: ref.key, sector: null, roles: [] };
  const rows = store.db
    .prepare("SELECT kind, country, sector, roles_json FROM entities WHERE actor_key = ? ORDER BY article_id DESC LIMIT ?")
    .all(ref.key, ROLE_SAMPLE) as Array<{ kind: string; country: string | null; sector: string | null; roles_json: string }>;
  const mostCommon = (values: Array<string | null>): string | null => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const roles = new Map<string, { title: string; affiliation: string | null; count: number }>();
  for (const r of rows) {
    for (const role of JSON.parse(r.roles_json) as Role[]) {
      const k = `${role.title}\u0000${role.affiliation ?? ""}`;
      const entry = roles.get(k) ?? { title: role.title, affiliation: role.affiliation, count: 0 };
      entry.count++;
      roles.set(k, entry);
    }
  }
  return {
    kind: mostCommon(rows.map((r) => r.kind)),
    country: mostCommon(rows.map((r) => r.country)),
    sector: mostCommon(rows.map((r) => r.sector)),
    roles: [...roles.values()].sort((a, b) => b.count - a.count).slice(0, MAX_ROLES),
  };
}
