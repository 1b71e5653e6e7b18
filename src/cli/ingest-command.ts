/** `entente ingest SOURCES...`: analyse files, folders, JSONL, WARC, URLs, feeds and sitemaps into the store. */
import type { Command } from "commander";
import { countKnownSources } from "../acquire/sources.js";
import { EntenteError } from "../contract/errors.js";
import { ingest } from "../corpus/ingest.js";
import { DEFAULT_DB_PATH } from "../store/index.js";

export interface IngestCliOptions {
  db?: string;
  workers?: string;
  allowPrivate?: boolean;
  delay?: string;
  ignoreRobots?: boolean;
  json?: boolean;
  quiet?: boolean;
}

function nonNegativeInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new EntenteError("E_ARGS", `${name} must be a non-negative integer`);
  return n;
}

export async function runIngestCommand(sources: string[], opts: IngestCliOptions): Promise<number> {
  if (sources.length === 0)
    throw new EntenteError("E_ARGS", "give at least one source: a file, folder, URL, feed, sitemap, WARC or - for JSONL on stdin");
  const summary = await ingest(sources, {
    db: opts.db ?? DEFAULT_DB_PATH,
    workers: nonNegativeInt("--workers", opts.workers),
    allowPrivate: opts.allowPrivate ?? false,
    hostDelayMs: nonNegativeInt("--delay", opts.delay),
    respectRobots: !opts.ignoreRobots,
    progress: opts.quiet ? null : process.stderr,
    total: countKnownSources(sources),
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const lines = [
      `ingested in ${summary.seconds.toFixed(1)} s: ${summary.added} new, ${summary.duplicates} duplicate, ${summary.skipped} already stored, ${summary.failed} failed`,
      ...summary.failures.map((f) => `  failed ${f.locator}: ${f.code}: ${f.message}`),
    ];
    if (summary.failed > summary.failures.length)
      lines.push(`  … and ${summary.failed - summary.failures.length} more (entente query sources --failed)`);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return summary.failed > 0 && summary.added + summary.duplicates + summary.skipped === 0 ? 1 : 0;
}

export function registerIngestCommand(program: Command, fail: (e: unknown) => never): void {
  program
    .command("ingest")
    .description(
      "Analyse sources into the store: files and folders (.html/.htm/.txt/.md/.json/.jsonl, .gz), - (JSONL on stdin), URLs, RSS/Atom feeds, sitemaps, WARC(.gz)",
    )
    .argument("<sources...>", "files, folders, URLs, feed or sitemap URLs, .warc(.gz) archives, or -")
    .option("--db <path>", `store path (default ${DEFAULT_DB_PATH})`)
    .option("--workers <n>", "analysis threads (default: CPU cores; 0 = main thread)")
    .option("--allow-private", "allow fetching loopback and private-network addresses")
    .option("--delay <ms>", "minimum milliseconds between requests to one host (default 1000)")
    .option("--ignore-robots", "do not fetch or obey robots.txt (only for sites you run)")
    .option("--json", "print the summary as JSON")
    .option("--quiet", "no progress output")
    .action(async (sources: string[], opts: IngestCliOptions) => {
      try {
        process.exitCode = await runIngestCommand(sources, opts);
      } catch (e) {
        fail(e);
      }
    });
}
