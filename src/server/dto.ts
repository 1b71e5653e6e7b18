/** Response shapes of the explorer API that the store's own records do not already describe (shared as types with the web app). */
import type { Analysis } from "../contract/analysis.js";
import type { ActorProfile, ActorRef, ArticleRecord, ArticleSummary, QuoteRecord, StoreStats, TimelinePoint } from "../store/types.js";
import type { ActorDetails } from "./queries/actors.js";

export type Stats = StoreStats;

export interface Facet {
  value: string;
  count: number;
}

export interface ArticleSearchResult {
  /** Articles matching the query and filters (all pages). */
  total: number;
  items: Array<ArticleSummary & { snippet: string | null }>;
  /** Counts over the whole result set, not just this page. */
  facets: { year: Facet[]; country: Facet[]; eventType: Facet[] };
}

export interface ArticleDetail {
  article: ArticleRecord;
  analysis: Analysis;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface DyadResult {
  a: ActorRef;
  b: ActorRef;
  timeline: TimelinePoint[];
}

export interface NetworkResult {
  from: string | null;
  to: string | null;
  nodes: Array<{ key: string; name: string; events: number; bloc: number }>;
  edges: Array<{ a: string; b: string; cooperation: number; conflict: number }>;
  blocs: Array<{ id: number; members: string[] }>;
  /** Earliest and latest dated country-level events, for the time slider. */
  range: { min: string | null; max: string | null };
}

/** Quotes page: the store counts no totals for quotes, so `more` says whether a next page exists. */
export interface QuotePage {
  offset: number;
  more: boolean;
  items: QuoteRecord[];
}

/** GET /api/actors/:key: the store's profile plus kind, country, sector and roles. */
export interface ActorPage extends ActorProfile {
  details: ActorDetails;
}
