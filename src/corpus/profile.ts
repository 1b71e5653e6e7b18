/** Actor profiles: event counts, types, top counterparts, quotes by and about, monthly timeline. */
import type { Db } from "../store/db.js";
import { isCooperation } from "../store/keys.js";
import { queryQuotes } from "../store/read.js";
import { displayName } from "../store/resolve.js";
import type { ActorProfile, ActorRef, Counterpart, TimelineOptions } from "../store/types.js";
import { actorTimeline } from "./timeline.js";

/** How many counterparts and quotes a profile lists. */
export const PROFILE_TOP = 10;

export function actorProfile(db: Db, a: ActorRef, opts: TimelineOptions & { top?: number } = {}): ActorProfile {
  const top = opts.top ?? PROFILE_TOP;
  const col = a.level === "country" ? "p.country" : "p.actor_key";
  const params: unknown[] = [a.key];
  let range = "";
  if (opts.from) {
    range += " AND e.date >= ?";
    params.push(opts.from);
  }
  if (opts.to) {
    range += " AND e.date <= ?";
    params.push(opts.to);
  }
  const roles = db
    .prepare(
      `SELECT p.role, COUNT(DISTINCT COALESCE(e.cluster_id, e.id)) AS n FROM event_participants p JOIN events e ON e.id = p.event_id
       WHERE ${col} = ?${range} GROUP BY p.role`,
    )
    .all(...params) as { role: string; n: number }[];
  const types = db
    .prepare(
      `SELECT e.type, COUNT(DISTINCT COALESCE(e.cluster_id, e.id)) AS n FROM event_participants p JOIN events e ON e.id = p.event_id
       WHERE ${col} = ?${range} GROUP BY e.type ORDER BY n DESC`,
    )
    .all(...params) as { type: string; n: number }[];
  const dRange = range.replaceAll("e.date", "date");
  const cps = db
    .prepare(
      `SELECT other, quad, COUNT(DISTINCT c) AS n FROM (
         SELECT tgt AS other, quad, COALESCE(cluster_id, event_id) AS c, date FROM event_dyads WHERE level = ? AND src = ?${dRange}
         UNION ALL
         SELECT src AS other, quad, COALESCE(cluster_id, event_id) AS c, date FROM event_dyads WHERE level = ? AND tgt = ?${dRange}
       ) GROUP BY other, quad`,
    )
    .all(a.level, ...params, a.level, ...params) as { other: string; quad: number; n: number }[];
  const byOther = new Map<string, Counterpart>();
  for (const r of cps) {
    let c = byOther.get(r.other);
    if (!c) {
      c = { key: r.other, name: "", events: 0, cooperation: 0, conflict: 0 };
      byOther.set(r.other, c);
    }
    c.events += r.n;
    if (isCooperation(r.quad)) c.cooperation += r.n;
    else c.conflict += r.n;
  }
  const topCounterparts = [...byOther.values()]
    .sort((x, y) => y.events - x.events || (x.key < y.key ? -1 : 1))
    .slice(0, top)
    .map((c) => ({ ...c, name: displayName(db, a.level, c.key) }));
  return {
    actor: a,
    events: {
      asActor: roles.find((r) => r.role === "actor")?.n ?? 0,
      asRecipient: roles.find((r) => r.role === "recipient")?.n ?? 0,
    },
    byType: Object.fromEntries(types.map((t) => [t.type, t.n])),
    topCounterparts,
    quotesBy: queryQuotes(db, { by: a.key, limit: top }),
    quotesAbout: queryQuotes(db, { about: a.key, limit: top }),
    timeline: actorTimeline(db, a, { granularity: opts.granularity ?? "month", from: opts.from, to: opts.to }),
  };
}
