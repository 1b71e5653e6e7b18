#!/usr/bin/env node
/**
 * The `entente` command line. Command modules that load the pipeline, the evaluation suites or the
 * server are imported when their command runs, so `--help` and the other commands start fast.
 */
import { Command, InvalidArgumentError } from "commander";
import { EntenteError, toErrorInfo } from "../contract/errors.js";
import { registerExportCommand } from "./export-command.js";
import { registerIngestCommand } from "./ingest-command.js";
import { registerQueryCommand } from "./query-command.js";

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  }
  return value;
}

/** Print `code: message` to stderr and exit with 2 (arguments) or 1 (anything else). */
function fail(err: unknown): never {
  const { code, message } = toErrorInfo(err);
  process.stderr.write(`entente: ${code}: ${message}\n`);
  process.exit(code === "E_ARGS" ? 2 : 1);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("entente")
    .description("Evidence-linked international-relations analytics from news articles")
    .version("0.1.0")
    .showHelpAfterError();

  program
    .command("analyze")
    .description("Analyse one article (FILE, URL or - for stdin) or, with --jsonl, a stream of them, and print the Analysis as JSON")
    .argument(
      "[target]",
      "file (.html/.htm or HTML content → HTML path, else text), URL, or - for stdin; with --jsonl: a JSONL file or - (default stdin)",
    )
    .option("--jsonl", "batch mode: read lines {id, text} or {id, html, url?} (optional publishedAt), write one output line per input line")
    .option("--published <date>", "publication date YYYY-MM-DD (anchors relative dates)", parseDate)
    .option("--pretty", "indent the JSON output (single-article mode)")
    .action(async (target: string | undefined, opts: { jsonl?: boolean; published?: string; pretty?: boolean }) => {
      try {
        const { runAnalyzeBatch, runAnalyzeOne } = await import("./analyze-command.js");
        if (opts.jsonl) await runAnalyzeBatch(target, process.stdout, opts.published);
        else {
          if (!target) throw new EntenteError("E_ARGS", "give a FILE, URL or -, or use --jsonl");
          await runAnalyzeOne(target, opts, process.stdout);
        }
      } catch (e) {
        fail(e);
      }
    });

  program
    .command("eval")
    .description("Score a capability on annotated data (no SUITE: list the suites)")
    .argument("[suite]", "aeb | readability | polnear | meantime | ner | tempeval | plover | petrarch")
    .option("--data <dir>", "data folder (default: the suite's folder under ../shared/data)")
    .option("--split <name>", "split to score (default: the suite's dev split)")
    .option("--limit <n>", "score at most N documents")
    .option("--json", "print the result as JSON")
    .action(async (suite: string | undefined, opts) => {
      try {
        await (await import("./eval-command.js")).runEvalCommand(suite, opts);
      } catch (e) {
        fail(e);
      }
    });

  program
    .command("bench")
    .description("Measure throughput (articles/s and words/s on one core, per stage) and peak RSS, beside peer libraries")
    .option("--corpus <dir>", "folder of .txt articles (default: PolNeAR texts in ../shared/data, else a generated corpus)")
    .option("--limit <n>", "use at most N articles", "300")
    .option("--json", "print the result as JSON")
    .action(async (opts) => {
      try {
        await (await import("./bench-command.js")).runBenchCommand(opts);
      } catch (e) {
        fail(e);
      }
    });

  program
    .command("serve")
    .description("Serve the JSON API (OpenAPI at /api/openapi.json) and the web explorer over a store")
    .option("--db <path>", "SQLite store (default ./entente.db)")
    .option("--port <n>", "TCP port (default 8787; 0 picks a free one)")
    .option("--host <addr>", "address to listen on (default 127.0.0.1)")
    .action(async (opts) => {
      try {
        await (await import("./serve-command.js")).runServeCommand(opts);
      } catch (e) {
        fail(e);
      }
    });

  registerIngestCommand(program, fail);
  registerQueryCommand(program, fail);
  registerExportCommand(program, fail);

  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((e) => fail(e));
