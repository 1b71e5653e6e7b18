import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ingest } from "./ingest.js";

const BIN = fileURLToPath(new URL("../../bin/entente.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "entente-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const PLACES = ["Ruritania", "Freedonia", "Sylvania", "Latveria", "Genovia", "Elbonia"];
const TOPICS = ["fishing rights", "rail freight", "river pollution", "grain prices", "port fees", "border posts"];
const N = 80;

function writeCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < N; i++) {
    const a = PLACES[i % PLACES.length];
    const b = PLACES[(i * 5 + 1) % PLACES.length];
    const t = TOPICS[(i * 7) % TOPICS.length];
    const text = `Bulletin number ${i}. A delegation from ${a} met officials of ${b} on day ${i} of the session to discuss ${t}.\n\nBoth sides said the meeting, the ${i}th of its kind, was useful and agreed to meet again.`;
    writeFileSync(join(folder, `bulletin-${String(i).padStart(3, "0")}.txt`), text);
  }
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare("SELECT COUNT(*) AS n FROM sources").get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

test("kill -9 in the middle of an ingest, then a re-run: every article exactly once", { timeout: 120_000 }, async () => {
  const folder = join(dir, "corpus");
  writeCorpus(folder);
  const db = join(dir, "crash.db");
  const child = spawn(process.execPath, [BIN, "ingest", folder, "--db", db, "--workers", "1", "--quiet"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let atKill = 0;
  for (;;) {
    atKill = count(db);
    if (atKill > 0 || child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill("SIGKILL");
  await exited;
  atKill = count(db);
  assert.ok(atKill > 0 && atKill < N, `killed with ${atKill} of ${N} sources stored: the kill must land mid-ingest`);

  const resumed = await ingest([folder], { db, workers: 0, progress: null });
  assert.equal(resumed.skipped, atKill);
  assert.equal(resumed.added, N - atKill);
  const d = new Database(db, { readonly: true });
  const q = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
  assert.equal(q("SELECT COUNT(*) AS n FROM articles"), N);
  assert.equal(q("SELECT COUNT(DISTINCT content_hash) AS n FROM articles"), N);
  assert.equal(q("SELECT COUNT(*) AS n FROM sources WHERE status = 'ok'"), N);
  assert.equal(q("SELECT COUNT(*) AS n FROM article_fingerprints"), N);
  assert.equal(q("SELECT COUNT(*) AS n FROM articles_fts"), N);
  d.close();
});
