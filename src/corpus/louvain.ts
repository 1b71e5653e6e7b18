/** Louvain community detection (Blondel et al. 2008) on a small dense weighted undirected graph. */

export interface Communities {
  /** Community index per node, 0..k-1 in order of first appearance. */
  membership: number[];
  modularity: number;
}

/** Newman modularity of a partition of a symmetric weight matrix. */
export function modularity(w: readonly number[][], membership: readonly number[]): number {
  const n = w.length;
  const k = w.map((row) => row.reduce((s, x) => s + x, 0));
  const m2 = k.reduce((s, x) => s + x, 0);
  if (m2 === 0) return 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (membership[i] === membership[j]) q += (w[i]![j] as number) - ((k[i] as number) * (k[j] as number)) / m2;
    }
  }
  return q / m2;
}

/** Phase 1: move single nodes to the neighbouring community with the best modularity gain until none helps. */
function localMoves(w: readonly number[][]): number[] {
  const n = w.length;
  const k = w.map((row) => row.reduce((s, x) => s + x, 0));
  const m2 = k.reduce((s, x) => s + x, 0);
  const comm = Array.from({ length: n }, (_, i) => i);
  const tot = [...k];
  let moved = true;
  let rounds = 0;
  while (moved && rounds++ < 100) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const ci = comm[i] as number;
      const links = new Map<number, number>();
      for (let j = 0; j < n; j++) {
        if (j === i || (w[i]![j] as number) === 0) continue;
        const cj = comm[j] as number;
        links.set(cj, (links.get(cj) ?? 0) + (w[i]![j] as number));
      }
      tot[ci] = (tot[ci] as number) - (k[i] as number);
      let best = ci;
      let bestGain = (links.get(ci) ?? 0) - ((tot[ci] as number) * (k[i] as number)) / m2;
      for (const [c, kin] of links) {
        const gain = kin - ((tot[c] as number) * (k[i] as number)) / m2;
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      tot[best] = (tot[best] as number) + (k[i] as number);
      if (best !== ci) {
        comm[i] = best;
        moved = true;
      }
    }
  }
  return comm;
}

function renumber(xs: readonly number[]): number[] {
  const ids = new Map<number, number>();
  return xs.map((x) => {
    let id = ids.get(x);
    if (id === undefined) {
      id = ids.size;
      ids.set(x, id);
    }
    return id;
  });
}

export function louvain(w: readonly number[][]): Communities {
  const n = w.length;
  let membership = Array.from({ length: n }, (_, i) => i);
  let graph = w.map((row) => [...row]);
  for (let level = 0; level < 20; level++) {
    const comm = renumber(localMoves(graph));
    const k = Math.max(-1, ...comm) + 1;
    membership = membership.map((c) => comm[c] as number);
    if (k === graph.length) break;
    // Phase 2: communities become nodes; internal weight becomes a self-loop.
    const next = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < graph.length; i++) {
      for (let j = 0; j < graph.length; j++) next[comm[i] as number]![comm[j] as number]! += graph[i]![j] as number;
    }
    graph = next;
  }
  membership = renumber(membership);
  return { membership, modularity: modularity(w, membership) };
}
