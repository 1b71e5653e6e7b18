/** `entente export`: the store as Analysis JSONL, events/quotes CSV, PLOVER JSON lines or GDELT-like TSV. */
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { EntenteError } from "../contract/errors.js";
import { EXPORT_FORMATS, type ExportFormat, runExport } from "../corpus/export.js";
import { DEFAULT_DB_PATH, openExisting } from "../store/index.js";

export interface ExportCliOptions {
  db?: string;
  format?: string;
  out?: string;
  from?: string;
  to?: string;
}

export async function runExportCommand(opts: ExportCliOptions): Promise<number> {
  const format = (opts.format ?? "jsonl") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new EntenteError("E_ARGS", `--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const store = openExisting(opts.db ?? DEFAULT_DB_PATH);
  let out: Writable = process.stdout;
  // a closed pipe (`| head`) ends the export quietly, as with other Unix tools
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  if (opts.out) out = createWriteStream(opts.out);
  try {
    const n = await runExport(store.db, format, out, { from: opts.from, to: opts.to });
    if (opts.out) {
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      process.stderr.write(`exported ${n} records to ${opts.out}\n`);
    }
    return n;
  } finally {
    store.close();
  }
}

export function registerExportCommand(program: Command, fail: (e: unknown) => never): void {
  program
    .command("export")
    .description("Export the store: jsonl (Analysis per article), events-csv, quotes-csv, plover (JSON lines), gdelt (events TSV)")
    .option("--db <path>", `store path (default ${DEFAULT_DB_PATH})`)
    .option("--format <f>", EXPORT_FORMATS.join(" | "), "jsonl")
    .option("--out <file>", "write to FILE instead of standard output")
    .option("--from <date>", "only events (articles for jsonl/quotes) dated on or after YYYY-MM-DD")
    .option("--to <date>", "only those dated on or before YYYY-MM-DD")
    .action(async (opts: ExportCliOptions) => {
      try {
        await runExportCommand(opts);
      } catch (e) {
        fail(e);
      }
    });
}
