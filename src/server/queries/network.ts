/** The country network for a time window: edge weights from the dyad index, bloc membership from Store.blocs. */
import type { Store } from "../../store/index.js";
import { isCooperation } from "../../store/keys.js";
import type { NetworkResult } from "../dto.js";
import { memo } from "./memo.js";

/** The drawing stays legible up to about this many countries (the most active are kept). */
export const MAX_NETWORK_NODES = 60;

export function countryNetwork(store: Store, from?: string, to?: string): NetworkResult {
  // aggregates over the whole dyad index plus Louvain: memoised per window until the store grows
  return memo(store, `network:${from ?? ""}:${to ?? ""}`, () => computeNetwork(store, from, to));
}

function computeNetwork(store: Store, from?: string, to?: string): NetworkResult {
  const params: unknown[] = [];
  let range = "";
  if (from) {
    range += " AND date >= ?";
    params.push(from);
  }
  if (to) {
    range += " AND date <= ?";
    params.push(to);
  }
  const rows = store.db
    .prepare(
      `SELECT MIN(src, tgt) AS a, MAX(src, tgt) AS b, quad, COUNT(DISTINCT COALESCE(cluster_id, event_id)) AS n FROM event_dyads
       WHERE level = 'country' AND date IS NOT NULL AND src != tgt${range} GROUP BY a, b, quad`,
    )
    .all(...params) as { a: string; b: string; quad: number; n: number }[];
  const edges = new Map<string, { a: string; b: string; cooperation: number; conflict: number }>();
  const activity = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.a}|${r.b}`;
    let e = edges.get(k);
    if (!e) {
      e = { a: r.a, b: r.b, cooperation: 0, conflict: 0 };
      edges.set(k, e);
    }
    if (isCooperation(r.quad)) e.cooperation += r.n;
    else e.conflict += r.n;
    activity.set(r.a, (activity.get(r.a) ?? 0) + r.n);
    activity.set(r.b, (activity.get(r.b) ?? 0) + r.n);
  }
  const keep = new Set(
    [...activity.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_NETWORK_NODES)
      .map(([k]) => k),
  );
  const blocs = store.blocs({ from, to, minEvents: 1 });
  const blocOf = new Map<string, number>();
  for (const b of blocs.blocs) for (const m of b.members) blocOf.set(m, b.id);
  const names = nameOfCountries(store, [...keep]);
  const range2 = store.db
    .prepare("SELECT MIN(date) AS min, MAX(date) AS max FROM event_dyads WHERE level = 'country' AND date IS NOT NULL")
    .get() as {
    min: string | null;
    max: string | null;
  };
  return {
    from: from ?? null,
    to: to ?? null,
    nodes: [...keep].map((key) => ({ key, name: names.get(key) ?? key, events: activity.get(key) ?? 0, bloc: blocOf.get(key) ?? -1 })),
    edges: [...edges.values()].filter((e) => keep.has(e.a) && keep.has(e.b)),
    blocs: blocs.blocs.map((b) => ({ id: b.id, members: b.members.filter((m) => keep.has(m)) })).filter((b) => b.members.length > 0),
    range: range2,
  };
}

function nameOfCountries(store: Store, codes: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (codes.length === 0) return out;
  const rows = store.db
    .prepare(
      `SELECT country, name, COUNT(*) AS n FROM entities WHERE kind = 'country' AND country IN (${codes.map(() => "?").join(",")})
       GROUP BY country, name ORDER BY n DESC`,
    )
    .all(...codes) as { country: string; name: string }[];
  for (const r of rows) if (!out.has(r.country)) out.set(r.country, r.name);
  return out;
}
