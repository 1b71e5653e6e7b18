import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildWarc } from "../../test/fixtures/corpus/warc-builder.js";
import { feedItems } from "./feed.js";
import { parseSitemap } from "./sitemap.js";
import { readWarc } from "./warc.js";

const dir = mkdtempSync(join(tmpdir(), "entente-formats-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("RSS and Atom feeds give absolute item links with ISO dates", () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://news.test/</link>
    <item><title>One</title><link>/a/one</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
    <item><title>Two</title><link>http://news.test/a/two</link></item></channel></rss>`;
  const items = feedItems(rss, "http://news.test/feed.xml");
  assert.deepEqual(
    items.map((i) => [i.url, i.publishedAt]),
    [
      ["http://news.test/a/one", "2024-03-05T10:00:00.000Z"],
      ["http://news.test/a/two", null],
    ],
  );
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>t</id><updated>2024-03-05T00:00:00Z</updated>
    <entry><title>B</title><id>b</id><link rel="alternate" href="http://news.test/b"/><published>2024-03-06T00:00:00Z</published><updated>2024-03-06T00:00:00Z</updated></entry></feed>`;
  assert.deepEqual(feedItems(atom, "http://news.test/")[0], {
    url: "http://news.test/b",
    title: "B",
    publishedAt: "2024-03-06T00:00:00.000Z",
  });
  assert.throws(
    () => feedItems("<html><body>no feed</body></html>", "http://news.test/"),
    (e: Error & { code?: string }) => e.code === "E_INPUT",
  );
});

test("news sitemaps and sitemap indexes", () => {
  const news = `<?xml version="1.0" encoding="UTF-8"?>
  <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>http://news.test/a?x=1&amp;y=2</loc><news:news><news:publication_date>2024-05-16T08:00:00+00:00</news:publication_date>
      <news:title><![CDATA[Talks resume]]></news:title></news:news></url>
    <url><loc>http://news.test/b</loc><lastmod>2024-05-15</lastmod></url>
  </urlset>`;
  const m = parseSitemap(news, "http://news.test/sitemap.xml");
  assert.equal(m.kind, "urlset");
  assert.deepEqual(m.entries[0], { url: "http://news.test/a?x=1&y=2", publishedAt: "2024-05-16T08:00:00.000Z", title: "Talks resume" });
  assert.equal(m.entries[1]?.publishedAt, "2024-05-15T00:00:00.000Z");
  const idx = parseSitemap(`<sitemapindex><sitemap><loc>http://news.test/s1.xml</loc></sitemap></sitemapindex>`, "http://news.test/");
  assert.deepEqual(idx, { kind: "index", entries: [{ url: "http://news.test/s1.xml", publishedAt: null, title: null }] });
  assert.throws(() => parseSitemap("<html/>", "http://news.test/"), /not a sitemap/);
});

test("WARC: only HTML 200 responses, decoded with their charset; gzip or not", async () => {
  for (const gzip of [false, true]) {
    const path = join(dir, `t${gzip ? ".warc.gz" : ".warc"}`);
    writeFileSync(
      path,
      await buildWarc(
        [
          { url: "http://news.test/req", type: "request", body: new Uint8Array() },
          {
            url: "http://news.test/a",
            contentType: "text/html; charset=windows-1252",
            body: Buffer.from("<p>Caf\xe9 talks</p>", "latin1"),
          },
          { url: "http://news.test/img", contentType: "image/png", body: Buffer.from([1, 2, 3]) },
          { url: "http://news.test/gone", status: 404, body: Buffer.from("<p>missing</p>") },
          { url: "http://news.test/b", body: Buffer.from("<p>Second page</p>") },
        ],
        gzip,
      ),
    );
    const got = [];
    for await (const r of readWarc(path)) got.push(r);
    assert.equal(got.length, 2);
    assert.ok(got[0]?.ok && got[0].input.html === "<p>Café talks</p>" && got[0].input.url === "http://news.test/a");
    assert.ok(got[1]?.ok && got[1].input.html === "<p>Second page</p>");
  }
});

test("a malformed WARC yields a failure, not a crash", async () => {
  const cases = {
    "bad-record.warc": "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.test/x\r\nContent-Length: 7\r\n\r\ngarbage",
    "not-a-warc.warc": "this is not an archive at all\r\n\r\nreally",
  };
  for (const [name, content] of Object.entries(cases)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const got = [];
    for await (const r of readWarc(path)) got.push(r);
    assert.ok(got.length >= 1 && got.every((r) => !r.ok && r.error.code === "E_INPUT"), `${name}: ${JSON.stringify(got)}`);
  }
});
