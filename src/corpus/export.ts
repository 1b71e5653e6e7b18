/**
 * Streaming exports of the store: Analysis JSONL, events and quotes CSV, PLOVER JSON lines, and a
 * GDELT-2.0-like events TSV (one row per cross-article event). Field mappings: docs/export-formats.md.
 */
import type { Writable } from "node:stream";
import { gunzipSync } from "node:zlib";
import type { PloverType } from "../contract/analysis.js";
import type { Db } from "../store/db.js";
import { csvCell, type Row } from "./tabular.js";

export type ExportFormat = "jsonl" | "events-csv" | "quotes-csv" | "plover" | "gdelt";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["jsonl", "events-csv", "quotes-csv", "plover", "gdelt"];

export interface ExportOptions {
  from?: string;
  to?: string;
}

/** Write with back-pressure so memory stays flat however large the store. */
async function put(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((r) => out.once("drain", () => r()));
}

function dateWhere(col: string, o: ExportOptions, params: unknown[]): string {
  const parts: string[] = [];
  if (o.from) {
    parts.push(`${col} >= ?`);
    params.push(o.from);
  }
  if (o.to) {
    parts.push(`${col} <= ?`);
    params.push(o.to);
  }
  return parts.length ? ` WHERE ${parts.join(" AND ")}` : "";
}

export async function exportJsonl(db: Db, out: Writable, o: ExportOptions = {}): Promise<number> {
  const params: unknown[] = [];
  const rows = db
    .prepare(`SELECT analysis_gz FROM articles${dateWhere("published_at", o, params)} ORDER BY id`)
    .iterate(...params) as Iterable<{
    analysis_gz: Buffer | null;
  }>;
  let n = 0;
  for (const r of rows) {
    if (!r.analysis_gz) continue;
    await put(out, `${gunzipSync(r.analysis_gz).toString("utf8")}\n`);
    n++;
  }
  return n;
}

interface EventRow {
  id: number;
  article_id: number;
  local_id: string;
  type: PloverType;
  quad: number;
  mode: string | null;
  context_json: string;
  date: string | null;
  modality: string;
  intensity: number;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  location_text: string | null;
  location_country: string | null;
  cluster_id: number | null;
  url: string | null;
  publisher: string | null;
  title: string | null;
  published_at: string | null;
  ingested_at: string;
  doc_id: string;
}

interface Party {
  role: string;
  text: string;
  actor_key: string;
  country: string | null;
  sector: string | null;
}

function eventRows(db: Db, o: ExportOptions): { rows: Iterable<EventRow>; parties: (id: number) => Party[] } {
  const params: unknown[] = [];
  const where = dateWhere("e.date", o, params);
  const rows = db
    .prepare(
      `SELECT e.*, a.url, a.publisher, a.title, a.published_at, a.ingested_at, a.doc_id FROM events e JOIN articles a ON a.id = e.article_id
       ${where} ORDER BY COALESCE(e.cluster_id, e.id), e.id`,
    )
    .iterate(...params) as Iterable<EventRow>;
  const stmt = db.prepare("SELECT role, text, actor_key, country, sector FROM event_participants WHERE event_id = ? ORDER BY rowid");
  return { rows, parties: (id) => stmt.all(id) as Party[] };
}

export const EVENT_CSV_COLUMNS = [
  "event_id",
  "cluster_id",
  "article_id",
  "doc_id",
  "date",
  "type",
  "quad",
  "mode",
  "context",
  "actors",
  "actor_countries",
  "recipients",
  "recipient_countries",
  "modality",
  "intensity",
  "trigger",
  "trigger_start",
  "trigger_end",
  "evidence",
  "evidence_start",
  "evidence_end",
  "url",
] as const;

