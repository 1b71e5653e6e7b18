/** Read routes over the store: stats, articles, actors, dyads, events, quotes, blocs, network. */
import { z } from "zod";
import { Modality, PloverType } from "../../contract/analysis.js";
import type { Store } from "../../store/index.js";
import type { ApiRouter } from "../api.js";
import type { ActorPage, ArticleDetail, DyadResult, QuotePage } from "../dto.js";
import { HttpError } from "../errors.js";
import { actorDetails, listActors } from "../queries/actors.js";
import { searchArticles } from "../queries/articles.js";
import { findEvents } from "../queries/events.js";
import { countryNetwork } from "../queries/network.js";
import { IsoDate, Limit, Offset, params, query } from "../validate.js";

const ActorParam = z.string().trim().min(1).max(200).describe("Country code (RUS), entity key or exact name");
const DateRange = { from: IsoDate.optional().describe("First day, YYYY-MM-DD"), to: IsoDate.optional().describe("Last day, YYYY-MM-DD") };
const Granularity = z.enum(["day", "week", "month"]).default("month");

export const ArticleSearchQuery = z.strictObject({
  q: z.string().max(500).optional().describe("Full-text query"),
  actor: ActorParam.optional(),
  type: PloverType.optional().describe("Only articles with an event of this PLOVER type"),
  ...DateRange,
  limit: Limit(100, 20),
  offset: Offset,
});
export const ArticleIdParams = z.strictObject({ id: z.coerce.number().int().positive().describe("Article id") });
export const ActorListQuery = z.strictObject({
  q: z.string().max(200).optional().describe("Part of a name, or an exact key"),
  kind: z.enum(["person", "organization", "country", "location", "group"]).optional(),
  limit: Limit(200, 50),
  offset: Offset,
});
export const ActorParams = z.strictObject({ key: ActorParam });
export const ActorQuery = z.strictObject({ ...DateRange, granularity: Granularity, top: Limit(50, 10) });
export const DyadParams = z.strictObject({ a: ActorParam, b: ActorParam });
export const DyadQuery = z.strictObject({ ...DateRange, granularity: Granularity });
export const EvidenceQuery = z.strictObject({
  ...DateRange,
  type: PloverType.optional(),
  modality: Modality.optional(),
  limit: Limit(500, 50),
  offset: Offset,
});
export const EventQuery = z.strictObject({
  type: PloverType.optional(),
  actor: ActorParam.optional().describe("Source-side actor"),
  recipient: ActorParam.optional().describe("Target-side actor"),
  involving: ActorParam.optional().describe("Actor on either side"),
  modality: Modality.optional(),
  ...DateRange,
  limit: Limit(500, 50),
  offset: Offset,
});
export const QuoteQuery = z.strictObject({
  q: z.string().max(500).optional().describe("Words in the quoted content"),
  speaker: ActorParam.optional(),
  about: ActorParam.optional().describe("Actor mentioned inside the quote"),
  limit: Limit(200, 30),
  offset: Offset,
});
export const WindowQuery = z.strictObject({ ...DateRange });

export function registerCorpusRoutes(api: ApiRouter, getStore: () => Store): void {
  api.route({ method: "get", path: "/api/stats", summary: "Counts of articles, events, quotes and entities", tag: "corpus" }, (c) =>
    c.json(getStore().stats()),
  );

  api.route(
    {
      method: "get",
      path: "/api/articles",
      summary: "Search articles with filters; total and facet counts",
      tag: "articles",
      query: ArticleSearchQuery,
    },
    (c) => c.json(searchArticles(getStore(), query(c, ArticleSearchQuery))),
  );

  api.route(
    { method: "get", path: "/api/articles/:id", summary: "One article with its full Analysis", tag: "articles", params: ArticleIdParams },
    (c) => {
      const { id } = params(c, ArticleIdParams);
      const store = getStore();
      const article = store.getArticle(id);
      const analysis = article ? store.getAnalysis(id) : null;
      if (!article || !analysis) throw new HttpError(404, "E_NOT_FOUND", `no article ${id}`);
      const body: ArticleDetail = { article, analysis };
      return c.json(body);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/actors",
      summary: "Actors by number of articles, filtered by name or kind",
      tag: "actors",
      query: ActorListQuery,
    },
    (c) => c.json(listActors(getStore(), query(c, ActorListQuery))),
  );

  api.route(
    {
      method: "get",
      path: "/api/actors/:key",
      summary: "Actor profile: counterparts, timeline, quotes by and about",
      tag: "actors",
      params: ActorParams,
      query: ActorQuery,
    },
    (c) => {
      const { key } = params(c, ActorParams);
      const q = query(c, ActorQuery);
      const store = getStore();
      const ref = store.resolveActor(key);
      const body: ActorPage = { ...store.actorProfile(ref, q), details: actorDetails(store, ref) };
      return c.json(body);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dyads/:a/:b",
      summary: "Cooperation/conflict timeline between two actors (both directions)",
      tag: "dyads",
      params: DyadParams,
      query: DyadQuery,
    },
    (c) => {
      const { a, b } = params(c, DyadParams);
      const q = query(c, DyadQuery);
      const store = getStore();
      const ra = store.resolveActor(a);
      const rb = store.resolveActor(b);
      const body: DyadResult = { a: ra, b: rb, timeline: store.dyadTimeline(ra, rb, q) };
      return c.json(body);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dyads/:a/:b/evidence",
      summary: "Events between two actors with their evidence sentences",
      tag: "dyads",
      params: DyadParams,
      query: EvidenceQuery,
    },
    (c) => {
      const { a, b } = params(c, DyadParams);
      const q = query(c, EvidenceQuery);
      const store = getStore();
      return c.json(findEvents(store, { ...q, between: [store.resolveActor(a), store.resolveActor(b)] }));
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/events",
      summary: "Events by type, actor, recipient, modality and dates",
      tag: "events",
      query: EventQuery,
    },
    (c) => c.json(findEvents(getStore(), query(c, EventQuery))),
  );

  api.route(
    { method: "get", path: "/api/quotes", summary: "Quotes by text, speaker, or actor mentioned", tag: "quotes", query: QuoteQuery },
    (c) => {
      const q = query(c, QuoteQuery);
      const store = getStore();
      // one extra row tells whether another page exists without a separate count
      const rows = store.quotes({ q: q.q, by: q.speaker, about: q.about, limit: q.limit + 1, offset: q.offset });
      const body: QuotePage = { offset: q.offset, more: rows.length > q.limit, items: rows.slice(0, q.limit) };
      return c.json(body);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/blocs",
      summary: "Blocs of countries (Louvain over alignment) in a time window",
      tag: "blocs",
      query: WindowQuery,
    },
    (c) => c.json(getStore().blocs(query(c, WindowQuery))),
  );

  api.route(
    {
      method: "get",
      path: "/api/network",
      summary: "Country network: nodes with blocs, edges with cooperation and conflict counts",
      tag: "blocs",
      query: WindowQuery,
    },
    (c) => {
      const q = query(c, WindowQuery);
      return c.json(countryNetwork(getStore(), q.from, q.to));
    },
  );
}
