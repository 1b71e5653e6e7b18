/**
 * The KB's surface index walked token by token, built lazily from the flat surface map: each
 * node caches its surface key's match (one shared hit object per node, so a walk allocates
 * nothing) and whether longer surfaces continue it, and its children are found by the next
 * folded token in a small map. A walk over the flat map built and hashed a new key string
 * ("united" → "united nations" → "united nations security") and looked it up in the 200k-key
 * map twice per step; the trie looks each key up once per process.
 */
import type { KbMatch } from "./types.js";

export interface TrieStep {
  /** The folded surface key this node stands for (tokens joined by single spaces). */
  key: string;
  /** The node's match as a longest-match answer (length = its depth in tokens), null when the key only prefixes others. */
  hit: { length: number; matches: KbMatch[] } | null;
  /** Whether some longer surface starts with this key. */
  prefix: boolean;
  /** Children by the next folded token; null until first asked (a null child: no such surface). */
  next: Map<string, TrieStep | null> | null;
}

/** Nodes (known and unknown keys) kept before the trie is dropped and rebuilt, so a long batch cannot grow it without bound. */
const TRIE_NODE_LIMIT = 200_000;

/** `make(key, length)`: the node of a surface key of `length` tokens, or null when no surface has that key. */
export function tokenTrie(make: (key: string, length: number) => TrieStep | null, limit = TRIE_NODE_LIMIT) {
  let root = new Map<string, TrieStep | null>();
  let nodes = 0;
  const count = (): void => {
    if (++nodes > limit) {
      root = new Map();
      nodes = 0;
    }
  };
  return {
    /** The node of a one-token key. */
    root(first: string): TrieStep | null {
      let step = root.get(first);
      if (step === undefined) {
        count();
        step = make(first, 1);
        root.set(first, step);
      }
      return step;
    },
    /** The child of `parent` by the next folded token, `length` tokens deep. */
    child(parent: TrieStep, token: string, length: number): TrieStep | null {
      parent.next ??= new Map();
      let step = parent.next.get(token);
      if (step === undefined) {
        count();
        step = make(`${parent.key} ${token}`, length);
        parent.next.set(token, step);
      }
      return step;
    },
  };
}
