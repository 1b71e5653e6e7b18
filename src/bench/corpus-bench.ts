/**
 * Corpus figures for `npm run bench`: ingest throughput on PolNeAR texts, re-run idempotence, peak RSS
 * at 1× and 10× a corpus, and a dyad timeline query over 1 M synthetic events. Ingests run the real
 * CLI in child processes (fresh memory, real worker threads); everything is written to a temp folder.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticEvents } from "../corpus/synthetic-events.js";
import { sharedDataRoot } from "../eval/data-dir.js";
import { open } from "../store/index.js";
import { LATEST_VERSION } from "../store/schema.js";

export interface CorpusBenchOptions {
  /** PolNeAR texts to ingest (default 150 of the 924 train+dev files; 0 = all). */
  limit?: number;
  /** Synthetic events for the query timing (default 1,000,000). */
  events?: number;
  /** Base corpus size for the memory test; the large run is 10× (default 60 generated articles). */
  memoryBase?: number;
  workers?: number;
}

export interface CorpusFigure {
  name: string;
  value: number;
  unit: string;
  note: string;
}

const BIN = fileURLToPath(new URL("../../bin/entente.js", import.meta.url));

interface Summary {
  added: number;
  duplicates: number;
  skipped: number;
  failed: number;
  seconds: number;
  peakRssMb: number;
}

function ingestCli(dir: string, db: string, workers: number): { summary: Summary; wall: number } {
  const t = performance.now();
  const out = execFileSync(process.execPath, [BIN, "ingest", dir, "--db", db, "--workers", String(workers), "--json", "--quiet"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { summary: JSON.parse(out) as Summary, wall: (performance.now() - t) / 1000 };
}

function polnearFiles(): string[] {
  const root = join(sharedDataRoot(), "attribution-polnear");
  const files: string[] = [];
  for (const split of ["train", "dev"]) {
    const d = join(root, split, "text");
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith(".txt")) files.push(join(d, f));
  }
  return files;
}

const PLACES = ["Ruritania", "Freedonia", "Sylvania", "Latveria", "Genovia", "Elbonia", "Borduria", "Syldavia"];
const ACTS = ["met officials of", "signed a trade pact with", "accused", "sent aid to", "threatened", "held talks with"];

/** Short generated articles (deterministic, no real text) for the memory test. */
export function writeGenerated(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = PLACES[i % PLACES.length];
    const b = PLACES[(i * 3 + 1) % PLACES.length];
    const act = ACTS[(i * 7) % ACTS.length];
    const text = `Dispatch ${i}. ${a} ${act} ${b} on day ${i % 28} of the month, officials said.\n\nThe ministry of ${b} called the step number ${i} "a matter for the regional council" and said talks would go on.`;
    writeFileSync(join(dir, `d${i}.txt`), text);
  }
}

export async function runCorpusBench(opts: CorpusBenchOptions = {}): Promise<CorpusFigure[]> {
  const workers = opts.workers ?? availableParallelism();
  const tmp = mkdtempSync(join(tmpdir(), "entente-corpus-bench-"));
  const figures: CorpusFigure[] = [];
  try {
    const files = polnearFiles();
    if (files.length === 0) {
      figures.push({
        name: "corpus: ingest PolNeAR texts",
        value: 0,
        unit: "skipped",
        note: "PolNeAR texts not found under ../shared/data",
      });
    } else {
      const n = opts.limit === 0 ? files.length : Math.min(opts.limit ?? 150, files.length);
      const dir = join(tmp, "polnear");
      mkdirSync(dir);
      for (const f of files.slice(0, n)) copyFileSync(f, join(dir, f.slice(f.lastIndexOf("/") + 1)));
      const db = join(tmp, "polnear.db");
      const first = ingestCli(dir, db, workers);
      const s = first.summary;
      figures.push({
        name: "corpus: ingest PolNeAR texts",
        value: Math.round((s.added / s.seconds) * 10) / 10,
        unit: "articles/s",
        note: `${s.added} of ${files.length} files in ${s.seconds.toFixed(1)} s (${first.wall.toFixed(1)} s with start-up), ${workers} workers, ${s.failed} failed`,
      });
      const again = ingestCli(dir, db, workers);
      figures.push({
        name: "corpus: re-run adds",
        value: again.summary.added,
        unit: "articles",
        note: `${again.summary.skipped} skipped as stored, ${again.wall.toFixed(1)} s`,
      });
    }

    const base = opts.memoryBase ?? 60;
    const small = join(tmp, "mem-1x");
    const large = join(tmp, "mem-10x");
    writeGenerated(small, base);
    writeGenerated(large, base * 10);
    const r1 = ingestCli(small, join(tmp, "mem1.db"), workers).summary;
    const r10 = ingestCli(large, join(tmp, "mem10.db"), workers).summary;
    figures.push({ name: "corpus: peak RSS, 1× corpus", value: r1.peakRssMb, unit: "MiB", note: `${r1.added} generated articles` });
    figures.push({ name: "corpus: peak RSS, 10× corpus", value: r10.peakRssMb, unit: "MiB", note: `${r10.added} generated articles` });
    figures.push({
      name: "corpus: peak RSS growth 1× → 10×",
      value: Math.round((r10.peakRssMb / r1.peakRssMb - 1) * 1000) / 10,
      unit: "%",
      note: "target: within 20 %",
    });

    const nEvents = opts.events ?? 1_000_000;
    // The synthetic store is deterministic, so it is kept between bench runs (building it takes minutes on a busy machine).
    const cached = join(tmpdir(), `entente-bench-events-${nEvents}-v${LATEST_VERSION}.db`);
    const done = `${cached}.done`;
    if (!existsSync(done)) {
      rmSync(cached, { force: true });
      const s = open(cached);
      try {
        const gen = generateSyntheticEvents(s.db, nEvents);
        s.db.exec("ANALYZE");
        s.db.pragma("wal_checkpoint(TRUNCATE)");
        writeFileSync(done, JSON.stringify(gen));
        figures.push({
          name: "corpus: generate synthetic events",
          value: Math.round(gen.events / gen.seconds),
          unit: "events/s",
          note: `${gen.events} events in ${gen.seconds.toFixed(1)} s (cached in ${cached})`,
        });
      } finally {
        s.close();
      }
    }
    const gen = JSON.parse(readFileSync(done, "utf8")) as { events: number; topDyad: [string, string] };
    const store = open(cached, { readonly: true });
    try {
      const [a, b] = gen.topDyad;
      const times: number[] = [];
      let points = 0;
      let events = 0;
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const tl = store.dyadTimeline(a, b, { granularity: "month" });
        times.push(performance.now() - t);
        points = tl.length;
        events = tl.reduce((s, p) => s + p.events, 0);
      }
      times.sort((x, y) => x - y);
      figures.push({
        name: "corpus: dyad timeline query",
        value: Math.round((times[3] as number) * 10) / 10,
        unit: "ms",
        note: `median of 7, busiest dyad ${a}–${b} (${events} events, ${points} months) among ${gen.events} stored events; target < 100 ms`,
      });
    } finally {
      store.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const limit = process.argv.includes("--all") ? 0 : undefined;
  runCorpusBench({ limit }).then((f) => {
    for (const x of f) process.stdout.write(`${x.name}: ${x.value} ${x.unit} (${x.note})\n`);
  });
}
