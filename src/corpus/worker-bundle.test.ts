import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { bundleModule } from "./worker-bundle.js";

const ENTRY = fileURLToPath(new URL("../../test/fixtures/bundle/entry.ts", import.meta.url));
const DATA = new URL("../../test/fixtures/bundle/data/value.txt", import.meta.url).href;

test("a bundled module graph keeps each file's own import.meta.url, so data paths still resolve", async () => {
  const url = await bundleModule(ENTRY);
  assert.ok(url, "esbuild is a dependency: bundling must work in a checkout");
  const m = (await import(url.href)) as { topUrl: string; deepUrl: string };
  assert.equal(m.topUrl, DATA);
  assert.equal(m.deepUrl, DATA);
  assert.equal(readFileSync(new URL(m.deepUrl), "utf8").trim(), "bundled data");
});

test("rebuilding unchanged sources leaves the bundle file as it was", async () => {
  const a = await bundleModule(ENTRY);
  const before = readFileSync(a!, "utf8");
  const b = await bundleModule(ENTRY);
  assert.equal(b?.href, a?.href);
  assert.equal(readFileSync(b!, "utf8"), before);
});

test("a missing entry gives null (the pool then loads the sources through tsx)", async () => {
  assert.equal(await bundleModule(fileURLToPath(new URL("./no-such-module.ts", import.meta.url))), null);
});
