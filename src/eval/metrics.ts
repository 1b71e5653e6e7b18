/** Shared scoring helpers. */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Exact-match counts between two multisets of string keys. */
export function matchKeys(gold: Iterable<string>, predicted: Iterable<string>): { tp: number; fp: number; fn: number } {
  const g = new Map<string, number>();
  for (const k of gold) g.set(k, (g.get(k) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  for (const k of predicted) {
    const n = g.get(k) ?? 0;
    if (n > 0) {
      tp++;
      g.set(k, n - 1);
    } else fp++;
  }
  let fn = 0;
  for (const n of g.values()) fn += n;
  return { tp, fp, fn };
}

export interface Interval {
  start: number;
  end: number;
}

/** One-to-one matching of intervals by any character overlap (greedy by largest overlap). */
export function matchOverlap(
  gold: Interval[],
  predicted: Interval[],
): { tp: number; fp: number; fn: number; pairs: Array<[number, number]> } {
  const cands: Array<[number, number, number]> = [];
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] as Interval;
    for (let j = 0; j < predicted.length; j++) {
      const p = predicted[j] as Interval;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > 0) cands.push([ov, i, j]);
    }
  }
  cands.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length, pairs };
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
