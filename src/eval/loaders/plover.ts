/**
 * Loader for the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json, CC BY-SA 4.0, OEDA):
 * sentence-level events with source/target actor codes. The first record is a DOCUMENT header.
 * Event names follow PLOVER 0.5b1; current names: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
 * INVESTIGATE→ACCUSE, FIGHT→ASSAULT.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EntenteError } from "../../contract/errors.js";

export interface PloverActorCode {
  text: string;
  /** Country (ISO3-like) or IGO/NGO code, upper-case. */
  code: string;
  /** Sector (GOV, MIL, …), upper-case 3 letters, or null when not given. */
  sector: string | null;
}

export interface PloverRecord {
  id: string;
  text: string;
  /** Gold type in current PLOVER names. */
  type: string;
  eventText: string;
  /** The text with "(SRC: …) (EVT: …) (TAR: …)" markup, for locating the gold trigger. */
  markup: string;
  sources: PloverActorCode[];
  targets: PloverActorCode[];
  /** The markup marks the actors "SRC/TAR": a symmetric event, each party both source and target. */
  symmetric: boolean;
}

const RENAMED: Record<string, string> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", INVESTIGATE: "ACCUSE", FIGHT: "ASSAULT" };
/** Sector codes are the first three letters ("CVLalb" → CVL); "***" means unknown. */
const SECTOR = /^[A-Z]{3}/;

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

function actors(raw: unknown): PloverActorCode[] {
  if (!Array.isArray(raw)) return [];
  const out: PloverActorCode[] = [];
  for (const a of raw as RawActor[]) {
    if (!a || typeof a.code !== "string" || !a.code.trim()) continue;
    const sector = SECTOR.exec((a.sector ?? "").trim())?.[0] ?? null;
    out.push({ text: a.actorText ?? "", code: a.code.trim().toUpperCase(), sector });
  }
  return out;
}

export function loadPlover(dir: string, limit?: number): PloverRecord[] {
  const file = join(dir, "PLOVER_GSR_CAMEO.json");
  if (!existsSync(file)) throw new EntenteError("E_DATA", `no PLOVER_GSR_CAMEO.json in ${dir}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new EntenteError("E_DATA", `PLOVER_GSR_CAMEO.json is not valid JSON`, { cause: e });
  }
  if (!Array.isArray(raw)) throw new EntenteError("E_DATA", "PLOVER_GSR_CAMEO.json is not an array");
  const out: PloverRecord[] = [];
  for (const r of raw as Array<Record<string, unknown>>) {
    if (limit !== undefined && out.length >= limit) break;
    const event = typeof r.event === "string" ? r.event : "";
    if (!event || event === "DOCUMENT" || typeof r.text !== "string") continue;
    const markup = String((r.textInfo as { markup?: unknown } | undefined)?.markup ?? "");
    out.push({
      id: String(r.id ?? out.length),
      text: r.text,
      type: RENAMED[event] ?? event,
      eventText: typeof r.eventText === "string" ? r.eventText : "",
      markup,
      sources: actors(r.source),
      targets: actors(r.target),
      symmetric: /\((?:SRC\/TAR|TAR\/SRC):/.test(markup),
    });
  }
  return out;
}
