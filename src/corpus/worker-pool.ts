/** A fixed pool of analysis worker threads with a bounded queue (back-pressure keeps memory flat). */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RawInput } from "../acquire/raw-input.js";
import type { WorkRequest, WorkResult } from "./analyze-worker.js";
import { bundleModule } from "./worker-bundle.js";

const WORKER_SOURCE = new URL("./analyze-worker.ts", import.meta.url);

/** A worker that imports `moduleUrl` and starts serving; `viaTsx` registers tsx first (for .ts sources). */
function spawn(moduleUrl: string, viaTsx: boolean): Worker {
  const load = `import(${JSON.stringify(moduleUrl)})`;
  const code = viaTsx
    ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return ${load}; }).then((w) => w.startWorker());`
    : `${load}.then((w) => w.startWorker());`;
  return new Worker(code, { eval: true });
}

/**
 * The worker module: the pre-bundled one when bundling works, else the TypeScript source through
 * tsx (whether the CLI runs under `node --import tsx` or the bin launcher's register()).
 */
async function spawnAll(n: number): Promise<Worker[]> {
  const bundled = await bundleModule(fileURLToPath(WORKER_SOURCE));
  return Array.from({ length: n }, () => (bundled ? spawn(bundled.href, false) : spawn(WORKER_SOURCE.href, true)));
}

/**
 * Requests queued per worker: with two, a worker starts its next article as soon as it posts a
 * result, instead of idling while the main thread commits a batch and hands out new work.
 */
const DEPTH_PER_WORKER = 2;

export interface AnalysisPool {
  /** Resolves when a slot is free (at most `capacity` tasks in flight). */
  submit(input: RawInput): Promise<WorkResult>;
  readonly capacity: number;
  close(): Promise<void>;
}

/** `workers` = 0 analyses on the calling thread (no parallelism; handy for tests and debugging). */
export function createPool(workers: number): AnalysisPool {
  let seq = 0;
  if (workers <= 0) {
    return {
      capacity: 1,
      // loaded on first use, so a pool of threads never loads the pipeline on the calling thread
      submit: async (input) => (await import("./analyze-worker.js")).analyzeRequest({ seq: seq++, input }),
      close: async () => {},
    };
  }
  const load = new Map<Worker, number>();
  const waiting: Array<() => void> = [];
  const pending = new Map<number, { resolve: (r: WorkResult) => void; worker: Worker }>();
  let failure: Error | null = null;
  const watch = (w: Worker) => {
    load.set(w, 0);
    w.on("message", (r: WorkResult) => {
      const p = pending.get(r.seq);
      if (!p) return;
      pending.delete(r.seq);
      load.set(w, (load.get(w) ?? 1) - 1);
      waiting.shift()?.();
      p.resolve(r);
    });
    w.on("error", (e) => {
      failure = e;
      load.delete(w);
      for (const [s, p] of pending) {
        if (p.worker !== w) continue;
        pending.delete(s);
        p.resolve({ seq: s, ok: false, error: { code: "E_INTERNAL", message: `analysis worker crashed: ${e.message}` } });
      }
      // waiters re-check: another worker may still be busy, or the pool is now dead and acquire throws
      for (const wake of waiting.splice(0)) wake();
    });
  };
  // threads start once the worker module is bundled; callers queue on `ready` meanwhile
  const ready = spawnAll(workers).then((threads) => {
    for (const w of threads) watch(w);
    return threads;
  });
  const acquire = async (): Promise<Worker> => {
    await ready;
    for (;;) {
      if (failure && load.size === 0) throw failure;
      let best: Worker | null = null;
      for (const [w, n] of load) if (n < DEPTH_PER_WORKER && (best === null || n < (load.get(best) as number))) best = w;
      if (best) {
        load.set(best, (load.get(best) as number) + 1);
        return best;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  return {
    capacity: workers * DEPTH_PER_WORKER,
    async submit(input) {
      const worker = await acquire();
      const s = seq++;
      return new Promise<WorkResult>((resolve) => {
        pending.set(s, { resolve, worker });
        worker.postMessage({ seq: s, input } satisfies WorkRequest);
      });
    },
    async close() {
      await Promise.all((await ready).map((t) => t.terminate()));
    },
  };
}
