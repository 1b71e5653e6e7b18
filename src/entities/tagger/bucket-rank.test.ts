import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntenteError } from "../../contract/errors.js";
import { BucketRank } from "./bucket-rank.js";

describe("bucket rank index", () => {
  it("gives each bucket with weights its row number and -1 elsewhere", () => {
    const bits = 12;
    // Every 7th bucket plus both ends of some 32-bucket words (bits 0 and 31).
    const set = new Set<number>();
    for (let b = 0; b < 2 ** bits; b += 7) set.add(b);
    for (const b of [31, 32, 63, 64, 4095]) set.add(b);
    const buckets = [...set].sort((a, b) => a - b);
    const rank = new BucketRank(bits, buckets);
    const rowOf = new Map(buckets.map((b, r) => [b, r]));
    for (let b = 0; b < 2 ** bits; b++) assert.equal(rank.rankOf(b), rowOf.get(b) ?? -1, `bucket ${b}`);
  });

  it("answers -1 for every bucket of an empty model", () => {
    const rank = new BucketRank(8, []);
    for (let b = 0; b < 256; b++) assert.equal(rank.rankOf(b), -1);
  });

  it("refuses buckets out of order or past the hash size", () => {
    assert.throws(() => new BucketRank(8, [5, 3]), EntenteError);
    assert.throws(() => new BucketRank(8, [4, 4]), EntenteError);
    assert.throws(() => new BucketRank(8, [256]), EntenteError);
  });
});
