import assert from "node:assert/strict";
import { test } from "node:test";
import { fnv, longShape, longShapeHash, shape, shapeHash } from "./features.js";
import { FNV_START, fnvAdd, fnvEnd, fnvRange, mix } from "./hash.js";

/** Words of every shape class: ASCII, digits, punctuation, accented and non-Latin letters, long runs. */
const WORDS = [
  "Lavrov",
  "U.S.",
  "2024",
  "al-Qaim",
  "NATO",
  "Li",
  "x",
  "",
  "Côte",
  "ÉLYSÉE",
  "Straße",
  "İstanbul",
  "Москва",
  "北京",
  "McDonald's",
  "a1B2c3D4e5F6g7",
  "----",
];

test("fnvRange hashes a slice without building it", () => {
  for (const w of WORDS) {
    for (let from = 0; from <= w.length; from++) {
      for (let to = from; to <= w.length; to++) assert.equal(fnvRange(w, from, to), fnv(w.slice(from, to)), `${w} [${from}, ${to})`);
    }
  }
});

test("incremental fnv equals fnv of the whole string", () => {
  for (const w of WORDS) {
    let h = FNV_START;
    for (let i = 0; i < w.length; i++) h = fnvAdd(h, w.charCodeAt(i));
    assert.equal(fnvEnd(h), fnv(w), w);
  }
});

test("shape hashes equal the hashes of the shape strings", () => {
  for (const w of WORDS) {
    assert.equal(shapeHash(w), fnv(shape(w)), `shape of ${w}`);
    assert.equal(longShapeHash(w), fnv(longShape(w)), `long shape of ${w}`);
  }
  assert.equal(shape("al-Qaim"), "x-Xx");
  assert.equal(longShape("NATO"), "XXXX4");
});

test("hash values are stable, so a committed model keeps reading the features it was trained on", () => {
  // Values of the hashes when the model format was fixed (mix compared as unsigned 32 bits).
  const fnvs: Array<[string, number]> = [
    ["", 2166136261],
    ["lavrov", 1910340399],
    ["B:country", 1580704793],
    ["Côte", 804844341],
  ];
  for (const [s, h] of fnvs) assert.equal(fnv(s), h, s);
  const mixes: Array<[number, number, number, number, number]> = [
    [1, 0, 0, 0, 179721900],
    [2, 1910340399, 0, 0, 2079949547],
    [40, 3154326812, 1547363254, 0, 513846325],
    [42, 1494470541, 4245442695, 1494470541, 2327154978],
    [60, 4294967295, 7, 0, 3463771051],
  ];
  for (const [t, a, b, c, h] of mixes) assert.equal(mix(t, a, b, c) >>> 0, h, `mix(${t}, ${a}, ${b}, ${c})`);
});
