/** Runs every bench case in its own single-threaded child process and collects the figures. */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES } from "./cases.js";

export interface CaseResult {
  name: string;
  peer: boolean;
  versus?: string;
  corpus?: string;
  articles?: number;
  words?: number;
  seconds?: number;
  articlesPerSec?: number;
  wordsPerSec?: number;
  peakRssMb?: number;
  /** Stage name → articles/s for that stage alone. */
  stageRates?: Record<string, number>;
  skipped?: string;
}

export interface BenchResult {
  date: string;
  node: string;
  cpu: string;
  cases: CaseResult[];
}

const workerPath = join(dirname(fileURLToPath(import.meta.url)), "worker.ts");

export async function runBench(opts: { corpus?: string; limit: number }): Promise<BenchResult> {
  const { cpus } = await import("node:os");
  const cases: CaseResult[] = [];
  for (let i = 0; i < CASES.length; i++) {
    const c = CASES[i]!;
    // One core: UV_THREADPOOL_SIZE=1 and no worker threads; the child is a single JS thread.
    const out = execFileSync(process.execPath, ["--import", "tsx", workerPath, String(i), String(opts.limit), opts.corpus ?? ""], {
      encoding: "utf8",
      env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
      maxBuffer: 16 * 1024 * 1024,
    });
    const r = JSON.parse(out.trim().split("\n").pop() as string);
    const res: CaseResult = { name: c.name, peer: c.peer, versus: c.versus, ...r };
    if (r.seconds) {
      res.articlesPerSec = r.articles / r.seconds;
      res.wordsPerSec = r.words / r.seconds;
    }
    if (r.stages) {
      res.stageRates = {};
      for (const [k, ms] of Object.entries(r.stages as Record<string, number>)) res.stageRates[k] = ms > 0 ? r.articles / (ms / 1000) : 0;
    }
    cases.push(res);
  }
  return { date: new Date().toISOString().slice(0, 10), node: process.version, cpu: cpus()[0]?.model ?? "unknown", cases };
}
