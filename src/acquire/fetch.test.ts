import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer, type TestServer } from "../../test/fixtures/corpus/http-server.js";
import { isPrivateAddress } from "./address.js";
import { decodeBody, Fetcher, USER_AGENT } from "./fetch.js";
import { fetchArticle } from "./fetch-article.js";
import { parseRobots } from "./robots.js";

const page = "<html><body><p>A short page about a treaty.</p></body></html>";
let srv: TestServer;

before(async () => {
  srv = await startServer({
    "/robots.txt": { type: "text/plain", body: "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n" },
    "/page": { body: page },
    "/private/page": { body: page },
    "/image": { type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    "/big": { body: "x".repeat(5000) },
    "/loop": { status: 302, headers: { location: "/loop" } },
    "/hop": { status: 301, headers: { location: "/page" } },
    "/latin1": { type: "text/html; charset=iso-8859-1", body: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
  });
});
after(() => srv.close());

const fetcher = (o = {}) => new Fetcher({ allowPrivate: true, hostDelayMs: 0, ...o });
const code = (c: string) => (e: Error & { code?: string }) => e.code === c;

test("private and loopback addresses are refused unless allowed", async () => {
  for (const ip of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.1.1", "::1", "fd00::1", "::ffff:127.0.0.1"]) {
    assert.ok(isPrivateAddress(ip), ip);
  }
  for (const ip of ["8.8.8.8", "172.32.0.1", "2001:4860::8888"]) assert.ok(!isPrivateAddress(ip), ip);
  const f = new Fetcher({ hostDelayMs: 0 });
  await assert.rejects(f.fetch(`${srv.base}/page`), code("E_FETCH"));
  await assert.rejects(f.fetch("http://localhost:1/page"), /loopback/);
  await f.close();
});

test("fetches a page with our user-agent and follows a redirect", async () => {
  const f = fetcher();
  const r = await f.fetch(`${srv.base}/hop`);
  assert.equal(r.url, `${srv.base}/page`);
  assert.equal(r.body.toString(), page);
  assert.ok(srv.requests.some((q) => q.path === "/page" && q.userAgent === USER_AGENT));
  await f.close();
});

test("404, non-HTML, oversized bodies, redirect loops and robots.txt give coded errors", async () => {
  const f = fetcher({ maxBytes: 1000 });
  await assert.rejects(f.fetch(`${srv.base}/missing`), code("E_FETCH"));
  await assert.rejects(f.fetch(`${srv.base}/image`), code("E_UNSUPPORTED"));
  await assert.rejects(f.fetch(`${srv.base}/big`), code("E_TOO_LARGE"));
  await assert.rejects(f.fetch(`${srv.base}/loop`), /redirects/);
  await assert.rejects(f.fetch(`${srv.base}/private/page`), /robots/);
  await assert.rejects(f.fetch("ftp://example.org/x"), code("E_UNSUPPORTED"));
  await f.close();
});

test("a per-host delay spaces requests to one host", async () => {
  const f = fetcher({ hostDelayMs: 150 });
  const t0 = Date.now();
  await f.fetch(`${srv.base}/page`);
  await f.fetch(`${srv.base}/page`);
  await f.fetch(`${srv.base}/page`);
  assert.ok(Date.now() - t0 >= 290, `three requests took ${Date.now() - t0} ms`);
  await f.close();
});

test("charset from the header decodes the body", async () => {
  const f = fetcher();
  const r = await f.fetch(`${srv.base}/latin1`);
  assert.equal(decodeBody(r.body, r.contentType), "café");
  await f.close();
});

test("robots.txt: our group beats '*', longest match wins, wildcards and $", () => {
  const r = parseRobots(
    "User-agent: *\nDisallow: /\n\nUser-agent: entente\nDisallow: /news/\nAllow: /news/public/\nDisallow: /*.pdf$\nCrawl-delay: 2\n",
    "entente",
  );
  assert.equal(r.allow("/about"), true);
  assert.equal(r.allow("/news/x"), false);
  assert.equal(r.allow("/news/public/x"), true);
  assert.equal(r.allow("/files/a.pdf"), false);
  assert.equal(r.allow("/files/a.pdf.html"), true);
  assert.equal(r.crawlDelay, 2);
  assert.equal(parseRobots("User-agent: *\nDisallow: /\n", "entente").allow("/a"), false);
  assert.equal(parseRobots("", "entente").allow("/a"), true);
});

test("fetchArticle (entente analyze URL) gives an HTML RawInput; private hosts need allowPrivate", async () => {
  const input = await fetchArticle(`${srv.base}/hop`, { allowPrivate: true });
  assert.equal(input.html, page);
  assert.equal(input.url, `${srv.base}/page`);
  await assert.rejects(fetchArticle(`${srv.base}/page`), code("E_FETCH"));
});
