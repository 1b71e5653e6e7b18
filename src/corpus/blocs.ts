/**
 * Alignment and blocs: each country's profile is its net cooperation (distinct cooperative minus
 * conflictual events, both directions) with every other country in the window; countries whose
 * profiles point the same way (cosine) are aligned; Louvain over positive similarities finds blocs.
 */
import type { Db } from "../store/db.js";
import { isCooperation } from "../store/keys.js";
import type { BlocsResult } from "../store/types.js";
import { louvain } from "./louvain.js";

/** A country needs this many distinct events in the window to be placed (fewer is noise). */
export const MIN_COUNTRY_EVENTS = 3;
/** At most this many most active countries enter the matrix (keeps it readable and O(n²) small). */
export const MAX_BLOC_COUNTRIES = 80;

export interface BlocOptions {
  from?: string;
  to?: string;
  minEvents?: number;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] as number) * (b[i] as number);
    na += (a[i] as number) ** 2;
    nb += (b[i] as number) ** 2;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export function computeBlocs(db: Db, opts: BlocOptions = {}): BlocsResult {
  const params: unknown[] = [];
  let range = "";
  if (opts.from) {
    range += " AND date >= ?";
    params.push(opts.from);
  }
  if (opts.to) {
    range += " AND date <= ?";
    params.push(opts.to);
  }
  const rows = db
    .prepare(
      `SELECT src, tgt, quad, COUNT(DISTINCT COALESCE(cluster_id, event_id)) AS n FROM event_dyads
       WHERE level = 'country' AND date IS NOT NULL${range} GROUP BY src, tgt, quad`,
    )
    .all(...params) as { src: string; tgt: string; quad: number; n: number }[];
  const activity = new Map<string, number>();
  for (const r of rows) {
    activity.set(r.src, (activity.get(r.src) ?? 0) + r.n);
    activity.set(r.tgt, (activity.get(r.tgt) ?? 0) + r.n);
  }
  const min = opts.minEvents ?? MIN_COUNTRY_EVENTS;
  const countries = [...activity.entries()]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_BLOC_COUNTRIES)
    .map(([c]) => c)
    .sort();
  const index = new Map(countries.map((c, i) => [c, i]));
  const n = countries.length;
  const net = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const r of rows) {
    const i = index.get(r.src);
    const j = index.get(r.tgt);
    if (i === undefined || j === undefined) continue;
    const s = isCooperation(r.quad) ? r.n : -r.n;
    net[i]![j]! += s;
    net[j]![i]! += s;
  }
  // A country is fully aligned with itself: the diagonal makes direct cooperation between two countries count.
  for (let i = 0; i < n; i++) net[i]![i] = Math.max(1, ...net[i]!.map(Math.abs));
  const matrix = net.map((a) => net.map((b) => Math.round(cosine(a, b) * 1000) / 1000));
  const weights = matrix.map((row, i) => row.map((x, j) => (i === j ? 0 : Math.max(0, x))));
  const { membership, modularity } = louvain(weights);
  const blocs = new Map<number, string[]>();
  membership.forEach((b, i) => {
    blocs.set(b, [...(blocs.get(b) ?? []), countries[i] as string]);
  });
  return {
    from: opts.from ?? null,
    to: opts.to ?? null,
    countries,
    matrix,
    blocs: [...blocs.entries()].map(([id, members]) => ({ id, members })),
    modularity: Math.round(modularity * 1000) / 1000,
  };
}
