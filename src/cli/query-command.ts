/** `entente query search|actor|dyad|events|quotes|blocs|claims|sources|stats` over the store. */
import type { Command } from "commander";
import { EntenteError } from "../contract/errors.js";
import { type Row, toCsv, toTable } from "../corpus/tabular.js";
import { DEFAULT_DB_PATH, type EventRecord, openExisting, type QuoteRecord, type Store, type TimelinePoint } from "../store/index.js";

type Format = "table" | "json" | "csv";

interface CommonOpts {
  db?: string;
  format?: string;
  limit?: string;
  from?: string;
  to?: string;
}

function format(opts: CommonOpts): Format {
  const f = (opts.format ?? "table") as Format;
  if (!["table", "json", "csv"].includes(f)) throw new EntenteError("E_ARGS", "--format must be table, json or csv");
  return f;
}

function limit(opts: CommonOpts): number | undefined {
  if (opts.limit === undefined) return undefined;
  const n = Number(opts.limit);
  if (!Number.isInteger(n) || n < 1) throw new EntenteError("E_ARGS", "--limit must be a positive integer");
  return n;
}

function day(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new EntenteError("E_ARGS", `${name} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  return v;
}

/** --to 2024-05 means through the end of May: compare as a string upper bound. */
function range(opts: CommonOpts): { from?: string; to?: string } {
  const to = day("--to", opts.to);
  return { from: day("--from", opts.from), to: to && to.length < 10 ? `${to}\uffff` : to };
}

function emit(fmt: Format, json: unknown, rows: readonly Row[], columns?: string[]): void {
  if (fmt === "json") process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else process.stdout.write(fmt === "csv" ? toCsv(rows, columns) : toTable(rows, columns));
}

function withStore<T extends CommonOpts>(fn: (store: Store, opts: T, fmt: Format) => void): (opts: T) => void {
  return (opts: T) => {
    const fmt = format(opts);
    const store = openExisting(opts.db ?? DEFAULT_DB_PATH);
    try {
      fn(store, opts, fmt);
    } finally {
      store.close();
    }
  };
}

const names = (ps: { text: string; key: string }[]) => ps.map((p) => p.text).join("; ");

export function eventRow(e: EventRecord): Row {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    quad: e.quad,
    actors: names(e.actors),
    recipients: names(e.recipients),
    intensity: e.intensity,
    modality: e.modality,
    reports: e.reports,
    cluster: e.clusterId,
    article: e.articleId,
    evidence: e.evidence.text,
  };
}

export function quoteRow(q: QuoteRecord): Row {
  return {
    id: q.id,
    article: q.articleId,
    published: q.article.publishedAt,
    speaker: q.speaker?.name ?? null,
    stance: q.stance,
    kind: q.kind,
    start: q.content.start,
    end: q.content.end,
    content: q.content.text,
  };
}

export function timelineRow(p: TimelinePoint): Row {
  return {
    period: p.period,
    events: p.events,
    reports: p.reports,
    verbalCoop: p.byQuad.verbalCooperation,
    materialCoop: p.byQuad.materialCooperation,
    verbalConflict: p.byQuad.verbalConflict,
    materialConflict: p.byQuad.materialConflict,
    intensity: p.intensity,
    coopIndex: Math.round(p.cooperationIndex * 1000) / 1000,
    types: Object.entries(p.byType)
      .map(([t, n]) => `${t}:${n}`)
      .join(" "),
  };
}

function granularity(v: string | undefined): "day" | "week" | "month" {
  const g = v ?? "month";
  if (g !== "day" && g !== "week" && g !== "month") throw new EntenteError("E_ARGS", "--granularity must be day, week or month");
  return g;
}

export function registerQueryCommand(program: Command, fail: (e: unknown) => never): void {
  const query = program
    .command("query")
    .description("Query the store (search, actor, dyad, events, quotes, blocs, claims, sources, stats)");
  const common = (c: Command) =>
    c
      .option("--db <path>", `store path (default ${DEFAULT_DB_PATH})`)
      .option("--format <f>", "table | json | csv", "table")
      .option("--limit <n>", "at most N rows");
  const run =
    <T extends CommonOpts>(fn: (store: Store, opts: T, fmt: Format) => void) =>
    (...args: unknown[]) => {
      try {
        const cmd = args[args.length - 1] as Command;
        withStore(fn)({ ...(cmd.opts() as T), _args: cmd.args } as T);
      } catch (e) {
        fail(e);
      }
    };
  const argsOf = (o: unknown) => (o as { _args: string[] })._args;

  common(query.command("search").description("Full-text search over article titles and text").argument("<text...>")).action(
    run((s, o, fmt) => {
      const hits = s.searchArticles(argsOf(o).join(" "), { limit: limit(o) });
      emit(
        fmt,
        hits,
        hits.map((h) => ({
          id: h.id,
          published: h.publishedAt,
          title: h.title,
          publisher: h.publisher,
          story: h.storyId,
          snippet: h.snippet,
        })),
      );
    }),
  );

  common(
    query
      .command("actor")
      .description("An actor's profile: events, types, top counterparts, quotes by and about, timeline")
      .argument("<actor>", "country code (RUS), entity key or exact name")
      .option("--from <date>")
      .option("--to <date>")
      .option("--granularity <g>", "day | week | month", "month"),
  ).action(
    run<CommonOpts & { granularity?: string }>((s, o, fmt) => {
      const p = s.actorProfile(argsOf(o)[0] as string, { ...range(o), granularity: granularity(o.granularity), top: limit(o) });
      if (fmt === "json") return emit(fmt, p, []);
      const out = process.stdout;
      out.write(
        `${p.actor.name} (${p.actor.level} ${p.actor.key}): ${p.events.asActor} events as actor, ${p.events.asRecipient} as recipient\n`,
      );
      out.write(
        `types: ${
          Object.entries(p.byType)
            .map(([t, n]) => `${t} ${n}`)
            .join(", ") || "none"
        }\n\ncounterparts\n`,
      );
      const rows = p.topCounterparts.map((c) => ({ ...c }) as Row);
      out.write(fmt === "csv" ? toCsv(rows) : toTable(rows));
      out.write("\ntimeline\n");
      out.write(fmt === "csv" ? toCsv(p.timeline.map(timelineRow)) : toTable(p.timeline.map(timelineRow)));
      out.write("\nquotes by\n");
      out.write(fmt === "csv" ? toCsv(p.quotesBy.map(quoteRow)) : toTable(p.quotesBy.map(quoteRow)));
      out.write("\nquotes about\n");
      out.write(fmt === "csv" ? toCsv(p.quotesAbout.map(quoteRow)) : toTable(p.quotesAbout.map(quoteRow)));
    }),
  );

  common(
    query
      .command("dyad")
      .description("Time series of events between two actors: counts per type and quad class, intensity, cooperation index")
      .argument("<a>")
      .argument("<b>")
      .option("--from <date>")
      .option("--to <date>")
      .option("--granularity <g>", "day | week | month", "month")
      .option("--directed", "only events from A to B"),
  ).action(
    run<CommonOpts & { granularity?: string; directed?: boolean }>((s, o, fmt) => {
      const [a, b] = argsOf(o) as [string, string];
      const tl = s.dyadTimeline(a, b, { ...range(o), granularity: granularity(o.granularity), undirected: !o.directed });
      emit(fmt, tl, tl.map(timelineRow));
    }),
  );

  common(
    query
      .command("events")
      .description("Events by actor, recipient, type, quad class and date")
      .option("--actor <a>")
      .option("--recipient <r>")
      .option("--involving <x>", "either side")
      .option("--type <plover>")
      .option("--quad <n>", "1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
      .option("--from <date>")
      .option("--to <date>")
      .option("--distinct", "one row per cross-article event (cluster), not per report"),
  ).action(
    run<CommonOpts & { actor?: string; recipient?: string; involving?: string; type?: string; quad?: string; distinct?: boolean }>(
      (s, o, fmt) => {
        const evs = s.events({
          actor: o.actor,
          recipient: o.recipient,
          involving: o.involving,
          type: o.type,
          quad: o.quad ? Number(o.quad) : undefined,
          ...range(o),
          distinct: o.distinct,
          limit: limit(o),
        });
        emit(fmt, evs, evs.map(eventRow));
      },
    ),
  );

  common(
    query
      .command("quotes")
      .description("Attributed statements: full-text, by speaker, about an actor")
      .argument("[text...]")
      .option("--by <speaker>")
      .option("--about <actor>"),
  ).action(
    run<CommonOpts & { by?: string; about?: string }>((s, o, fmt) => {
      const q = argsOf(o).join(" ");
      const quotes = s.quotes({ q: q || undefined, by: o.by, about: o.about, limit: limit(o) });
      emit(fmt, quotes, quotes.map(quoteRow));
    }),
  );

  common(
    query
      .command("blocs")
      .description("Alignment matrix (cosine of cooperation/conflict profiles) and blocs (Louvain) for a time window")
      .option("--from <date>")
      .option("--to <date>")
      .option("--min-events <n>", "events a country needs to be placed"),
  ).action(
    run<CommonOpts & { minEvents?: string }>((s, o, fmt) => {
      const b = s.blocs({ ...range(o), minEvents: o.minEvents ? Number(o.minEvents) : undefined });
      if (fmt === "json") return emit(fmt, b, []);
      const rows = b.countries.map((c, i) => ({
        country: c,
        bloc: b.blocs.find((x) => x.members.includes(c))?.id ?? null,
        ...Object.fromEntries(b.countries.map((d, j) => [d, b.matrix[i]?.[j] ?? null])),
      }));
      process.stdout.write(fmt === "csv" ? toCsv(rows) : toTable(rows));
      if (fmt === "table") {
        process.stdout.write(`\nmodularity ${b.modularity}\n`);
        for (const x of b.blocs) process.stdout.write(`bloc ${x.id}: ${x.members.join(" ")}\n`);
      }
    }),
  );

  common(
    query
      .command("claims")
      .description("Statements carried by several independent sources, and contradictions (one asserts, another denies)")
      .option("--from <date>")
      .option("--to <date>")
      .option("--contradictions", "only contradicted claims"),
  ).action(
    run<CommonOpts & { contradictions?: boolean }>((s, o, fmt) => {
      const claims = s.claims({ ...range(o), onlyContradictions: o.contradictions, limit: limit(o) });
      const rows = claims.flatMap((c, i) =>
        c.sources.map((x) => ({
          claim: i + 1,
          contradiction: c.contradiction,
          article: x.articleId,
          publisher: x.publisher,
          speaker: x.speaker,
          stance: x.stance,
          text: x.text,
        })),
      );
      emit(fmt, claims, rows);
    }),
  );

  common(query.command("sources").description("Ingested sources and their status").option("--failed", "only failed sources")).action(
    run<CommonOpts & { failed?: boolean }>((s, o, fmt) => {
      const src = s.sources({ status: o.failed ? "failed" : undefined, limit: limit(o) });
      emit(
        fmt,
        src,
        src.map((x) => ({ ...x }) as Row),
      );
    }),
  );

  common(query.command("stats").description("Counts of articles, stories, events, clusters")).action(
    run((s, _o, fmt) => {
      const st = s.stats();
      emit(fmt, st, [{ ...st }]);
    }),
  );
}
