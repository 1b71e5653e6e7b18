/** `entente eval SUITE`: score one suite on annotated data. */
import { EntenteError } from "../contract/errors.js";
import { defaultDataDir, requireDir } from "../eval/data-dir.js";
import { getSuite, loadSuites } from "../eval/registry.js";
import { formatResult } from "../eval/report.js";
import type { SuiteResult } from "../eval/types.js";

export interface EvalCliOptions {
  data?: string;
  json?: boolean;
  split?: string;
  limit?: string;
}

export async function runEvalCommand(name: string | undefined, opts: EvalCliOptions): Promise<SuiteResult | null> {
  if (!name) {
    const suites = await loadSuites();
    for (const s of suites) process.stdout.write(`${s.name.padEnd(12)} ${s.description} (data: ../shared/data/${s.defaultData})\n`);
    return null;
  }
  const suite = await getSuite(name);
  const limit = opts.limit === undefined ? undefined : Number.parseInt(opts.limit, 10);
  if (limit !== undefined && !(limit > 0)) throw new EntenteError("E_ARGS", "--limit must be a positive integer");
  const dir = requireDir(opts.data ?? defaultDataDir(suite.defaultData), suite.name);
  const result = await suite.run(dir, { split: opts.split, limit });
  process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
  return result;
}
