/** The store's read-side records: what `open(path)` queries return (stable for the server and web UI). */

export type Granularity = "day" | "week" | "month";
export type ActorLevel = "actor" | "country";

export interface ActorRef {
  /** 'country' = ISO 3166-1 alpha-3 (or IGO) code; 'actor' = entity key (KB id, country code or kind:name). */
  level: ActorLevel;
  key: string;
  /** A display name (the most frequent entity name for the key). */
  name: string;
}

export interface ArticleSummary {
  id: number;
  docId: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  storyId: number | null;
}

export interface ArticleRecord extends ArticleSummary {
  text: string;
  byline: string | null;
  language: string | null;
  ingestedAt: string;
  /** Other articles of the same story (exact or near duplicates), and how many sources carried the exact text. */
  storyArticleIds: number[];
  duplicateSources: number;
}

export interface ArticleHit extends ArticleSummary {
  /** FTS5 snippet with [ ] around matches. */
  snippet: string;
  rank: number;
}

export interface ParticipantRecord {
  key: string;
  text: string;
  start: number;
  end: number;
  country: string | null;
  sector: string | null;
  entityId: string | null;
}

export interface EventRecord {
  id: number;
  articleId: number;
  localId: string;
  type: string;
  quad: number;
  mode: string | null;
  context: string[];
  date: string | null;
  dateText: string | null;
  modality: string;
  intensity: number;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  location: { text: string; start: number; end: number; country: string | null } | null;
  actors: ParticipantRecord[];
  recipients: ParticipantRecord[];
  /** Id of the cross-article cluster (one happening); equal ids = reports of the same event. */
  clusterId: number;
  /** How many stored events (reports) the cluster has. */
  reports: number;
  article: { title: string | null; url: string | null; publishedAt: string | null };
}

export interface EventFilter {
  /** Actor (source side): key, country code or name. */
  actor?: string;
  /** Recipient (target side). */
  recipient?: string;
  /** Either side. */
  involving?: string;
  /** Events between the two, in either direction. */
  between?: [string | ActorRef, string | ActorRef];
  type?: string;
  quad?: number;
  /** happened | future | hypothetical | negated | claimed. */
  modality?: string;
  from?: string;
  to?: string;
  articleId?: number;
  /** One row per cluster (the earliest report) instead of one per report. */
  distinct?: boolean;
  /** Latest date first (default: earliest first). */
  newestFirst?: boolean;
  limit?: number;
  offset?: number;
}

export interface QuoteRecord {
  id: number;
  articleId: number;
  kind: string;
  stance: string;
  speaker: { key: string | null; name: string | null; country: string | null; start: number | null; end: number | null } | null;
  cue: { text: string; lemma: string; start: number; end: number } | null;
  content: { start: number; end: number; text: string };
  article: { title: string | null; url: string | null; publishedAt: string | null };
}

export interface QuoteFilter {
  /** Full-text query over the quoted content (FTS5 syntax). */
  q?: string;
  /** Quotes by this speaker (key, country or name). */
  by?: string;
  /** Quotes whose content mentions this actor. */
  about?: string;
  limit?: number;
  offset?: number;
}

export interface TimelinePoint {
  /** Bucket start: YYYY-MM-DD (day, ISO week's Monday) or YYYY-MM (month). */
  period: string;
  /** Distinct events (clusters). */
  events: number;
  /** Reports (stored events, counting every article). */
  reports: number;
  byType: Record<string, number>;
  byQuad: { verbalCooperation: number; materialCooperation: number; verbalConflict: number; materialConflict: number };
  /** Sum of PLOVER intensity over distinct events. */
  intensity: number;
  /** (cooperation − conflict) / (cooperation + conflict) over distinct events, in [−1, 1]; 0 when none. */
  cooperationIndex: number;
}

export interface TimelineOptions {
  granularity?: Granularity;
  from?: string;
  to?: string;
  /** Dyad only: count both directions (a→b and b→a); default true. */
  undirected?: boolean;
}

export interface Counterpart {
  key: string;
  name: string;
  events: number;
  cooperation: number;
  conflict: number;
}

export interface ActorProfile {
  actor: ActorRef;
  events: { asActor: number; asRecipient: number };
  byType: Record<string, number>;
  topCounterparts: Counterpart[];
  quotesBy: QuoteRecord[];
  quotesAbout: QuoteRecord[];
  timeline: TimelinePoint[];
}

export interface BlocsResult {
  from: string | null;
  to: string | null;
  countries: string[];
  /** Cosine similarity of countries' cooperation/conflict profiles towards all others (row-major, countries × countries). */
  matrix: number[][];
  /** Communities found by Louvain modularity optimisation over positive similarities. */
  blocs: { id: number; members: string[] }[];
  modularity: number;
}

export interface ClaimRecord {
  /** Normalised claim text key. */
  claim: string;
  sources: { articleId: number; attributionId: number; speaker: string | null; stance: string; text: string; publisher: string | null }[];
  /** True when one source asserts what another denies. */
  contradiction: boolean;
}

export interface SourceStatus {
  locator: string;
  kind: string;
  status: "ok" | "duplicate" | "failed";
  articleId: number | null;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface StoreStats {
  articles: number;
  stories: number;
  events: number;
  eventClusters: number;
  entities: number;
  attributions: number;
  failedSources: number;
  schemaVersion: number;
}
