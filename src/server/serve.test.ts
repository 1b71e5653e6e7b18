import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parsePort } from "../cli/serve-command.js";
import { EntenteError } from "../contract/errors.js";
import { createApp } from "./app.js";
import { startServer } from "./serve.js";

function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(join(dir, "assets", "app-1234.js"), "console.log(1)");
  return dir;
}

test("the built app is served with a CSP, hashed assets are immutable, unknown paths fall back to index.html", async () => {
  const dir = webDir();
  try {
    const app = createApp({ webDir: dir });
    const index = await app.request("/");
    assert.equal(index.status, 200);
    assert.match(index.headers.get("content-security-policy")!, /script-src 'self'/);
    assert.match(await index.text(), /explorer/);
    const asset = await app.request("/assets/app-1234.js");
    assert.match(asset.headers.get("content-type")!, /javascript/);
    assert.match(asset.headers.get("cache-control")!, /immutable/);
    const route = await app.request("/actor/USA");
    assert.match(await route.text(), /explorer/);
    assert.equal((await app.request("/assets/missing.js")).status, 404);
    // no escaping the web folder
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json"]) {
      const res = await app.request(path);
      assert.ok(!(await res.text()).includes('"name"'), path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without a built app the server says how to build it", async () => {
  const res = await createApp({ webDir: join(tmpdir(), "no-such-entente-web") }).request("/");
  assert.equal(res.status, 404);
  assert.match(await res.text(), /build:web/);
});

test("the server listens on a real socket and a busy port is a clear E_IO", async () => {
  const server = await startServer(createApp(), 0);
  try {
    const res = await fetch(new URL("/api/openapi.json", server.url));
    assert.equal(res.status, 200);
    const port = Number(new URL(server.url).port);
    await assert.rejects(
      startServer(createApp(), port),
      (e: unknown) => e instanceof EntenteError && e.code === "E_IO" && /in use/.test(e.message),
    );
  } finally {
    await server.close();
  }
});

test("--port accepts 0–65535 only", () => {
  assert.equal(parsePort("0"), 0);
  assert.equal(parsePort("8080"), 8080);
  assert.equal(parsePort(undefined), 8787);
  for (const bad of ["-1", "70000", "http", "80.5"]) assert.throws(() => parsePort(bad), /--port/);
});
