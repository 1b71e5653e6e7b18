import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { currentVersion, openDb } from "./db.js";
import { open } from "./index.js";
import { LATEST_VERSION } from "./schema.js";

const dir = mkdtempSync(join(tmpdir(), "entente-migrate-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a version-1 store is migrated in place and keeps its rows", () => {
  const path = join(dir, "old.db");
  const old = openDb(path, { targetVersion: 1 });
  assert.equal(currentVersion(old), 1);
  old
    .prepare("INSERT INTO articles (doc_id, content_hash, text, ingested_at) VALUES (?, ?, ?, ?)")
    .run("legacy", "hash-legacy", "Old text from before version 2.", "2024-01-01T00:00:00Z");
  assert.throws(() => old.prepare("SELECT analysis_gz FROM articles").get(), /no such column/);
  old.close();

  const store = open(path);
  assert.equal(store.stats().schemaVersion, LATEST_VERSION);
  assert.ok(LATEST_VERSION >= 2);
  const art = store.getArticle(1);
  assert.equal(art?.text, "Old text from before version 2.");
  assert.equal(store.getAnalysis(1), null);
  const applied = store.db.prepare("SELECT version FROM schema_version ORDER BY version").all() as { version: number }[];
  assert.deepEqual(
    applied.map((r) => r.version),
    Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
  );
  store.close();
});

test("a store from a newer entente is refused with E_UNSUPPORTED", () => {
  const path = join(dir, "future.db");
  const db = openDb(path);
  db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', 'now')").run(LATEST_VERSION + 1);
  db.close();
  assert.throws(
    () => open(path),
    (e: Error & { code?: string }) => e.code === "E_UNSUPPORTED",
  );
});
