import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type TrieStep, tokenTrie } from "./token-trie.js";
import type { KbMatch } from "./types.js";

/** A trie over a few surfaces; `asked` records each key the trie asks for. */
function fixture(limit?: number) {
  const surfaces = new Map<string, { matched: boolean; prefix: boolean }>([
    ["gulf", { matched: false, prefix: true }],
    ["gulf of", { matched: false, prefix: true }],
    ["gulf of aden", { matched: true, prefix: false }],
    ["red", { matched: true, prefix: true }],
    ["red sea", { matched: true, prefix: false }],
  ]);
  const match = { entry: { id: "LOC:x", name: "x", kind: "location", country: null, sector: null, aliases: [] }, via: "name" } as KbMatch;
  const asked: string[] = [];
  const trie = tokenTrie((key, length): TrieStep | null => {
    asked.push(key);
    const s = surfaces.get(key);
    if (!s) return null;
    return { key, hit: s.matched ? { length, matches: [match] } : null, prefix: s.prefix, next: null };
  }, limit);
  return { trie, asked };
}

describe("KB token trie", () => {
  it("walks surfaces token by token, with each node's hit as long as its depth", () => {
    const { trie } = fixture();
    const gulf = trie.root("gulf");
    assert.ok(gulf?.prefix);
    assert.equal(gulf.hit, null, "a key that only prefixes others has no hit");
    const of = trie.child(gulf, "of", 2);
    const aden = of && trie.child(of, "aden", 3);
    assert.equal(aden?.hit?.length, 3);
    assert.equal(of && trie.child(of, "mexico", 3), null);
    assert.equal(trie.root("blue"), null);
  });

  it("asks for each key once, also for keys that are not surfaces", () => {
    const { trie, asked } = fixture();
    for (let k = 0; k < 3; k++) {
      const red = trie.root("red");
      if (red) trie.child(red, "sea", 2);
      trie.root("blue");
    }
    assert.deepEqual(asked, ["red", "red sea", "blue"]);
  });

  it("drops its nodes past the limit and builds them again", () => {
    const { trie, asked } = fixture(2);
    trie.root("red");
    trie.root("gulf");
    trie.root("blue");
    trie.root("red");
    assert.deepEqual(asked, ["red", "gulf", "blue", "red"]);
  });
});
