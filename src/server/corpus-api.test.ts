import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { EventRecord } from "../store/index.js";
import { open, type Store } from "../store/index.js";
import { createApp } from "./app.js";
import type { ActorPage, ArticleDetail, ArticleSearchResult, DyadResult, NetworkResult, Page, QuotePage } from "./dto.js";
import { fixtureAnalyses, loadAnalyses, XSS_SCRIPT } from "./fixtures/corpus.js";

let store: Store;
let app: ReturnType<typeof createApp>;
let ids: number[];

before(() => {
  store = open(":memory:");
  ids = loadAnalyses(store, fixtureAnalyses());
  app = createApp({ store });
});
after(() => store.close());

async function json<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = await res.json();
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
  return body as T;
}

async function error(path: string, status: number, code: string): Promise<string> {
  const body = await json<{ error: { code: string; message: string } }>(path, status);
  assert.equal(body.error.code, code, path);
  assert.ok(body.error.message.length > 0);
  return body.error.message;
}

test("stats count the stored corpus", async () => {
  const stats = await json<{ articles: number; events: number }>("/api/stats");
  assert.equal(stats.articles, 4);
  assert.equal(stats.events, 6);
});

test("article search: full text, total, facets, filters and paging", async () => {
  const all = await json<ArticleSearchResult>("/api/articles");
  assert.equal(all.total, 4);
  assert.deepEqual(
    all.facets.year.map((f) => [f.value, f.count]),
    [["2024", 4]],
  );
  assert.equal(all.facets.country.find((f) => f.value === "CHL")?.count, 3);

  const quota = await json<ArticleSearchResult>("/api/articles?q=quota");
  assert.equal(quota.total, 1);
  assert.equal(quota.items[0]!.title, "Chile accuses Norway of breaking the catch quota");
  assert.match(quota.items[0]!.snippet!, /\[quota\]/);

  const norwayMay = await json<ArticleSearchResult>("/api/articles?actor=NOR&from=2024-05-01&to=2024-12-31");
  assert.deepEqual(norwayMay.items.map((a) => a.title).sort(), [
    "Chile accuses Norway of breaking the catch quota",
    "Japan sends flood aid to Kenya",
  ]);
  const aid = await json<ArticleSearchResult>("/api/articles?type=AID");
  assert.equal(aid.total, 1);
  const page2 = await json<ArticleSearchResult>("/api/articles?limit=3&offset=3");
  assert.equal(page2.total, 4);
  assert.equal(page2.items.length, 1);
  const none = await json<ArticleSearchResult>("/api/articles?q=%22%22");
  assert.equal(none.total, 0);
});

test("article detail carries the stored Analysis", async () => {
  const a = await json<ArticleDetail>(`/api/articles/${ids[0]}`);
  assert.equal(a.article.title, "Norway and Chile sign a fisheries pact");
  assertValidAnalysis(a.analysis);
  assert.equal(a.analysis.events.length, 2);
  await error("/api/articles/999", 404, "E_NOT_FOUND");
  await error("/api/articles/abc", 400, "E_VALIDATION");
});

test("actors: list and profile with counterparts and quotes", async () => {
  const list = await json<Page<{ key: string; name: string }>>("/api/actors?q=fal");
  assert.deepEqual(
    list.items.map((a) => a.name),
    ["Ingrid Falk"],
  );
  const nor = await json<{ actor: { key: string }; topCounterparts: Array<{ key: string; cooperation: number; conflict: number }> }>(
    "/api/actors/NOR",
  );
  assert.equal(nor.actor.key, "NOR");
  const chl = nor.topCounterparts.find((c) => c.key === "CHL")!;
  assert.equal(chl.cooperation, 2);
  assert.equal(chl.conflict, 2);
  const falk = await json<ActorPage>(`/api/actors/${encodeURIComponent("person:ingrid falk")}`);
  assert.equal(falk.quotesBy.length, 1);
  assert.deepEqual(
    [falk.details.kind, falk.details.country, falk.details.sector, falk.details.roles.map((r) => r.title)],
    ["person", "NOR", "GOV", ["Foreign Minister"]],
  );
  await error("/api/actors/Atlantis%20Republic", 400, "E_ARGS");
  await error("/api/actors/NOR?granularity=year", 400, "E_VALIDATION");
});

test("dyad timeline and evidence drill-down", async () => {
  const d = await json<DyadResult>("/api/dyads/NOR/CHL");
  assert.deepEqual(
    d.timeline.map((p) => [p.period, p.byQuad.verbalCooperation, p.byQuad.verbalConflict]),
    [
      ["2024-03", 2, 0],
      ["2024-05", 0, 2],
    ],
  );
  const may = await json<Page<EventRecord>>("/api/dyads/NOR/CHL/evidence?from=2024-05-01&to=2024-05-31");
  assert.equal(may.total, 2);
  assert.deepEqual(may.items.map((e) => e.type).sort(), ["ACCUSE", "THREATEN"]);
  for (const e of may.items) assert.ok(e.evidence.text.includes(e.trigger.text));
  const hyp = await json<Page<EventRecord>>("/api/dyads/NOR/CHL/evidence?modality=hypothetical");
  assert.deepEqual(
    hyp.items.map((e) => e.type),
    ["THREATEN"],
  );
  await error("/api/dyads/NOR/CHL/evidence?from=2024-13-01", 400, "E_VALIDATION");
});

