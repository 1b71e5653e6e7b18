import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildAnalysis } from "../../test/fixtures/corpus/analysis-builder.js";
import { HAND_CORPUS } from "../../test/fixtures/corpus/hand-corpus.js";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { open, type Store } from "../store/index.js";
import { Committer } from "./commit.js";

const dir = mkdtempSync(join(tmpdir(), "entente-agg-"));
let store: Store;
const ids: Record<string, number> = {};

before(() => {
  store = open(join(dir, "hand.db"));
  const c = new Committer(store.db);
  store.db.transaction(() => {
    for (const spec of HAND_CORPUS) {
      const a = buildAnalysis(spec);
      assertValidAnalysis(a);
      ids[spec.id] = c.article(`test:${spec.id}`, "file", a, { contentHash: `hash-${spec.id}`, raw: null, contentType: null }).articleId;
    }
  })();
});
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("near-duplicate articles form one story; others stay apart", () => {
  const a1 = store.getArticle(ids.a1!)!;
  assert.deepEqual(a1.storyArticleIds, [ids.a1, ids.a5]);
  assert.equal(store.getArticle(ids.a2!)!.storyId, ids.a2);
  assert.equal(store.stats().stories, 4);
});

test("reports of one event across articles form one cluster; a date outside the window does not", () => {
  const consults = store.events({ type: "CONSULT", actor: "RUR" });
  const byArticle = new Map(consults.map((e) => [e.articleId, e.clusterId]));
  assert.equal(byArticle.get(ids.a2!), byArticle.get(ids.a1!));
  assert.equal(byArticle.get(ids.a5!), byArticle.get(ids.a1!));
  assert.notEqual(byArticle.get(ids.a3!), byArticle.get(ids.a1!));
  assert.equal(consults.find((e) => e.articleId === ids.a1)?.reports, 3);
  assert.equal(store.events({ actor: "RUR", distinct: true }).length, 3);
  assert.equal(store.stats().eventClusters, 5);
});

test("dyad timeline by month: distinct events, reports, quads, intensity, cooperation index", () => {
  const tl = store.dyadTimeline("RUR", "FRE");
  assert.deepEqual(tl, [
    {
      period: "2024-03",
      events: 3,
      reports: 6,
      byType: { AGREE: 1, CONSULT: 2 },
      byQuad: { verbalCooperation: 3, materialCooperation: 0, verbalConflict: 0, materialConflict: 0 },
      intensity: 5,
      cooperationIndex: 1,
    },
    {
      period: "2024-04",
      events: 1,
      reports: 1,
      byType: { ACCUSE: 1 },
      byQuad: { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 1, materialConflict: 0 },
      intensity: -2,
      cooperationIndex: -1,
    },
  ]);
  // the monthly roll-up (whole months) and the event rows (a day-precise window) agree
  assert.deepEqual(store.dyadTimeline("RUR", "FRE", { from: "2024-03-01", to: "2024-04-30" }), tl);
  assert.deepEqual(store.dyadTimeline("RUR", "FRE", { from: "2024-03-02", to: "2024-04-29" }), tl);
  assert.deepEqual(
    store.dyadTimeline("RUR", "FRE", { undirected: false }).map((p) => p.period),
    ["2024-03"],
  );
  assert.deepEqual(
    store.dyadTimeline("Ruritania", "Freedonia", { granularity: "week" }).map((p) => [p.period, p.events, p.reports]),
    [
      ["2024-03-04", 2, 5],
      ["2024-03-18", 1, 1],
      ["2024-04-08", 1, 1],
    ],
  );
  assert.deepEqual(
    store.dyadTimeline("RUR", "FRE", { granularity: "day", from: "2024-03-05", to: "2024-03-31" }).map((p) => [p.period, p.events]),
    [
      ["2024-03-05", 2],
      ["2024-03-20", 1],
    ],
  );
});

test("actor profile: roles, types, counterparts, quotes by", () => {
  const p = store.actorProfile("FRE");
  assert.deepEqual(p.events, { asActor: 1, asRecipient: 4 });
  assert.deepEqual(p.byType, { CONSULT: 2, AGREE: 1, ACCUSE: 1, THREATEN: 1 });
  assert.deepEqual(
    p.topCounterparts.map((c) => [c.key, c.name, c.events, c.cooperation, c.conflict]),
    [
      ["RUR", "Ruritania", 4, 3, 1],
      ["SYL", "Sylvania", 1, 0, 1],
    ],
  );
  assert.equal(p.quotesBy.length, 2);
  assert.ok(p.quotesBy.every((q) => q.speaker?.name === "Spokesman Orrin"));
  assert.equal(store.actorTimeline("SYL")[0]?.intensity, -4);
});

test("claims seen from several stories, and the contradiction", () => {
  const claims = store.claims();
  assert.equal(claims.length, 1);
  const c = claims[0]!;
  assert.equal(c.contradiction, true);
  assert.deepEqual(c.sources.map((s) => s.articleId).sort(), [ids.a1, ids.a2, ids.a3, ids.a5].sort());
  assert.equal(store.claims({ onlyContradictions: true }).length, 1);
});

test("quotes: full text, by speaker, about an actor", () => {
  assert.equal(store.quotes({ q: "harbour" }).length, 4);
  assert.equal(store.quotes({ by: "Minister Vale" }).length, 2);
  assert.equal(store.quotes({ q: "not resume" }).length, 1);
});
