/** `entente bench`: throughput per stage and end to end, beside peers. */

import { formatBench } from "../bench/report.js";
import { runBench } from "../bench/run.js";
import { EntenteError } from "../contract/errors.js";

export interface BenchCliOptions {
  corpus?: string;
  limit?: string;
  json?: boolean;
}

export async function runBenchCommand(opts: BenchCliOptions): Promise<void> {
  const limit = Number.parseInt(opts.limit ?? "300", 10);
  if (!(limit > 0)) throw new EntenteError("E_ARGS", "--limit must be a positive integer");
  const result = await runBench({ corpus: opts.corpus, limit });
  process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatBench(result));
}
