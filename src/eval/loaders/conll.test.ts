import assert from "node:assert/strict";
import { test } from "node:test";
import { parseColumns, TYPE_MAPS } from "./conll.js";

test("IOB2 with comments and five columns (uner)", () => {
  const text =
    "# sent_id = x\n# text = Ana Silva went to Porto\n1\tAna\tB-PER\t-\ta\n2\tSilva\tI-PER\t-\ta\n3\twent\tO\t-\t-\n4\tto\tO\t-\t-\n5\tPorto\tB-LOC\t-\ta\n";
  const [s] = parseColumns(text, "uner", TYPE_MAPS.uner);
  assert.equal(s?.text, "Ana Silva went to Porto");
  assert.deepEqual(s?.spans, [
    { start: 0, end: 9, type: "PER" },
    { start: 18, end: 23, type: "LOC" },
  ]);
});

test("IO scheme (wikigold): a type change starts a new span, MISC is dropped", () => {
  const text = "-DOCSTART- O\n\nThe I-ORG\nRed I-ORG\nBand I-ORG\nplayed O\nin O\nOslo I-LOC\nNorway I-LOC\nJazz I-MISC\n";
  const [s] = parseColumns(text, "wikigold", TYPE_MAPS.wikigold);
  assert.deepEqual(
    s?.spans.map((x) => s.text.slice(x.start, x.end)),
    ["The Red Band", "Oslo Norway"],
  );
});

test("crossner and wnut types map to PER/ORG/LOC", () => {
  const [c] = parseColumns(
    "Jo\tB-politician\njoined\tO\nthe\tO\nGreens\tB-politicalparty\nin\tO\nMali\tB-country\n",
    "crossner",
    TYPE_MAPS.crossner,
  );
  assert.deepEqual(
    c?.spans.map((x) => x.type),
    ["PER", "ORG", "LOC"],
  );
  const [w] = parseColumns("acme\tB-corporation\nrocks\tO\nin\tO\nparis\tB-location\n", "wnut", TYPE_MAPS.wnut);
  assert.deepEqual(
    w?.spans.map((x) => x.type),
    ["ORG", "LOC"],
  );
});
