/** Text and Markdown tables for benchmark results. */
import type { BenchResult } from "./run.js";

const n = (x: number | undefined, d = 1) => (x === undefined ? "—" : x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(d));

function rows(r: BenchResult): string[][] {
  const byName = new Map(r.cases.map((c) => [c.name, c]));
  const out: string[][] = [];
  for (const c of r.cases) {
    if (c.skipped) {
      out.push([c.name, "skipped", "", "", "", ""]);
      continue;
    }
    const other = c.versus ? byName.get(c.versus) : undefined;
    const ratio =
      other?.articlesPerSec && c.articlesPerSec ? `${(other.articlesPerSec / c.articlesPerSec).toFixed(2)}× (${c.versus} ÷ this)` : "";
    out.push([c.name + (c.peer ? " [peer]" : ""), n(c.articlesPerSec), n(c.wordsPerSec, 0), n(c.peakRssMb, 0), c.corpus ?? "", ratio]);
    for (const [stage, rate] of Object.entries(c.stageRates ?? {})) out.push([`  stage: ${stage}`, n(rate), "", "", "", ""]);
  }
  return out;
}

const HEAD = ["case", "articles/s", "words/s", "peak RSS MB", "corpus", "ratio"];

export function formatBench(r: BenchResult): string {
  const all = [HEAD, ...rows(r)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const lines = all.map((row) =>
    row.map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "),
  );
  return `entente bench — ${r.date}, Node ${r.node}, ${r.cpu}, one core per case\n${lines.join("\n")}\n`;
}

export function markdownBench(r: BenchResult): string {
  const lines = [`| ${HEAD.join(" | ")} |`, `|${HEAD.map((_, i) => (i >= 1 && i <= 3 ? "---:" : "---")).join("|")}|`];
  for (const row of rows(r)) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}