export async function exportEventsCsv(db: Db, out: Writable, o: ExportOptions = {}): Promise<number> {
  const { rows, parties } = eventRows(db, o);
  await put(out, `${EVENT_CSV_COLUMNS.join(",")}\r\n`);
  let n = 0;
  for (const e of rows) {
    const ps = parties(e.id);
    const side = (role: string, f: (p: Party) => string | null) =>
      ps
        .filter((p) => p.role === role)
        .map((p) => f(p) ?? "")
        .join("; ");
    const row: Row = {
      event_id: e.id,
      cluster_id: e.cluster_id ?? e.id,
      article_id: e.article_id,
      doc_id: e.doc_id,
      date: e.date,
      type: e.type,
      quad: e.quad,
      mode: e.mode,
      context: (JSON.parse(e.context_json) as string[]).join("; "),
      actors: side("actor", (p) => p.text),
      actor_countries: side("actor", (p) => p.country),
      recipients: side("recipient", (p) => p.text),
      recipient_countries: side("recipient", (p) => p.country),
      modality: e.modality,
      intensity: e.intensity,
      trigger: e.trigger_text,
      trigger_start: e.trigger_start,
      trigger_end: e.trigger_end,
      evidence: e.evidence_text,
      evidence_start: e.evidence_start,
      evidence_end: e.evidence_end,
      url: e.url,
    };
    await put(out, `${EVENT_CSV_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`);
    n++;
  }
  return n;
}

export const QUOTE_CSV_COLUMNS = [
  "quote_id",
  "article_id",
  "doc_id",
  "published_at",
  "speaker",
  "speaker_key",
  "speaker_country",
  "kind",
  "stance",
  "cue",
  "content",
  "content_start",
  "content_end",
  "url",
] as const;

export async function exportQuotesCsv(db: Db, out: Writable, o: ExportOptions = {}): Promise<number> {
  const params: unknown[] = [];
  const rows = db
    .prepare(
      `SELECT q.*, a.doc_id, a.published_at, a.url FROM attributions q JOIN articles a ON a.id = q.article_id
       ${dateWhere("a.published_at", o, params)} ORDER BY q.id`,
    )
    .iterate(...params) as Iterable<Record<string, string | number | null>>;
  await put(out, `${QUOTE_CSV_COLUMNS.join(",")}\r\n`);
  let n = 0;
  for (const q of rows) {
    const row: Row = {
      quote_id: q.id,
      article_id: q.article_id,
      doc_id: q.doc_id,
      published_at: q.published_at,
      speaker: q.speaker_name,
      speaker_key: q.speaker_key,
      speaker_country: q.speaker_country,
      kind: q.kind,
      stance: q.stance,
      cue: q.cue_text,
      content: q.content_text,
      content_start: q.content_start,
      content_end: q.content_end,
      url: q.url,
    };
    await put(out, `${QUOTE_CSV_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`);
    n++;
  }
  return n;
}