test("events: filters by type, actor, recipient, modality, dates; bad values are 400", async () => {
  const agree = await json<Page<EventRecord>>("/api/events?type=AGREE");
  assert.equal(agree.total, 1);
  assert.equal(agree.items[0]!.actors[0]!.country, "NOR");
  const toNor = await json<Page<EventRecord>>("/api/events?recipient=NOR");
  assert.deepEqual(toNor.items.map((e) => e.type).sort(), ["ACCUSE", "CONSULT", "CONSULT", "THREATEN"]);
  const byChl = await json<Page<EventRecord>>("/api/events?actor=CHL&modality=asserted");
  assert.deepEqual(byChl.items.map((e) => e.type).sort(), ["ACCUSE", "CONSULT"]);
  const june = await json<Page<EventRecord>>("/api/events?from=2024-06-01&to=2024-06-30");
  assert.equal(june.total, 2);
  const msg = await error("/api/events?type=HUG", 400, "E_VALIDATION");
  assert.match(msg, /type/);
  await error("/api/events?modality=maybe", 400, "E_VALIDATION");
  await error("/api/events?limit=0", 400, "E_VALIDATION");
  await error("/api/events?colour=red", 400, "E_VALIDATION");
});

test("quotes by speaker, about an actor and by text", async () => {
  const byRuiz = await json<QuotePage>(`/api/quotes?speaker=${encodeURIComponent("Tomas Ruiz")}`);
  assert.equal(byRuiz.items.length, 1);
  assert.equal(byRuiz.items[0]!.stance, "warns");
  const text = await json<QuotePage>("/api/quotes?q=bargain");
  assert.equal(text.items.length, 1);
  assert.equal(text.more, false);
  const paged = await json<QuotePage>("/api/quotes?limit=1");
  assert.equal(paged.more, true);
});

test("network and blocs over a time window", async () => {
  const net = await json<NetworkResult>("/api/network");
  assert.deepEqual(net.nodes.map((n) => n.key).sort(), ["CHL", "JPN", "KEN", "NOR"]);
  const norChl = net.edges.find((e) => (e.a === "CHL" && e.b === "NOR") || (e.a === "NOR" && e.b === "CHL"))!;
  assert.deepEqual([norChl.cooperation, norChl.conflict], [2, 2]);
  assert.deepEqual(net.range, { min: "2024-03-05", max: "2024-06-20" });
  const spring = await json<NetworkResult>("/api/network?from=2024-03-01&to=2024-03-31");
  assert.deepEqual(spring.edges.length, 1);
  const blocs = await json<{ blocs: unknown[] }>("/api/blocs?from=2024-01-01");
  assert.ok(Array.isArray(blocs.blocs));
  await error("/api/network?from=March", 400, "E_VALIDATION");
});

test("exports: CSV and JSONL streams with the event filters, analysis download", async () => {
  const csv = await app.request("/api/exports/events.csv?actor=CHL");
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get("content-type")!, /text\/csv/);
  const lines = (await csv.text()).trim().split("\n");
  assert.equal(lines[0]!.split(",")[0], "id");
  assert.equal(lines.length, 1 + 3);
  const jsonl = await app.request("/api/exports/events.jsonl?type=AID");
  const rows = (await jsonl.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as EventRecord);
  assert.deepEqual(
    rows.map((r) => r.type),
    ["AID"],
  );
  const dl = await app.request(`/api/exports/articles/${ids[3]}/analysis.json`);
  assert.equal(dl.status, 200);
  const analysis = await dl.json();
  assert.ok(analysis.document.text.includes(XSS_SCRIPT));
});

test("without a store the read routes answer 503 and the OpenAPI document lists every route", async () => {
  const bare = createApp();
  const res = await bare.request("/api/articles");
  assert.equal(res.status, 503);
  assert.equal((await res.json()).error.code, "E_NO_STORE");
  const doc = await json<{ paths: Record<string, Record<string, { parameters: Array<{ name: string; required: boolean }> }>> }>(
    "/api/openapi.json",
  );
  for (const path of [
    "/api/articles",
    "/api/articles/{id}",
    "/api/actors/{key}",
    "/api/dyads/{a}/{b}",
    "/api/dyads/{a}/{b}/evidence",
    "/api/events",
    "/api/quotes",
    "/api/blocs",
    "/api/network",
    "/api/exports/events.csv",
  ]) {
    assert.ok(doc.paths[path], path);
  }
  const eventParams = doc.paths["/api/events"]!.get!.parameters.map((p) => p.name).sort();
  assert.deepEqual(eventParams, ["actor", "from", "involving", "limit", "modality", "offset", "recipient", "to", "type"]);
  assert.equal(doc.paths["/api/articles/{id}"]!.get!.parameters[0]!.required, true);
});

test("memoised whole-store facets and network follow new articles", async () => {
  const before = await json<ArticleSearchResult>("/api/articles");
  const netBefore = await json<NetworkResult>("/api/network");
  const extra = fixtureAnalyses()[2]!;
  extra.id = "fx-extra";
  extra.document.text = extra.document.text.replace("12,000", "13,000");
  extra.document.paragraphs = [{ start: 0, end: extra.document.text.length, kind: "body" }];
  extra.quantities = [];
  // a later date, so the event clusterer sees new happenings rather than another report of the old ones
  for (const ev of extra.events) ev.date = { value: "2024-09-01", text: null, source: "publication" };
  loadAnalyses(store, [extra]);
  {
    const after = await json<ArticleSearchResult>("/api/articles");
    assert.equal(after.total, before.total + 1);
    assert.equal(after.facets.country.find((f) => f.value === "JPN")?.count, 2);
    const netAfter = await json<NetworkResult>("/api/network");
    const jk = (n: NetworkResult) => n.edges.find((e) => e.a === "JPN" && e.b === "KEN")!.cooperation;
    assert.equal(jk(netAfter), jk(netBefore) + 1);
  }
});
