/**
 * Per-store memo for whole-corpus aggregates (facets, the country network): entries stay valid until
 * an article is added, which the newest article id and the article count reveal in one indexed read.
 */
import type { Store } from "../../store/index.js";

/** Enough for the windows a user slides through in a session; the oldest entry goes first. */
const MAX_ENTRIES = 64;

const caches = new WeakMap<Store, { version: string; entries: Map<string, unknown> }>();

function storeVersion(store: Store): string {
  const v = store.db.prepare("SELECT MAX(id) AS m, COUNT(*) AS n FROM articles").get() as { m: number | null; n: number };
  return `${v.m}:${v.n}`;
}

export function memo<T>(store: Store, key: string, compute: () => T): T {
  const version = storeVersion(store);
  let cache = caches.get(store);
  if (!cache || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(store, cache);
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = compute();
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
  cache.entries.set(key, value);
  return value;
}
