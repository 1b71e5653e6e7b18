import assert from "node:assert/strict";
import { test } from "node:test";
import { Progress } from "./progress.js";
import { toCsv, toTable } from "./tabular.js";

function sink(isTTY: boolean) {
  const out = {
    isTTY,
    columns: 200,
    text: "",
    write(s: string) {
      out.text += s;
      return true;
    },
  };
  return out;
}

test("on a terminal the bar shows counts, rate and ETA; elsewhere plain lines", () => {
  const tty = sink(true);
  const p = new Progress(tty as never, 10);
  const counts = { added: 4, duplicates: 1, skipped: 0, failed: 0 };
  assert.match(p.line(counts), /^\[#{12}-{12}\] 5\/10 \(\+4 new, 1 dup, 0 stored, 0 failed\) [\d.]+\/s( ETA \S+)?$/);
  p.update(counts);
  assert.match(tty.text, /^\r\x1b\[K\[/);
  p.finish(counts);
  assert.ok(tty.text.endsWith("\n"));
  const log = sink(false);
  const q = new Progress(log as never, null);
  q.update(counts);
  assert.match(log.text, /^ingest: 5 \(\+4 new/);
  assert.ok(!log.text.includes("\r"));
});

test("CSV quotes cells with commas, quotes and newlines; tables align", () => {
  assert.equal(toCsv([{ a: 'say "no", now', b: 2, c: null }]), 'a,b,c\r\n"say ""no"", now",2,\r\n');
  assert.equal(toTable([{ x: "ab", y: 1 }]), "x   y\n--  -\nab  1\n");
});
