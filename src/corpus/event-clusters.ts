/**
 * Cross-article event deduplication: an event joins an earlier event's cluster when another article
 * reports the same PLOVER type, with an overlapping actor and an overlapping
 * recipient (or neither names one), dated within EVENT_WINDOW_DAYS. Counting clusters, not reports, is what keeps a story
 * carried by fifty outlets from becoming fifty events.
 */
import type Database from "better-sqlite3";
import type { Db } from "../store/db.js";
import type { StoredEvent } from "../store/write.js";

/** Days apart two reports of one happening may be dated (relative dates and time zones shift by a day or two). */
export const EVENT_WINDOW_DAYS = 2;

const DAY_MS = 86_400_000;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

type Stmt = Database.Statement<unknown[]>;

/** Clusters each new article's events into earlier reports' clusters (statements prepared once per connection). */
export class EventClusterer {
  private readonly candidates: Stmt;
  private readonly recipientsOf: Stmt;
  private readonly setEvent: Stmt;
  private readonly setDyads: Stmt;
  private readonly rollup: Stmt;

  constructor(db: Db) {
    this.candidates = db.prepare(
      `SELECT DISTINCT e.id, e.cluster_id FROM event_participants p JOIN events e ON e.id = p.event_id
       WHERE p.actor_key = ? AND p.role = 'actor' AND e.type = ? AND e.date BETWEEN ? AND ? AND e.article_id != ?
       ORDER BY e.cluster_id`,
    );
    this.recipientsOf = db.prepare("SELECT actor_key FROM event_participants WHERE event_id = ? AND role = 'recipient'");
    this.setEvent = db.prepare("UPDATE events SET cluster_id = ? WHERE id = ?");
    // by rowid: event_dyads has no event_id index, and a scan per event made ingest quadratic
    this.setDyads = db.prepare("UPDATE event_dyads SET cluster_id = ? WHERE rowid = ?");
    this.rollup = db.prepare(
      `INSERT INTO dyad_months (level, src, tgt, month, type, quad, events, reports, intensity) VALUES (?,?,?,?,?,?,?,1,?)
       ON CONFLICT (level, src, tgt, month, type) DO UPDATE SET events = events + excluded.events, reports = reports + 1,
       intensity = intensity + excluded.intensity`,
    );
  }

  cluster(articleId: number, events: readonly StoredEvent[]): void {
    for (const ev of events) {
      const cluster = this.clusterOf(articleId, ev);
      const isNew = cluster === ev.id;
      this.setEvent.run(cluster, ev.id);
      // the writer gave the dyad rows the event's own id as cluster; only a merge changes them
      if (!isNew) for (const rowid of ev.dyadRowIds) this.setDyads.run(cluster, rowid);
      if (ev.date) {
        for (const d of ev.dyads) {
          this.rollup.run(d.level, d.src, d.tgt, ev.date.slice(0, 7), ev.type, ev.quad, isNew ? 1 : 0, isNew ? ev.intensity : 0);
        }
      }
    }
  }

  /** The earlier cluster this event reports again, or its own id. */
  private clusterOf(articleId: number, ev: StoredEvent): number {
    if (!ev.date || ev.actors.length === 0) return ev.id;
    const from = shiftDay(ev.date, -EVENT_WINDOW_DAYS);
    const to = shiftDay(ev.date, EVENT_WINDOW_DAYS);
    const mine = new Set(ev.recipients);
    for (const key of new Set(ev.actors)) {
      for (const c of this.candidates.all(key, ev.type, from, to, articleId) as { id: number; cluster_id: number }[]) {
        const theirs = (this.recipientsOf.all(c.id) as { actor_key: string }[]).map((r) => r.actor_key);
        const compatible = mine.size === 0 ? theirs.length === 0 : theirs.some((k) => mine.has(k));
        if (compatible) return c.cluster_id;
      }
    }
    return ev.id;
  }
}
