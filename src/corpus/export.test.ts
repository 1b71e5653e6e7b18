import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, test } from "node:test";
import { buildAnalysis } from "../../test/fixtures/corpus/analysis-builder.js";
import { HAND_CORPUS } from "../../test/fixtures/corpus/hand-corpus.js";
import { open, type Store } from "../store/index.js";
import { Committer } from "./commit.js";
import { EVENT_CSV_COLUMNS, type ExportFormat, runExport } from "./export.js";

const dir = mkdtempSync(join(tmpdir(), "entente-export-"));
let store: Store;

before(() => {
  store = open(join(dir, "x.db"));
  const c = new Committer(store.db);
  store.db.transaction(() => {
    for (const spec of HAND_CORPUS)
      c.article(`t:${spec.id}`, "file", buildAnalysis(spec), { contentHash: spec.id, raw: null, contentType: null });
  })();
});
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: ExportFormat, o = {}): Promise<string> {
  let s = "";
  const out = new Writable({
    write(chunk, _enc, cb) {
      s += chunk.toString();
      cb();
    },
  });
  await runExport(store.db, format, out, o);
  return s;
}

/** Minimal RFC 4180 reader for the assertions (quoted cells may hold commas, quotes, newlines). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (q) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  return rows;
}

test("jsonl gives back every Analysis exactly", async () => {
  const lines = (await exported("jsonl")).trim().split("\n");
  assert.equal(lines.length, HAND_CORPUS.length);
  assert.deepEqual(JSON.parse(lines[0] as string), buildAnalysis(HAND_CORPUS[0]!));
});

test("events CSV: one row per report, offsets slice the evidence", async () => {
  const rows = parseCsv(await exported("events-csv"));
  assert.deepEqual(rows[0], [...EVENT_CSV_COLUMNS]);
  assert.equal(rows.length - 1, 8);
  const i = EVENT_CSV_COLUMNS.indexOf("trigger");
  assert.ok(rows.slice(1).every((r) => r.length === EVENT_CSV_COLUMNS.length && r[i] !== ""));
  assert.equal(parseCsv(await exported("events-csv", { from: "2024-04-01" })).length - 1, 2);
});

test("quotes CSV escapes quotes and commas", async () => {
  const rows = parseCsv(await exported("quotes-csv"));
  assert.equal(rows.length - 1, 4);
  assert.ok(rows.slice(1).every((r) => r.length === rows[0]!.length));
});

test("PLOVER JSON lines and GDELT TSV: one record per cross-article event", async () => {
  const plover = (await exported("plover"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(plover.length, 5);
  const consult = plover.find((p) => p.event_type === "CONSULT" && p.num_reports === 3);
  assert.equal(consult.actor_country, "RUR");
  assert.equal(consult.sources.length, 3);
  const tsv = (await exported("gdelt")).split("\n").filter((l) => l !== "");
  assert.equal(tsv.length, 5);
  for (const line of tsv) assert.equal(line.split("\t").length, 61);
  const row = tsv.map((l) => l.split("\t")).find((c) => c[26] === "040" && c[31] === "3")!;
  assert.deepEqual([row[1], row[7], row[17], row[29], row[33]], ["20240304", "RUR", "FRE", "1", "3"]);
});
