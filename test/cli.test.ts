import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { assertValidAnalysis } from "./support/invariants.js";

const bin = join(import.meta.dirname, "..", "bin", "entente.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

test("analyze --jsonl: one output line per input line, in order, errors as lines", () => {
  const input = [
    JSON.stringify({ id: "a", text: "Putin met Xi in Beijing on Thursday." }),
    "{not json",
    JSON.stringify({ id: "c" }),
    JSON.stringify({ id: "d", text: "   " }),
    JSON.stringify({
      id: 5,
      html: "<html><body><article><p>Officials met in Geneva on Monday to discuss a ceasefire in the region.</p></article></body></html>",
    }),
  ].join("\n");
  const r = run(["analyze", "--jsonl"], `${input}\n`);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  assert.deepEqual(
    lines.map((l) => l.id),
    ["a", null, "c", "d", "5"],
  );
  assertValidAnalysis(lines[0]);
  assert.equal(lines[1].error.code, "E_INPUT");
  assert.equal(lines[2].error.code, "E_INPUT");
  assert.equal(lines[3].error.code, "E_EMPTY");
  assertValidAnalysis(lines[4]);
});

test("analyze FILE --published --pretty prints one Analysis", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-cli-"));
  const file = join(dir, "a.txt");
  writeFileSync(file, "Leaders met on Thursday.\n\nThey agreed to talk again.");
  const r = run(["analyze", file, "--published", "2024-05-14", "--pretty"]);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assertValidAnalysis(a);
  assert.equal(a.document.publishedAt, "2024-05-14");
  assert.match(r.stdout, /\n {2}"schemaVersion"/);
});

test("unusable arguments and unreadable input exit non-zero with a coded message", () => {
  const bad = run(["analyze", "x.txt", "--published", "14/05/2024"]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /YYYY-MM-DD/);
  const missing = run(["analyze", "/nonexistent/file.txt"]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /E_IO/);
  const none = run(["analyze"]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /E_ARGS/);
});

test("eval with an unknown suite is an argument error", () => {
  const r = run(["eval", "nosuch"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown suite/);
});
