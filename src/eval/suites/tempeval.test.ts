import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalValue, valueMismatchCause } from "./tempeval.js";

test("canonicalValue pads one-digit ISO weeks only", () => {
  assert.equal(canonicalValue("2000-W7"), "2000-W07");
  assert.equal(canonicalValue("2000-W7-WE"), "2000-W07-WE");
  assert.equal(canonicalValue("2000-W17"), "2000-W17");
});

test("valueMismatchCause groups value mismatches by what differs", () => {
  const cause = (gold: string, ours: string | null) => valueMismatchCause({ value: gold }, { value: ours });
  assert.equal(cause("2001-03-02", null), "unresolved");
  assert.equal(cause("2001-03-02", "2001-03-02TNI"), "part-of-day");
  assert.equal(cause("PAST_REF", "PXY"), "ref-vs-other");
  assert.equal(cause("P1W", "2001-W09"), "length-vs-point");
  assert.equal(cause("P2Q", "P6M"), "length");
  assert.equal(cause("2001-WXX", "2001-W09"), "gold-underspecified");
  assert.equal(cause("2000-Q4", "2000"), "quarter");
  assert.equal(cause("2001-W08", "2001-W09"), "week");
  assert.equal(cause("2000-12", "2001-12"), "year");
  assert.equal(cause("2001-12", "2001-12-31"), "granularity");
  assert.equal(cause("2001-03-02", "2001-03-09"), "same-grain");
});
