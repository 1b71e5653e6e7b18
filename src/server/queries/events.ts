/**
 * Event search with the filters the API offers (type, actor, recipient, either side, a pair, modality,
 * dates) plus a total count; rows are hydrated by the store's hydrateEvents.
 * (Store.events has no modality filter or count yet; this reads the store's documented tables.)
 */
import type { Store } from "../../store/index.js";
import { type EventRow, hydrateEvents } from "../../store/read.js";
import type { ActorRef, EventRecord } from "../../store/types.js";
import type { Page } from "../dto.js";

export interface EventQuery {
  type?: string;
  actor?: string;
  recipient?: string;
  involving?: string;
  /** Events between the two, in either direction. */
  between?: [ActorRef, ActorRef];
  modality?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const col = (ref: ActorRef) => (ref.level === "country" ? "country" : "actor_key");

function participantClause(ref: ActorRef, role: "actor" | "recipient" | null, params: unknown[]): string {
  params.push(ref.key);
  if (role) params.push(role);
  return `e.id IN (SELECT event_id FROM event_participants WHERE ${col(ref)} = ?${role ? " AND role = ?" : ""})`;
}

function whereOf(store: Store, q: EventQuery, params: unknown[]): string {
  const where: string[] = [];
  if (q.actor) where.push(participantClause(store.resolveActor(q.actor), "actor", params));
  if (q.recipient) where.push(participantClause(store.resolveActor(q.recipient), "recipient", params));
  if (q.involving) where.push(participantClause(store.resolveActor(q.involving), null, params));
  if (q.between) {
    const [a, b] = q.between;
    if (a.level === b.level) {
      // the dyad index holds one row per (actor, recipient) pair of an event at each level
      // (a UNION, not an OR, so each side uses the (level, src, tgt) index)
      where.push(
        "e.id IN (SELECT event_id FROM event_dyads WHERE level = ? AND src = ? AND tgt = ? UNION SELECT event_id FROM event_dyads WHERE level = ? AND src = ? AND tgt = ?)",
      );
      params.push(a.level, a.key, b.key, a.level, b.key, a.key);
    } else {
      const dir = (x: ActorRef, y: ActorRef) =>
        `(${participantClause(x, "actor", params)} AND ${participantClause(y, "recipient", params)})`;
      const ab = dir(a, b);
      const ba = dir(b, a);
      where.push(`(${ab} OR ${ba})`);
    }
  }
  if (q.type) {
    where.push("e.type = ?");
    params.push(q.type);
  }
  if (q.modality) {
    where.push("e.modality = ?");
    params.push(q.modality);
  }
  if (q.from) {
    where.push("e.date >= ?");
    params.push(q.from);
  }
  if (q.to) {
    where.push("e.date <= ?");
    params.push(q.to);
  }
  return where.length ? `WHERE ${where.join(" AND ")}` : "";
}

export function findEvents(store: Store, q: EventQuery): Page<EventRecord> {
  const params: unknown[] = [];
  const where = whereOf(store, q, params);
  const total = (store.db.prepare(`SELECT COUNT(*) AS n FROM events e ${where}`).get(...params) as { n: number }).n;
  const rows = store.db
    .prepare(
      `SELECT e.*, a.title, a.url, a.published_at FROM events e JOIN articles a ON a.id = e.article_id ${where}
       ORDER BY e.date IS NULL, e.date DESC, e.id LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as EventRow[];
  return { total, items: hydrateEvents(store.db, rows) };
}
