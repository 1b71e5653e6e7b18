/** A worker thread: loads the pipeline once, then analyses each RawInput it is sent. */
import { parentPort } from "node:worker_threads";
import type { RawInput } from "../acquire/raw-input.js";
import type { Analysis } from "../contract/analysis.js";
import { toErrorInfo } from "../contract/errors.js";
import { analyze } from "../pipeline/analyze.js";
import { type PreparedArticle, prepareArticle } from "./commit.js";
import { rawBytes } from "./content-hash.js";

export interface WorkRequest {
  seq: number;
  input: RawInput;
}
export type WorkResult =
  | { seq: number; ok: true; analysis: Analysis; prepared: PreparedArticle }
  | { seq: number; ok: false; error: { code: string; message: string } };

export function analyzeRequest(req: WorkRequest): WorkResult {
  try {
    const analysis = analyze(req.input);
    // compression and fingerprinting are pure: done here, they run in parallel instead of on the writing thread
    return { seq: req.seq, ok: true, analysis, prepared: prepareArticle(analysis, rawBytes(req.input)) };
  } catch (e) {
    return { seq: req.seq, ok: false, error: toErrorInfo(e) };
  }
}

/** Called by the pool's bootstrap inside a worker thread (not on import, so importing this module is inert). */
export function startWorker(): void {
  parentPort?.on("message", (req: WorkRequest) => {
    parentPort?.postMessage(analyzeRequest(req));
  });
}
