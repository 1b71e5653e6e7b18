/**
 * The store's schema as an ordered list of migrations. `schema_version` records each one applied;
 * opening a store applies the missing ones in a transaction, so older stores upgrade in place.
 * Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const V1 = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  locator TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'failed')),
  article_id INTEGER REFERENCES articles(id),
  error_code TEXT,
  error_message TEXT,
  updated_at TEXT NOT NULL
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  byline TEXT,
  publisher TEXT,
  language TEXT,
  published_at TEXT,
  published_at_source TEXT,
  text TEXT NOT NULL,
  raw BLOB,
  raw_content_type TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_at);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  kb_id TEXT,
  country TEXT,
  sector TEXT,
  actor_key TEXT NOT NULL,
  roles_json TEXT NOT NULL
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_actor ON entities(actor_key);
CREATE TABLE mentions (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  article_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE attributions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  stance TEXT NOT NULL,
  source_start INTEGER, source_end INTEGER, source_text TEXT, source_entity TEXT,
  speaker_key TEXT, speaker_name TEXT, speaker_country TEXT,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT, cue_lemma TEXT,
  content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL
);
CREATE INDEX attributions_article ON attributions(article_id);
CREATE INDEX attributions_speaker ON attributions(speaker_key);
CREATE TABLE times (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT, mod TEXT
);
CREATE INDEX times_article ON times(article_id);
CREATE TABLE quantities (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL, value REAL, value_max REAL, unit TEXT, approx TEXT NOT NULL,
  measures_text TEXT, time_local_id TEXT, attribution_local_id TEXT
);
CREATE INDEX quantities_article ON quantities(article_id);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  mode TEXT,
  context_json TEXT NOT NULL,
  date TEXT,
  date_value TEXT,
  date_text TEXT,
  date_source TEXT,
  location_text TEXT, location_start INTEGER, location_end INTEGER, location_country TEXT,
  modality TEXT NOT NULL,
  attribution_local_id TEXT,
  intensity REAL NOT NULL,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  cluster_id INTEGER
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id),
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  entity_local_id TEXT,
  actor_key TEXT NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  country TEXT, sector TEXT
);
CREATE INDEX participants_event ON event_participants(event_id);
CREATE INDEX participants_key ON event_participants(actor_key, role);
CREATE INDEX participants_country ON event_participants(country, role);
-- One row per (actor, recipient) pair of an event: the dyad index behind timelines and blocs.
CREATE TABLE event_dyads (
  event_id INTEGER NOT NULL,
  src TEXT NOT NULL,
  tgt TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('actor', 'country')),
  date TEXT,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  intensity REAL NOT NULL,
  cluster_id INTEGER
);
CREATE INDEX dyads_pair ON event_dyads(level, src, tgt, date, type, quad, intensity, cluster_id, event_id);
CREATE INDEX dyads_tgt ON event_dyads(level, tgt, date);
CREATE INDEX dyads_date ON event_dyads(level, date);
CREATE TABLE article_fingerprints (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  text_hash TEXT NOT NULL,
  simhash TEXT NOT NULL,
  band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
  story_id INTEGER NOT NULL
);
CREATE INDEX fp_text ON article_fingerprints(text_hash);
CREATE INDEX fp_b0 ON article_fingerprints(band0);
CREATE INDEX fp_b1 ON article_fingerprints(band1);
CREATE INDEX fp_b2 ON article_fingerprints(band2);
CREATE INDEX fp_b3 ON article_fingerprints(band3);
CREATE INDEX fp_story ON article_fingerprints(story_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE quotes_fts USING fts5(content_text, speaker_name, content='attributions', content_rowid='id');
`;

/** v2: the full Analysis JSON (gzip) beside the relational layers, so export is lossless. */
const V2 = `
ALTER TABLE articles ADD COLUMN analysis_gz BLOB;
ALTER TABLE articles ADD COLUMN messages_json TEXT;
`;

/** v3: MinHash signatures and their LSH band keys for near-duplicate lookup. */
const V3 = `
ALTER TABLE article_fingerprints ADD COLUMN minhash BLOB;
CREATE TABLE fingerprint_bands (band INTEGER NOT NULL, key INTEGER NOT NULL, article_id INTEGER NOT NULL);
CREATE INDEX fingerprint_bands_key ON fingerprint_bands(band, key);
`;

/** Rebuilds the monthly dyad roll-up rows from event_dyads (used by migration v4 and bulk loads). */
export const DYAD_MONTHS_BACKFILL = `
INSERT INTO dyad_months (level, src, tgt, month, type, quad, events, reports, intensity)
  SELECT level, src, tgt, month, type, quad, COUNT(*), SUM(r), SUM(i) FROM (
    SELECT level, src, tgt, substr(date, 1, 7) AS month, type, quad, COALESCE(cluster_id, event_id) AS c, COUNT(*) AS r, MAX(intensity) AS i
    FROM event_dyads WHERE date IS NOT NULL GROUP BY level, src, tgt, month, type, quad, c
  ) GROUP BY level, src, tgt, month, type;
`;

/**
 * v4: monthly dyad roll-up, maintained at ingest: a cross-article event counts once (in the month of
 * its first report) and every report adds to reports. Monthly dyad timelines read this instead of
 * every event row (the busiest dyad of a million events has tens of thousands of rows).
 */
const V4 = `
CREATE TABLE dyad_months (
  level TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL, month TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER NOT NULL,
  events INTEGER NOT NULL, reports INTEGER NOT NULL, intensity REAL NOT NULL,
  PRIMARY KEY (level, src, tgt, month, type)
) WITHOUT ROWID;
${DYAD_MONTHS_BACKFILL}`;

/**
 * v5: country display names (actor profiles name up to ten counterpart countries) read a covering
 * index instead of scanning every entity row.
 */
const V5 = `
CREATE INDEX entities_country_kind ON entities(country, kind, name);
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: "articles, layers with offsets, dyad index, fingerprints, FTS5", sql: V1 },
  { version: 2, description: "lossless Analysis JSON per article", sql: V2 },
  { version: 3, description: "MinHash near-duplicate fingerprints", sql: V3 },
  { version: 4, description: "monthly dyad roll-up", sql: V4 },
  { version: 5, description: "index for country display names", sql: V5 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
