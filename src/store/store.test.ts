import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildAnalysis } from "../../test/fixtures/corpus/analysis-builder.js";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { Committer } from "../corpus/commit.js";
import { open } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "entente-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const raw = (h: string) => ({ contentHash: h, raw: Buffer.from(h), contentType: "text/plain" });

test("an Analysis round-trips through the store: layers, offsets, search, events, quotes", () => {
  const store = open(join(dir, "a.db"));
  const a = buildAnalysis({
    id: "doc1",
    title: "Talks in Geneva",
    publishedAt: "2024-03-05",
    publisher: "Daily Fixture",
    text: 'Ruritania met Freedonia in Geneva on Tuesday. Minister Vale said "the border talks will continue next week".',
    entities: [
      { name: "Ruritania", kind: "country", country: "RUR" },
      { name: "Freedonia", kind: "country", country: "FRE" },
      { name: "Minister Vale", kind: "person", country: "RUR", sector: "GOV" },
    ],
    events: [{ type: "CONSULT", actor: "Ruritania", recipient: "Freedonia", trigger: "met", date: "2024-03-05", intensity: 1 }],
    quotes: [{ speaker: "Minister Vale", content: "the border talks will continue next week" }],
  });
  assertValidAnalysis(a);
  const c = new Committer(store.db);
  const r = store.db.transaction(() => c.article("file:/x/doc1.txt", "file", a, raw("h1")))();
  assert.equal(r.outcome, "ok");
  const art = store.getArticle(r.articleId)!;
  assert.equal(art.title, "Talks in Geneva");
  assert.equal(art.text, a.document.text);
  assert.deepEqual(store.getAnalysis(r.articleId), a);
  assert.equal(store.searchArticles("geneva")[0]?.id, r.articleId);
  const evs = store.events({ actor: "RUR" });
  assert.equal(evs.length, 1);
  const ev = evs[0]!;
  assert.equal(ev.type, "CONSULT");
  assert.equal(a.document.text.slice(ev.trigger.start, ev.trigger.end), "met");
  assert.equal(ev.recipients[0]?.country, "FRE");
  assert.equal(store.quotes({ q: "border" })[0]?.speaker?.name, "Minister Vale");
  assert.equal(store.quotes({ by: "Minister Vale" }).length, 1);
  assert.equal(store.events({ actor: "FRE" }).length, 0);
  assert.equal(store.events({ recipient: "Freedonia" }).length, 1);
  const again = store.db.transaction(() => c.article("file:/y/copy.txt", "file", a, raw("h1")))();
  assert.equal(again.outcome, "duplicate");
  assert.equal(store.stats().articles, 1);
  assert.equal(store.getArticle(r.articleId)!.duplicateSources, 1);
  store.close();
});
