/** Human-readable and Markdown renderings of suite results. */
import type { SuiteResult } from "./types.js";

const fmt = (v: number) => (Number.isInteger(v) && Math.abs(v) > 1 ? String(v) : v.toFixed(3));

export function formatResult(r: SuiteResult): string {
  const lines = [`${r.suite} — ${r.data} [${r.split}] (${r.seconds.toFixed(1)} s)`];
  const systems: Array<[string, Record<string, number>]> = [["entente", r.metrics], ...Object.entries(r.peers)];
  const names = Object.keys(r.metrics);
  const width = Math.max(8, ...names.map((n) => n.length));
  lines.push(`  ${"metric".padEnd(width)}  ${systems.map(([s]) => s.padStart(12)).join(" ")}`);
  for (const n of names) {
    lines.push(`  ${n.padEnd(width)}  ${systems.map(([, m]) => (m[n] === undefined ? "—" : fmt(m[n] as number)).padStart(12)).join(" ")}`);
  }
  const counts = Object.entries(r.counts).map(([k, v]) => `${k}=${v}`);
  if (counts.length) lines.push(`  counts: ${counts.join(", ")}`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  return `${lines.join("\n")}\n`;
}

export function markdownTable(results: SuiteResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const peers = Object.keys(r.peers);
    out.push(`### ${r.suite} — ${r.data}, split ${r.split}`, "");
    out.push(`| metric | entente |${peers.map((p) => ` ${p} |`).join("")}`);
    out.push(`|---|---:|${peers.map(() => "---:|").join("")}`);
    for (const [k, v] of Object.entries(r.metrics)) {
      out.push(
        `| ${k} | ${fmt(v)} |${peers.map((p) => ` ${r.peers[p]?.[k] === undefined ? "—" : fmt(r.peers[p]?.[k] as number)} |`).join("")}`,
      );
    }
    const counts = Object.entries(r.counts).map(([k, v]) => `${k} ${v}`);
    out.push("");
    if (counts.length) out.push(`Counts: ${counts.join(", ")}.`);
    for (const n of r.notes) out.push(`- ${n}`);
    out.push("");
  }
  return out.join("\n");
}
