/**
 * API latency on a large store: builds (once) a generated store of N articles through the real write
 * path, serves it over HTTP on a free port, and reports p50/p95/max for the article, actor and dyad
 * pages' requests. Usage: npm run perf:api -- [--db PATH] [--articles 10000] [--requests 300] [--json]
 * Also: --db an existing store (e.g. one `npm start` filled) with --articles 0 to measure it as is.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/server/app.js";
import { loadAnalyses } from "../src/server/fixtures/corpus.js";
import { generateAnalysis } from "../src/server/fixtures/generate.js";
import { startServer } from "../src/server/serve.js";
import { open, type Store } from "../src/store/index.js";

/** Articles written per transaction while generating. */
const BATCH = 500;
/** Requests per endpoint before measuring (JIT, SQLite page cache). */
const WARMUP = 20;

function fill(store: Store, target: number): void {
  let have = store.stats().articles;
  const t0 = Date.now();
  while (have < target) {
    const n = Math.min(BATCH, target - have);
    loadAnalyses(
      store,
      Array.from({ length: n }, (_, k) => generateAnalysis(have + k)),
    );
    have += n;
    process.stderr.write(`\rgenerated ${have}/${target} articles (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  if (target > 0) process.stderr.write("\n");
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: "string" }, articles: { type: "string" }, requests: { type: "string" }, json: { type: "boolean" } },
  });
  const dbPath = values.db ?? ".cache/perf-10k.db";
  const target = Number(values.articles ?? "10000");
  const requests = Number(values.requests ?? "300");
  if (!existsSync(dirname(dbPath))) mkdirSync(dirname(dbPath), { recursive: true });
  const store = open(dbPath);
  fill(store, target);
  const stats = store.stats();
  const ids = (store.db.prepare("SELECT id FROM articles").all() as { id: number }[]).map((r) => r.id);
  const countries = (
    store.db
      .prepare("SELECT country FROM entities WHERE kind = 'country' AND country IS NOT NULL GROUP BY country HAVING COUNT(*) >= 5")
      .all() as {
      country: string;
    }[]
  ).map((r) => r.country);
  const pairs = store.db
    .prepare("SELECT src, tgt FROM event_dyads WHERE level = 'country' GROUP BY src, tgt HAVING COUNT(*) >= 2")
    .all() as { src: string; tgt: string }[];
  const server = await startServer(createApp({ store }), 0);
  const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7919) % xs.length]!;
  const pages: Record<string, (i: number) => string[]> = {
    article: (i) => [`/api/articles/${pick(ids, i)}`],
    actor: (i) => {
      const c = pick(countries, i);
      return [`/api/actors/${c}`, `/api/events?involving=${c}&limit=50`];
    },
    dyad: (i) => {
      const p = pick(pairs, i);
      return [`/api/dyads/${p.src}/${p.tgt}`, `/api/dyads/${p.src}/${p.tgt}/evidence?limit=100`];
    },
  };
  const report: Record<string, { requests: number; p50: number; p95: number; max: number; bytes: number }> = {};
  for (const [name, urls] of Object.entries(pages)) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < WARMUP + requests; i++) {
      for (const url of urls(i)) {
        const t0 = performance.now();
        const res = await fetch(new URL(url, server.url));
        const body = await res.arrayBuffer();
        const ms = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
        if (i >= WARMUP) {
          times.push(ms);
          bytes += body.byteLength;
        }
      }
    }
    times.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    report[name] = {
      requests: times.length,
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      max: round(times.at(-1)!),
      bytes: Math.round(bytes / times.length),
    };
  }
  await server.close();
  store.close();
  if (values.json)
    process.stdout.write(`${JSON.stringify({ store: dbPath, articles: stats.articles, events: stats.events, report }, null, 2)}\n`);
  else {
    process.stdout.write(`store ${dbPath}: ${stats.articles} articles, ${stats.events} events, ${stats.attributions} quotes\n`);
    process.stdout.write("page      requests   p50 ms   p95 ms   max ms   avg bytes\n");
    for (const [name, r] of Object.entries(report)) {
      process.stdout.write(
        `${name.padEnd(9)} ${String(r.requests).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.max).padStart(8)} ${String(r.bytes).padStart(11)}\n`,
      );
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
