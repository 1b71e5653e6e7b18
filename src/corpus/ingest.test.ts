import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startServer, type TestServer } from "../../test/fixtures/corpus/http-server.js";
import { buildWarc } from "../../test/fixtures/corpus/warc-builder.js";
import { open } from "../store/index.js";
import { ingest } from "./ingest.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/corpus/articles", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "entente-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const quiet = { progress: null, workers: 0, allowPrivate: true, hostDelayMs: 0 } as const;

function articlePage(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

let srv: TestServer;
before(async () => {
  const a = articlePage(
    "Ferry link reopens",
    "The ferry link between the two island states reopened on Monday after repairs to the eastern pier were finished.",
  );
  const b = articlePage(
    "Fishing quota vote delayed",
    "A vote on new fishing quotas was delayed by a week because several delegations asked for more time to study the figures.",
  );
  const c = articlePage(
    "Rail bridge inspected",
    "Engineers from both countries inspected the old rail bridge and said it could carry freight again within a month.",
  );
  srv = await startServer({
    "/robots.txt": { type: "text/plain", body: "User-agent: *\nDisallow: /blocked\n" },
    "/news/ferry": { body: a },
    "/news/quota": { body: b },
    "/news/bridge": { body: c },
    "/blocked": { body: a },
    "/news/image": { type: "image/jpeg", body: Buffer.from([0xff, 0xd8]) },
    "/feed.xml": {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title><link>/</link>
        <item><title>Ferry</title><link>/news/ferry</link><pubDate>Mon, 13 May 2024 09:00:00 GMT</pubDate></item>
        <item><title>Quota</title><link>/news/quota</link><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate></item>
        <item><title>Gone</title><link>/news/gone</link></item>
        <item><title>Blocked</title><link>/blocked</link></item></channel></rss>`,
    },
    "/bad-feed.xml": { type: "application/rss+xml", body: `<?xml version="1.0"?><rss><channel><item><title>` },
    "/sitemap-index.xml": {
      type: "application/xml",
      body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>`,
    },
    "/news-sitemap.xml": {
      type: "application/xml",
      body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>/news/bridge</loc><news:news><news:publication_date>2024-05-15</news:publication_date></news:news></url>
        <url><loc>/news/ferry</loc></url>
        <url><loc>/news/image</loc></url></urlset>`,
    },
  });
});
after(() => srv.close());

test("a folder: every supported file (recursive, gzip) once; a re-run adds 0", async () => {
  const folder = join(dir, "folder");
  cpSync(FIXTURES, folder, { recursive: true });
  writeFileSync(
    join(folder, "nested", "zipped.txt.gz"),
    gzipSync("Ruritania and Freedonia agreed to share weather data from their coastal stations."),
  );
  writeFileSync(join(folder, "ignored.pdf"), "not an article");
  writeFileSync(join(folder, "empty.txt"), "");
  const db = join(dir, "folder.db");
  const first = await ingest([folder], { db, ...quiet });
  assert.equal(first.added, 5);
  assert.equal(first.failed, 1, JSON.stringify(first.failures));
  assert.equal(first.failures[0]?.code, "E_EMPTY");
  const again = await ingest([folder], { db, ...quiet });
  assert.deepEqual({ added: again.added, duplicates: again.duplicates, skipped: again.skipped }, { added: 0, duplicates: 0, skipped: 5 });
  const store = open(db);
  assert.equal(store.stats().articles, 5);
  assert.equal(store.sources({ status: "failed" })[0]?.errorCode, "E_EMPTY");
  assert.equal(store.searchArticles("harbour accord").length, 1);
  const council = store.listArticles().find((a) => a.docId === "council-note");
  assert.equal(council?.publishedAt?.slice(0, 10), "2024-05-20");
  store.close();
});

test("the same content under another name is a duplicate source of one article", async () => {
  const folder = join(dir, "copies");
  cpSync(join(FIXTURES, "harbour-accord.txt"), join(folder, "one.txt"));
  cpSync(join(FIXTURES, "harbour-accord.txt"), join(folder, "two.txt"));
  const db = join(dir, "copies.db");
  const s = await ingest([folder], { db, ...quiet });
  assert.deepEqual([s.added, s.duplicates], [1, 1]);
  const store = open(db);
  assert.equal(store.getArticle(1)?.duplicateSources, 1);
  store.close();
});

test("JSONL from a file and from stdin; bad lines are recorded failures", async () => {
  const lines = [
    JSON.stringify({
      id: "j1",
      text: "Sylvania and Ruritania opened a new border crossing for trucks on Wednesday.",
      publishedAt: "2024-04-03",
    }),
    "{not json",
    JSON.stringify({ id: "j2", html: "<p>The council approved a joint study of river pollution.</p>", url: "http://news.test/j2" }),
    JSON.stringify({ id: "j3" }),
  ].join("\n");
  const path = join(dir, "batch.jsonl");
  writeFileSync(path, lines);
  const db = join(dir, "jsonl.db");
  const s = await ingest([path], { db, ...quiet });
  assert.deepEqual([s.added, s.failed], [2, 2]);
  assert.ok(s.failures.every((f) => f.code === "E_INPUT"));
  const s2 = await ingest(["-"], { db, ...quiet, stdin: Readable.from([lines]) });
  assert.deepEqual([s2.added, s2.duplicates, s2.failed], [0, 2, 2]);
  const store = open(db);
  const j2 = store.listArticles().find((a) => a.docId === "j2");
  assert.equal(j2?.url, "http://news.test/j2");
  store.close();
});

test("an RSS feed: items followed; 404, robots-blocked and malformed feeds are recorded", async () => {
  const db = join(dir, "feed.db");
  const s = await ingest([`${srv.base}/feed.xml`, `${srv.base}/bad-feed.xml`], { db, ...quiet });
  assert.equal(s.added, 2, JSON.stringify(s));
  const codes = s.failures.map((f) => `${f.locator.replace(srv.base, "")} ${f.code}`).sort();
  assert.deepEqual(codes, ["/bad-feed.xml E_INPUT", "/blocked E_FETCH", "/news/gone E_FETCH"]);
  const store = open(db);
  const ferry = store.listArticles().find((a) => a.url === `${srv.base}/news/ferry`);
  assert.equal(ferry?.publishedAt?.slice(0, 10), "2024-05-13");
  assert.equal(ferry?.title, "Ferry link reopens");
  store.close();
  const again = await ingest([`${srv.base}/feed.xml`], { db, ...quiet });
  assert.equal(again.added, 0);
  assert.equal(again.skipped, 2);
});

test("a sitemap index → news sitemap → articles; non-HTML is refused", async () => {
  const db = join(dir, "sitemap.db");
  const s = await ingest([`${srv.base}/sitemap-index.xml`], { db, ...quiet });
  assert.equal(s.added, 2, JSON.stringify(s));
  assert.deepEqual(
    s.failures.map((f) => f.code),
    ["E_UNSUPPORTED"],
  );
  const store = open(db);
  assert.equal(
    store
      .listArticles()
      .find((a) => a.url?.endsWith("/news/bridge"))
      ?.publishedAt?.slice(0, 10),
    "2024-05-15",
  );
  store.close();
});

test("private addresses are refused without allowPrivate", async () => {
  const db = join(dir, "private.db");
  const s = await ingest([`${srv.base}/news/ferry`], { db, ...quiet, allowPrivate: false });
  assert.equal(s.added, 0);
  assert.match(s.failures[0]?.message ?? "", /private|loopback/);
});

test("a WARC.gz archive: HTML responses stored with their target URI", async () => {
  const path = join(dir, "crawl.warc.gz");
  writeFileSync(
    path,
    await buildWarc(
      [
        {
          url: "http://news.test/w1",
          body: Buffer.from(articlePage("Port fees cut", "Port fees for grain ships were cut by half under the new accord.")),
        },
        { url: "http://news.test/w.css", contentType: "text/css", body: Buffer.from("p{}") },
        {
          url: "http://news.test/w2",
          contentType: "text/html; charset=iso-8859-1",
          body: Buffer.from(
            articlePage("Caf\xe9 owners protest", "Caf\xe9 owners protested against the new tax in the capital."),
            "latin1",
          ),
        },
      ],
      true,
    ),
  );
  const db = join(dir, "warc.db");
  const s = await ingest([path], { db, ...quiet });
  assert.deepEqual([s.added, s.failed], [2, 0], JSON.stringify(s.failures));
  const store = open(db);
  const w2 = store.listArticles().find((a) => a.url === "http://news.test/w2");
  assert.match(store.getArticle(w2!.id)!.text, /Café owners protested/);
  store.close();
  assert.ok(readFileSync(path).length > 0);
});