/** Group consecutive rows of one cluster (rows come ordered by cluster). */
function* clusters(rows: Iterable<EventRow>): Generator<EventRow[]> {
  let cur: EventRow[] = [];
  for (const r of rows) {
    if (cur.length > 0 && (cur[0]!.cluster_id ?? cur[0]!.id) !== (r.cluster_id ?? r.id)) {
      yield cur;
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length > 0) yield cur;
}

/** PLOVER-style event records, one JSON object per line, one per cross-article event. */
export async function exportPlover(db: Db, out: Writable, o: ExportOptions = {}): Promise<number> {
  const { rows, parties } = eventRows(db, o);
  let n = 0;
  for (const group of clusters(rows)) {
    const e = group[0]!;
    const ps = parties(e.id);
    const actor = ps.find((p) => p.role === "actor");
    const recipient = ps.find((p) => p.role === "recipient");
    const rec = {
      id: `entente-${e.cluster_id ?? e.id}`,
      date: e.date,
      event_type: e.type,
      mode: e.mode,
      context: JSON.parse(e.context_json) as string[],
      actor: actor?.text ?? null,
      actor_country: actor?.country ?? null,
      actor_sector: actor?.sector ?? null,
      recipient: recipient?.text ?? null,
      recipient_country: recipient?.country ?? null,
      recipient_sector: recipient?.sector ?? null,
      location: e.location_text,
      location_country: e.location_country,
      quad_class: e.quad,
      intensity: e.intensity,
      modality: e.modality,
      event_text: e.evidence_text,
      trigger: e.trigger_text,
      num_reports: group.length,
      sources: group.map((g) => ({
        article_id: g.article_id,
        doc_id: g.doc_id,
        url: g.url,
        publisher: g.publisher,
        headline: g.title,
        story_date: g.published_at,
      })),
    };
    await put(out, `${JSON.stringify(rec)}\n`);
    n++;
  }
  return n;
}

/** PLOVER type → CAMEO root code used in the GDELT-like export (docs/export-formats.md explains each). */
export const CAMEO_ROOT: Readonly<Record<PloverType, string>> = {
  AGREE: "05",
  CONSULT: "04",
  SUPPORT: "05",
  CONCEDE: "08",
  COOPERATE: "06",
  AID: "07",
  RETREAT: "08",
  REQUEST: "10",
  ACCUSE: "11",
  REJECT: "12",
  THREATEN: "13",
  PROTEST: "14",
  MOBILIZE: "15",
  SANCTION: "16",
  COERCE: "17",
  ASSAULT: "18",
};

function gdeltActor(p: Party | undefined): string[] {
  if (!p) return ["", "", "", "", "", "", "", "", "", ""];
  const code = `${p.country ?? ""}${p.sector ?? ""}`;
  return [code, p.text.toUpperCase(), p.country ?? "", "", "", "", "", p.sector ?? "", "", ""];
}

const tsv = (s: string | number | null | undefined) => (s === null || s === undefined ? "" : String(s).replace(/[\t\r\n]+/g, " "));

export async function exportGdelt(db: Db, out: Writable, o: ExportOptions = {}): Promise<number> {
  const { rows, parties } = eventRows(db, o);
  let n = 0;
  for (const group of clusters(rows)) {
    const e = group[0]!;
    const ps = parties(e.id);
    const day = e.date ?? "";
    const sqlDate = day.replaceAll("-", "");
    const year = day.slice(0, 4);
    const start = Date.UTC(Number(year), 0, 1);
    const frac = day ? Number(year) + Math.floor((Date.parse(day) - start) / 86_400_000) / 365 : "";
    const publishers = new Set(group.map((g) => g.publisher ?? g.url ?? g.doc_id));
    const geo = (name: string | null, country: string | null) =>
      name ? ["4", name, country ?? "", "", "", "", "", ""] : ["", "", "", "", "", "", "", ""];
    const cameo = CAMEO_ROOT[e.type];
    const cols = [
      e.cluster_id ?? e.id,
      sqlDate,
      sqlDate.slice(0, 6),
      year,
      typeof frac === "number" ? frac.toFixed(4) : "",
      ...gdeltActor(ps.find((p) => p.role === "actor")),
      ...gdeltActor(ps.find((p) => p.role === "recipient")),
      "1",
      `${cameo}0`,
      `${cameo}0`,
      cameo,
      e.quad,
      e.intensity,
      group.length,
      publishers.size,
      new Set(group.map((g) => g.article_id)).size,
      "",
      ...geo(null, null),
      ...geo(null, null),
      ...geo(e.location_text, e.location_country),
      e.ingested_at.replace(/\D/g, "").slice(0, 14),
      e.url ?? "",
    ];
    await put(out, `${cols.map(tsv).join("\t")}\n`);
    n++;
  }
  return n;
}

export function runExport(db: Db, format: ExportFormat, out: Writable, o: ExportOptions = {}): Promise<number> {
  switch (format) {
    case "jsonl":
      return exportJsonl(db, out, o);
    case "events-csv":
      return exportEventsCsv(db, out, o);
    case "quotes-csv":
      return exportQuotesCsv(db, out, o);
    case "plover":
      return exportPlover(db, out, o);
    case "gdelt":
      return exportGdelt(db, out, o);
  }
}
