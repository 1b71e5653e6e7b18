/** Exports: events as CSV or JSONL (same filters as /api/events), and one article's Analysis as a JSON download. */
import type { Context } from "hono";
import { z } from "zod";
import type { Store } from "../../store/index.js";
import type { EventRecord } from "../../store/types.js";
import type { ApiRouter } from "../api.js";
import { HttpError } from "../errors.js";
import { findEvents } from "../queries/events.js";
import { params, query } from "../validate.js";
import { ArticleIdParams, EventQuery } from "./corpus.js";

/** Rows fetched per query while streaming, so memory stays flat on large exports. */
const EXPORT_CHUNK = 1000;
/** Hard cap on one export; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 200_000;

const ExportQuery = EventQuery.omit({ limit: true, offset: true });

const CSV_COLUMNS = [
  "id",
  "article_id",
  "date",
  "type",
  "mode",
  "quad",
  "intensity",
  "modality",
  "actors",
  "recipients",
  "trigger",
  "evidence",
  "article_title",
  "article_url",
];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  // a leading = + - @ would run as a formula in spreadsheets
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(e: EventRecord): string {
  const who = (xs: EventRecord["actors"]) => xs.map((x) => x.key).join(";");
  return `${[
    e.id,
    e.articleId,
    e.date,
    e.type,
    e.mode,
    e.quad,
    e.intensity,
    e.modality,
    who(e.actors),
    who(e.recipients),
    e.trigger.text,
    e.evidence.text,
    e.article.title,
    e.article.url,
  ]
    .map(csvCell)
    .join(",")}\n`;
}

function streamEvents(c: Context, store: Store, format: "csv" | "jsonl") {
  const filter = query(c, ExportQuery);
  const encoder = new TextEncoder();
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "csv") controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(",")}\n`));
    },
    pull(controller) {
      const page = findEvents(store, { ...filter, limit: EXPORT_CHUNK, offset });
      offset += page.items.length;
      const text = page.items.map((e) => (format === "csv" ? csvRow(e) : `${JSON.stringify(e)}\n`)).join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (page.items.length < EXPORT_CHUNK || offset >= MAX_EXPORT_ROWS) controller.close();
    },
  });
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson";
  return c.body(stream, 200, { "content-type": type, "content-disposition": `attachment; filename="events.${format}"` });
}

export function registerExports(api: ApiRouter, getStore: () => Store): void {
  api.route(
    {
      method: "get",
      path: "/api/exports/events.csv",
      summary: "Events as CSV (filters as /api/events)",
      tag: "exports",
      query: ExportQuery,
      produces: "text/csv",
    },
    (c) => streamEvents(c, getStore(), "csv"),
  );
  api.route(
    {
      method: "get",
      path: "/api/exports/events.jsonl",
      summary: "Events as JSON lines (filters as /api/events)",
      tag: "exports",
      query: ExportQuery,
      produces: "application/x-ndjson",
    },
    (c) => streamEvents(c, getStore(), "jsonl"),
  );
  api.route(
    {
      method: "get",
      path: "/api/exports/articles/:id/analysis.json",
      summary: "One article's Analysis as a download",
      tag: "exports",
      params: z.strictObject({ id: ArticleIdParams.shape.id }),
    },
    (c) => {
      const { id } = params(c, ArticleIdParams);
      const analysis = getStore().getAnalysis(id);
      if (!analysis) throw new HttpError(404, "E_NOT_FOUND", `no article ${id}`);
      return c.body(JSON.stringify(analysis), 200, {
        "content-type": "application/json",
        "content-disposition": `attachment; filename="article-${id}.json"`,
      });
    },
  );
}
