import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { EntenteError } from "../contract/errors.js";
import { createApp } from "./app.js";
import { MAX_ANALYZE_BODY_BYTES } from "./routes/analyze.js";

const post = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("POST /api/analyze with text returns a valid Analysis", async () => {
  const app = createApp();
  const res = await post(app, {
    text: "The two ministers met in the capital on Monday.\n\nThey signed a trade pact.",
    publishedAt: "2024-03-04",
  });
  assert.equal(res.status, 200);
  const analysis = await res.json();
  assertValidAnalysis(analysis);
  assert.equal(analysis.document.publishedAt, "2024-03-04");
  assert.equal(analysis.document.paragraphs.length, 2);
});

test("POST /api/analyze with HTML keeps markup out of the text", async () => {
  const app = createApp();
  const html =
    "<html><head><title>Talks resume</title></head><body><article><p>Delegates from both sides met again on Tuesday to resume the talks.</p><p>No agreement was reached, officials said after the meeting.</p></article></body></html>";
  const res = await post(app, { html });
  assert.equal(res.status, 200);
  const analysis = await res.json();
  assertValidAnalysis(analysis);
  assert.ok(!analysis.document.text.includes("<p>"));
  assert.match(analysis.document.text, /resume the talks/);
});

test("POST /api/analyze with a URL uses the fetcher; fetch failures are 502 and private addresses are refused", async () => {
  const page =
    "<html><body><article><p>Envoys met in the border town and agreed to a ceasefire that starts at dawn.</p></article></body></html>";
  const okFetch = async (url: string) => ({ id: url, html: page, url, contentType: "text/html" });
  const res = await post(createApp({ fetchArticle: okFetch }), { url: "https://news.example/story" });
  assert.equal(res.status, 200);
  const analysis = await res.json();
  assertValidAnalysis(analysis);
  assert.equal(analysis.document.url, "https://news.example/story");

  const badFetch = async (url: string): Promise<never> => {
    throw new EntenteError("E_FETCH", `${url} answered HTTP 404`);
  };
  const bad = await post(createApp({ fetchArticle: badFetch }), { url: "https://news.example/missing" });
  assert.equal(bad.status, 502);
  assert.equal((await bad.json()).error.code, "E_FETCH");

  // the real fetcher refuses loopback addresses before connecting
  const local = await post(createApp(), { url: "http://127.0.0.1:9/" });
  assert.equal(local.status, 502);
  const refused = (await local.json()).error;
  assert.equal(refused.code, "E_FETCH");
  assert.match(refused.message, /private|loopback/);
});

test("POST /api/analyze rejects bad bodies with 4xx and a stable code", async () => {
  const app = createApp();
  const cases: Array<[unknown, number, string]> = [
    [{}, 400, "E_VALIDATION"],
    [{ text: "a", html: "<p>b</p>" }, 400, "E_VALIDATION"],
    [{ text: "ok", publishedAt: "yesterday" }, 400, "E_VALIDATION"],
    [{ text: "ok", extra: 1 }, 400, "E_VALIDATION"],
    [{ url: "file:///etc/passwd" }, 400, "E_VALIDATION"],
    [{ text: "   " }, 422, "E_EMPTY"],
  ];
  for (const [body, status, code] of cases) {
    const res = await post(app, body);
    assert.equal(res.status, status, JSON.stringify(body));
    const json = await res.json();
    assert.equal(json.error.code, code, JSON.stringify(body));
    assert.equal(typeof json.error.message, "string");
  }
  const notJson = await app.request("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
  assert.equal(notJson.status, 400);
  const huge = await post(app, { text: "x".repeat(MAX_ANALYZE_BODY_BYTES + 10) });
  assert.equal(huge.status, 413);
  assert.equal((await huge.json()).error.code, "E_TOO_LARGE");
});

test("unknown API routes are JSON 404s and the OpenAPI document lists the routes", async () => {
  const app = createApp();
  const res = await app.request("/api/nope");
  assert.equal(res.status, 404);
  assert.equal((await res.json()).error.code, "E_NOT_FOUND");
  const doc = await (await app.request("/api/openapi.json")).json();
  assert.equal(doc.openapi, "3.1.0");
  assert.ok(doc.paths["/api/analyze"].post.requestBody);
});
