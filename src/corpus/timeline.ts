/** Per-actor and per-dyad time series: counts per PLOVER type and quad class, intensity, cooperation index. */
import { EntenteError } from "../contract/errors.js";
import type { Db } from "../store/db.js";
import type { ActorRef, Granularity, TimelineOptions, TimelinePoint } from "../store/types.js";

/** SQL for the bucket a YYYY-MM-DD `date` column falls in (ISO weeks start on Monday). */
export function bucketSql(g: Granularity, col = "date"): string {
  if (g === "day") return col;
  if (g === "month") return `substr(${col}, 1, 7)`;
  return `date(${col}, '-' || ((CAST(strftime('%w', ${col}) AS INTEGER) + 6) % 7) || ' days')`;
}

interface Row {
  period: string;
  type: string;
  quad: number;
  events: number;
  reports: number;
  intensity: number;
}

const QUAD_FIELD = ["", "verbalCooperation", "materialCooperation", "verbalConflict", "materialConflict"] as const;

/** Fold per-(period, type) rows into timeline points, in period order. */
export function foldTimeline(rows: readonly Row[]): TimelinePoint[] {
  const byPeriod = new Map<string, TimelinePoint>();
  for (const r of rows) {
    let p = byPeriod.get(r.period);
    if (!p) {
      p = {
        period: r.period,
        events: 0,
        reports: 0,
        byType: {},
        byQuad: { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0 },
        intensity: 0,
        cooperationIndex: 0,
      };
      byPeriod.set(r.period, p);
    }
    p.events += r.events;
    p.reports += r.reports;
    p.byType[r.type] = (p.byType[r.type] ?? 0) + r.events;
    const q = QUAD_FIELD[r.quad];
    if (q) p.byQuad[q] += r.events;
    p.intensity += r.intensity;
  }
  const out = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (const p of out) {
    const coop = p.byQuad.verbalCooperation + p.byQuad.materialCooperation;
    const conf = p.byQuad.verbalConflict + p.byQuad.materialConflict;
    p.cooperationIndex = coop + conf === 0 ? 0 : (coop - conf) / (coop + conf);
    p.intensity = Math.round(p.intensity * 1000) / 1000;
  }
  return out;
}

function dateRange(opts: TimelineOptions, params: unknown[], col = "date"): string {
  let sql = ` AND ${col} IS NOT NULL`;
  if (opts.from) {
    sql += ` AND ${col} >= ?`;
    params.push(opts.from);
  }
  if (opts.to) {
    sql += ` AND ${col} <= ?`;
    params.push(opts.to);
  }
  return sql;
}

/**
 * Per-cluster rows first (one happening counts once per bucket, its intensity once), then per bucket.
 * `inner` selects (date, type, quad, intensity, cluster_id, event_id) rows.
 */
function aggregate(db: Db, inner: string, params: unknown[], g: Granularity): TimelinePoint[] {
  const sql = `SELECT period, type, quad, COUNT(*) AS events, SUM(r) AS reports, SUM(i) AS intensity FROM (
      SELECT ${bucketSql(g)} AS period, type, quad, cluster_id, MAX(intensity) AS i, COUNT(DISTINCT event_id) AS r
      FROM (${inner}) GROUP BY period, type, quad, cluster_id
    ) GROUP BY period, type, quad`;
  return foldTimeline(db.prepare(sql).all(...params) as Row[]);
}

export function dyadTimeline(db: Db, a: ActorRef, b: ActorRef, opts: TimelineOptions = {}): TimelinePoint[] {
  const [ra, rb] = sameLevel(db, a, b);
  const level = ra.level;
  const ka = ra.key;
  const kb = rb.key;
  if ((opts.granularity ?? "month") === "month" && monthAligned(opts)) return dyadMonths(db, level, ka, kb, opts);
  const params: unknown[] = [level, ka, kb];
  let inner = `SELECT date, type, quad, intensity, COALESCE(cluster_id, event_id) AS cluster_id, event_id FROM event_dyads
    WHERE level = ? AND src = ? AND tgt = ?${dateRange(opts, params)}`;
  if (opts.undirected ?? true) {
    params.push(level, kb, ka);
    inner += ` UNION ALL SELECT date, type, quad, intensity, COALESCE(cluster_id, event_id), event_id FROM event_dyads
      WHERE level = ? AND src = ? AND tgt = ?${dateRange(opts, params)}`;
  }
  return aggregate(db, inner, params, opts.granularity ?? "month");
}

