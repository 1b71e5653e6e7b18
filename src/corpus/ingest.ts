/**
 * The ingest loop: expand sources, skip those already stored, analyse the rest on worker threads,
 * and commit outcomes in batched transactions (an article and its source row land together, so a
 * killed run loses at most one uncommitted batch and a re-run redoes exactly that).
 */
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { Fetcher, type FetchOptions } from "../acquire/fetch.js";
import type { RawInput } from "../acquire/raw-input.js";
import { expandSources, type SourceKind } from "../acquire/sources.js";
import type { Analysis } from "../contract/analysis.js";
import { toErrorInfo } from "../contract/errors.js";
import { open, type Store } from "../store/index.js";
import type { RawRecord } from "../store/write.js";
import { Committer, type PreparedArticle } from "./commit.js";
import { contentHash } from "./content-hash.js";
import { Progress, type ProgressCounts } from "./progress.js";
import { createPool } from "./worker-pool.js";

/** Outcomes per transaction: large enough to amortise the commit, small enough that a crash loses little. */
export const COMMIT_BATCH = 32;
/** A batch is committed at least this often even when results trickle in (URL ingests). */
export const COMMIT_EVERY_MS = 1000;
/** Queued inputs per worker: keeps every worker busy while memory stays bounded. */
const QUEUE_PER_WORKER = 2;
/** Failures listed in the summary (all are in the store). */
const SUMMARY_FAILURES = 50;

export interface IngestOptions extends FetchOptions {
  /** Store path or an open Store. */
  db: string | Store;
  /** Analysis threads; default = CPU cores; 0 = on the calling thread. */
  workers?: number;
  stdin?: Readable;
  /** Where the progress bar / log lines go (default stderr); null = silent. */
  progress?: (NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) | null;
  /** Known source count for the bar's ETA (null = unknown). */
  total?: number | null;
}

export interface IngestSummary extends ProgressCounts {
  seconds: number;
  /** Peak resident set of the whole process (main and worker threads), MiB. */
  peakRssMb: number;
  failures: { locator: string; code: string; message: string }[];
}

type Outcome =
  | { t: "article"; locator: string; kind: SourceKind; analysis: Analysis; raw: RawRecord; prepared: PreparedArticle }
  | { t: "duplicate"; locator: string; kind: SourceKind; articleId: number }
  | { t: "failure"; locator: string; kind: SourceKind; error: { code: string; message: string } };

export async function ingest(args: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = Date.now();
  const store = typeof opts.db === "string" ? open(opts.db) : opts.db;
  const committer = new Committer(store.db);
  const fetcher = new Fetcher(opts);
  const pool = createPool(opts.workers ?? availableParallelism());
  const counts: ProgressCounts = { added: 0, duplicates: 0, skipped: 0, failed: 0 };
  const failures: IngestSummary["failures"] = [];
  const progress = new Progress(opts.progress ?? process.stderr, opts.total ?? null, opts.progress !== null);
  const seen = new Set<string>();
  let batch: Outcome[] = [];
  let lastFlush = Date.now();

  const flush = store.db.transaction((items: Outcome[]) => {
    for (const o of items) {
      if (o.t === "article") {
        const r = committer.article(o.locator, o.kind, o.analysis, o.raw, o.prepared);
        if (r.outcome === "ok") counts.added++;
        else counts.duplicates++;
      } else if (o.t === "duplicate") {
        committer.duplicate(o.locator, o.kind, o.articleId);
        counts.duplicates++;
      } else {
        committer.failure(o.locator, o.kind, o.error);
        counts.failed++;
        if (failures.length < SUMMARY_FAILURES) failures.push({ locator: o.locator, ...o.error });
      }
    }
  });
  const push = (o: Outcome) => {
    batch.push(o);
    if (batch.length >= COMMIT_BATCH || Date.now() - lastFlush >= COMMIT_EVERY_MS) {
      const items = batch;
      batch = [];
      lastFlush = Date.now();
      flush(items);
      progress.update(counts);
    }
  };

  const inflight = new Set<Promise<void>>();
  const limit = Math.max(1, pool.capacity * QUEUE_PER_WORKER);
  try {
    for await (const ev of expandSources(args, { fetcher, isDone: (l) => committer.isDone(l), stdin: opts.stdin })) {
      if (seen.has(ev.locator) || committer.isDone(ev.locator)) {
        counts.skipped++;
        progress.update(counts);
        continue;
      }
      seen.add(ev.locator);
      if (ev.type === "failure") {
        push({ t: "failure", locator: ev.locator, kind: ev.kind, error: ev.error });
        continue;
      }
      let input: RawInput;
      try {
        input = await ev.load();
      } catch (e) {
        push({ t: "failure", locator: ev.locator, kind: ev.kind, error: toErrorInfo(e) });
        continue;
      }
      const { hash, contentType } = contentHash(input);
      const existing = committer.articleWithHash(hash);
      if (existing !== null) {
        push({ t: "duplicate", locator: ev.locator, kind: ev.kind, articleId: existing });
        continue;
      }
      while (inflight.size >= limit) await Promise.race(inflight);
      const { locator, kind } = ev;
      const job = pool.submit(input).then((r) => {
        // the worker already compressed the raw bytes (prepared.packed), so the outcome does not carry them again
        if (r.ok)
          push({
            t: "article",
            locator,
            kind,
            analysis: r.analysis,
            raw: { contentHash: hash, raw: null, contentType },
            prepared: r.prepared,
          });
        else push({ t: "failure", locator, kind, error: r.error });
      });
      const tracked = job.finally(() => inflight.delete(tracked));
      inflight.add(tracked);
    }
    await Promise.all(inflight);
    if (batch.length > 0) {
      flush(batch);
      batch = [];
    }
  } finally {
    await pool.close();
    await fetcher.close();
    progress.finish(counts);
    if (typeof opts.db === "string") store.close();
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 102.4) / 10;
  return { ...counts, seconds: (Date.now() - t0) / 1000, peakRssMb, failures };
}
