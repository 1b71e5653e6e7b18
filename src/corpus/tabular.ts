/** Rows of scalars as an aligned text table or RFC 4180 CSV (for `query` and `export`). */

export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [cols.map(csvCell).join(",")];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Widest a table column gets before its cells are cut with an ellipsis. */
const MAX_COL = 60;

export function toTable(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (rows.length === 0) return "(no rows)\n";
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ");
    return s.length > MAX_COL ? `${s.slice(0, MAX_COL - 1)}…` : s;
  };
  const body = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...body.map((b) => (b[i] as string).length)));
  const fmt = (cells: readonly string[]) =>
    cells
      .map((s, i) => s.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return `${[fmt(cols), fmt(widths.map((w) => "-".repeat(w))), ...body.map(fmt)].join("\n")}\n`;
}