export function actorTimeline(db: Db, a: ActorRef, opts: TimelineOptions = {}): TimelinePoint[] {
  const col = a.level === "country" ? "p.country" : "p.actor_key";
  const params: unknown[] = [a.key];
  const inner = `SELECT DISTINCT e.date AS date, e.type AS type, e.quad AS quad, e.intensity AS intensity,
      COALESCE(e.cluster_id, e.id) AS cluster_id, e.id AS event_id
    FROM event_participants p JOIN events e ON e.id = p.event_id WHERE ${col} = ?${dateRange(opts, params, "e.date")}`;
  return aggregate(db, inner, params, opts.granularity ?? "month");
}

const MONTH_START = /^\d{4}-\d{2}(-01)?$/;
const MONTH_END = /^\d{4}-\d{2}(-(28|29|30|31)|\uffff)?$/;

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Whether a date window covers whole months, so the monthly roll-up answers it exactly. */
function monthAligned(o: TimelineOptions): boolean {
  if (o.from && !MONTH_START.test(o.from)) return false;
  if (o.to && !(MONTH_END.test(o.to) && (o.to.length !== 10 || o.to === lastDayOfMonth(o.to.slice(0, 7))))) return false;
  return true;
}

/** Monthly timeline from the dyad_months roll-up (a few hundred rows even for the busiest dyad). */
function dyadMonths(db: Db, level: string, ka: string, kb: string, opts: TimelineOptions): TimelinePoint[] {
  const params: unknown[] = [];
  // one index range per direction (SQLite does not use the primary key for an OR of two pairs)
  const side = (src: string, tgt: string) => {
    let sql = "SELECT month, type, quad, events, reports, intensity FROM dyad_months WHERE level = ? AND src = ? AND tgt = ?";
    params.push(level, src, tgt);
    if (opts.from) {
      sql += " AND month >= ?";
      params.push(opts.from.slice(0, 7));
    }
    if (opts.to) {
      sql += " AND month <= ?";
      params.push(opts.to.slice(0, 7));
    }
    return sql;
  };
  let inner = side(ka, kb);
  if (opts.undirected ?? true) inner += ` UNION ALL ${side(kb, ka)}`;
  const rows = db
    .prepare(
      `SELECT month AS period, type, quad, SUM(events) AS events, SUM(reports) AS reports, SUM(intensity) AS intensity
       FROM (${inner}) GROUP BY month, type, quad`,
    )
    .all(...params) as Row[];
  return foldTimeline(rows.filter((r) => r.events > 0 || r.reports > 0));
}

/** The country an actor-level key belongs to (its most frequent entity country), or null. */
function countryOf(db: Db, key: string): string | null {
  const r = db
    .prepare(
      "SELECT country, COUNT(*) AS n FROM entities WHERE actor_key = ? AND country IS NOT NULL GROUP BY country ORDER BY n DESC LIMIT 1",
    )
    .get(key) as { country: string } | undefined;
  return r?.country ?? null;
}

/** Dyads are indexed per level: a country paired with an actor compares at country level when the actor has one. */
export function sameLevel(db: Db, a: ActorRef, b: ActorRef): [ActorRef, ActorRef] {
  if (a.level === b.level) return [a, b];
  const lift = (r: ActorRef): ActorRef => {
    if (r.level === "country") return r;
    const c = countryOf(db, r.key);
    if (!c) throw new EntenteError("E_ARGS", `${r.name} has no country, so it cannot be paired with a country`);
    return { level: "country", key: c, name: r.name };
  };
  return [lift(a), lift(b)];
}
