import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildAnalysis, type EventSpec } from "../../test/fixtures/corpus/analysis-builder.js";
import { open } from "../store/index.js";
import { Committer } from "./commit.js";
import { louvain, modularity } from "./louvain.js";
import { estimateJaccard, minhash } from "./minhash.js";
import { hamming, simhash } from "./simhash.js";

const dir = mkdtempSync(join(tmpdir(), "entente-dedup-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const BASE =
  "The two neighbours agreed on Thursday to reopen the mountain pass to freight traffic after a closure of nearly six months. " +
  "Engineers will inspect the tunnel lining every week, and lorries heavier than forty tonnes will need a permit. " +
  "Local traders, who had lost most of their winter business, said the decision came late but was welcome. " +
  "Officials from both transport ministries will meet again in the autumn to review the arrangement.";
const EDITED = BASE.replace("on Thursday", "on Thursday morning").replace("most of their winter business", "much of their winter trade");
const OTHER =
  "Heavy rain flooded the lower town overnight, and volunteers spent the morning moving sandbags along the river wall. " +
  "The mayor said the pumping station had failed twice and promised an inquiry into its maintenance record before the next storm season.";

test("MinHash estimates high Jaccard for an edited copy and low for another article; SimHash agrees", () => {
  assert.ok(estimateJaccard(minhash(BASE).signature, minhash(EDITED).signature) >= 0.7);
  assert.ok(estimateJaccard(minhash(BASE).signature, minhash(OTHER).signature) < 0.2);
  assert.equal(hamming(simhash(BASE).hex, simhash(BASE).hex), 0);
  assert.ok(hamming(simhash(BASE).hex, simhash(OTHER).hex) > 10);
});

test("exact text, edited copy and unrelated article: two stories", () => {
  const store = open(join(dir, "stories.db"));
  const c = new Committer(store.db);
  const add = (id: string, text: string) =>
    c.article(`t:${id}`, "file", buildAnalysis({ id, text }), { contentHash: id, raw: null, contentType: null }).articleId;
  const [a, b, d, e] = store.db.transaction(() => [add("a", BASE), add("b", `${BASE}\n\n`), add("d", EDITED), add("e", OTHER)])();
  assert.equal(store.getArticle(b!)?.storyId, a);
  assert.equal(store.getArticle(d!)?.storyId, a);
  assert.equal(store.getArticle(e!)?.storyId, e);
  store.close();
});

test("Louvain splits two cliques joined by a weak tie", () => {
  const w = [
    [0, 1, 1, 0.1, 0, 0],
    [1, 0, 1, 0, 0, 0],
    [1, 1, 0, 0, 0, 0],
    [0.1, 0, 0, 0, 1, 1],
    [0, 0, 0, 1, 0, 1],
    [0, 0, 0, 1, 1, 0],
  ];
  const r = louvain(w);
  assert.deepEqual(r.membership, [0, 0, 0, 1, 1, 1]);
  assert.ok(r.modularity > 0.4);
  assert.ok(Math.abs(modularity(w, [0, 0, 0, 0, 0, 0])) < 1e-12);
});

test("blocs: countries that cooperate with each other and clash with the others form two blocs", () => {
  const names = ["Avaria", "Borduria", "Carpania", "Daldonia", "Estoria", "Fennia"];
  const codes = ["AVA", "BOR", "CAR", "DAL", "EST", "FEN"];
  const sentences: string[] = [];
  const events: EventSpec[] = [];
  let k = 0;
  const add = (i: number, j: number, type: EventSpec["type"], verb: string) => {
    const trigger = `${verb} ${++k}`;
    sentences.push(`${names[i]} ${trigger} with ${names[j]}.`);
    events.push({
      type,
      actor: names[i] as string,
      recipient: names[j] as string,
      trigger,
      date: "2024-06-01",
      intensity: type === "AGREE" ? 3 : -5,
    });
  };
  for (const group of [
    [0, 1, 2],
    [3, 4, 5],
  ]) {
    for (const i of group) for (const j of group) if (i < j) add(i, j, "AGREE", "agreed");
  }
  for (const [i, j] of [
    [0, 3],
    [1, 4],
    [2, 5],
    [0, 4],
  ] as const)
    add(i, j, "SANCTION", "clashed");
  const store = open(join(dir, "blocs.db"));
  const c = new Committer(store.db);
  const a = buildAnalysis({
    id: "blocs",
    text: sentences.join(" "),
    entities: names.map((name, i) => ({ name, kind: "country" as const, country: codes[i] })),
    events,
  });
  store.db.transaction(() => c.article("t:blocs", "file", a, { contentHash: "blocs", raw: null, contentType: null }))();
  const b = store.blocs({ minEvents: 1 });
  assert.deepEqual(b.countries, ["AVA", "BOR", "CAR", "DAL", "EST", "FEN"]);
  assert.deepEqual(
    b.blocs.map((x) => x.members),
    [
      ["AVA", "BOR", "CAR"],
      ["DAL", "EST", "FEN"],
    ],
  );
  assert.ok((b.matrix[0]?.[1] as number) > 0.5);
  assert.ok((b.matrix[0]?.[3] as number) < 0);
  assert.ok(b.modularity > 0.3);
  assert.deepEqual(store.blocs({ from: "2025-01-01", minEvents: 1 }).countries, []);
  store.close();
});
