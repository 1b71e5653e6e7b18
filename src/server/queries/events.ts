/**
 * Event search with the filters the API offers (type, actor, recipient, either side, a pair, modality,
 * dates) plus a total count; hydrates participants and report counts in one query each.
 * (Store.events has no modality filter or count yet; this reads the store's documented tables.)
 */
import type { Store } from "../../store/index.js";
import type { ActorRef, EventRecord, ParticipantRecord } from "../../store/types.js";
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

interface Row {
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

export function hydrate(store: Store, rows: readonly Row[]): EventRecord[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => "?").join(",");
  const parts = store.db
    .prepare(
      `SELECT event_id, role, entity_local_id, actor_key, text, start, end, country, sector FROM event_participants WHERE event_id IN (${marks}) ORDER BY rowid`,
    )
    .all(...ids) as PartRow[];
  const clusters = [...new Set(rows.map((r) => r.cluster_id).filter((c): c is number => c !== null))];
  const reports = new Map<number, number>();
  if (clusters.length) {
    const counts = store.db
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

export function findEvents(store: Store, q: EventQuery): Page<EventRecord> {
  const params: unknown[] = [];
  const where = whereOf(store, q, params);
  const total = (store.db.prepare(`SELECT COUNT(*) AS n FROM events e ${where}`).get(...params) as { n: number }).n;
  const rows = store.db
    .prepare(
      `SELECT e.*, a.title, a.url, a.published_at FROM events e JOIN articles a ON a.id = e.article_id ${where}
       ORDER BY e.date IS NULL, e.date DESC, e.id LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as Row[];
  return { total, items: hydrate(store, rows) };
}
