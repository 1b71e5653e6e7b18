/**
 * CAMEO code → PLOVER (type, mode, context), from the CAMEO2PLOVER conversion table.
 * The table is parsed by scripts/build-event-patterns.ts into data/events/cameo2plover.json.
 */
import { PloverType } from "../contract/analysis.js";

export interface PloverCode {
  type: PloverType;
  mode: string | null;
  context: string[];
}

export type PloverTable = Record<string, [PloverType, string | null, string[]]>;

const PLOVER_TYPES = new Set<string>(PloverType.options);

/** Lines like `0841: RETREAT, release,   legal # Return, release person(s)`. */
export function parseCameo2Plover(text: string): PloverTable {
  const out: PloverTable = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.split("#")[0]?.trim() ?? "";
    const m = /^(\d{2,4}):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [typeRaw, modeRaw, contextRaw] = (m[2] ?? "").split(",");
    const type = typeRaw?.trim() ?? "";
    if (!PLOVER_TYPES.has(type)) continue;
    const code = m[1] as string;
    // Two-digit header lines ("08: RETREAT") are section titles, not mappings.
    if (code.length === 2) continue;
    if (out[code]) continue;
    const mode = modeRaw?.trim().toLowerCase() || null;
    const context = (contextRaw ?? "")
      .split(";")
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean);
    out[code] = [type as PloverType, mode, context];
  }
  return out;
}

/** CAMEO 02 (APPEAL) is dropped by PLOVER; its sub-codes parallel 10 (DEMAND): read 02x as 10x. */
const APPEAL_PREFIX = "02";
const DEMAND_PREFIX = "10";
/** CAMEO 01 (public statements) has no PLOVER equivalent. */
const STATEMENT_PREFIX = "01";

/**
 * Where we depart from the 2021 table: imposing sanctions/embargoes (163) is PLOVER SANCTION, the
 * manual's "reductions in existing relations" (and the gold records' reading), not COERCE.
 */
const OVERRIDES: Record<string, PloverCode> = {
  "163": { type: "SANCTION", mode: null, context: ["economic"] },
};

/** Mapped PLOVER code of a CAMEO code, falling back to its parent codes; null if none. */
export function cameoToPlover(table: PloverTable, cameo: string): PloverCode | null {
  let code = cameo.trim();
  if (!/^\d{2,4}$/.test(code) || code.startsWith(STATEMENT_PREFIX)) return null;
  if (code.startsWith(APPEAL_PREFIX)) code = DEMAND_PREFIX + code.slice(2);
  const override = OVERRIDES[code] ?? OVERRIDES[code.slice(0, 3)];
  if (override) return override;
  for (let len = code.length; len >= 3; len--) {
    const hit = table[code.slice(0, len)];
    if (hit) return { type: hit[0], mode: hit[1], context: hit[2] };
  }
  const root = table[`${code.slice(0, 2)}0`];
  return root ? { type: root[0], mode: root[1], context: root[2] } : null;
}
