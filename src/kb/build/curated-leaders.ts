/** Parser for the curated office-holder tables scripts/kb-curated/leaders-*.txt (format in leaders-format.md). */
import { EntenteError } from "../../contract/errors.js";

export interface CuratedHolder {
  scope: string;
  title: string;
  classes: string[];
  sector: string;
  names: string[];
  start: string | null;
  end: string | null;
  extraClasses: string[];
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Pads a curated date: a start to the first day of its month/year, an end to the last day. */
export function padDate(raw: string, side: "start" | "end"): string | null {
  const d = raw.trim();
  if (d === "-" || d === "") return null;
  if (!DATE_RE.test(d)) throw new EntenteError("E_DATA", `bad date in curated leaders: ${d}`);
  if (d.length === 10) return d;
  if (d.length === 4) return side === "start" ? `${d}-01-01` : `${d}-12-31`;
  if (side === "start") return `${d}-01`;
  const [y, m] = d.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, "0")}`;
}

export function parseCuratedLeaders(text: string, file: string): CuratedHolder[] {
  const out: CuratedHolder[] = [];
  let office: Omit<CuratedHolder, "names" | "start" | "end" | "extraClasses"> | null = null;
  text.split("\n").forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const where = `${file}:${n + 1}`;
    if (line.startsWith("@")) {
      const [scope, title, classes, sector] = line
        .slice(1)
        .split("|")
        .map((s) => s.trim());
      if (!scope || !title || !sector) throw new EntenteError("E_DATA", `bad office header at ${where}`);
      office = { scope, title, classes: classes ? classes.split(",").map((c) => c.trim()) : [], sector };
      return;
    }
    if (!office) throw new EntenteError("E_DATA", `holder before any office at ${where}`);
    const [names, start, end, extra] = line.split(";").map((s) => s.trim());
    if (!names || start === undefined || end === undefined) throw new EntenteError("E_DATA", `bad holder at ${where}`);
    out.push({
      ...(office as NonNullable<typeof office>),
      names: names.split("|").map((s) => s.trim()),
      start: padDate(start, "start"),
      end: padDate(end, "end"),
      extraClasses: extra ? extra.split(",").map((c) => c.trim()) : [],
    });
  });
  return out;
}
