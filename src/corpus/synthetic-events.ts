/**
 * A synthetic event store for scale tests: N events between countries with a skewed (Zipf-like)
 * activity, spread over ten years, written straight into the relational tables in large transactions.
 * Nothing here is real data; it exists to time queries at corpus scale (scripts/gen-events.ts).
 */
import { PloverType } from "../contract/analysis.js";
import type { Db } from "../store/db.js";
import { QUAD_OF } from "../store/keys.js";
import { DYAD_MONTHS_BACKFILL } from "../store/schema.js";
import { mulberry32 } from "./prng.js";

/** Events per synthetic article (articles carry only a title, so this just keeps the article table small). */
const EVENTS_PER_ARTICLE = 100;
const ROWS_PER_TRANSACTION = 50_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3652;

export const SYNTHETIC_COUNTRIES = [
  "USA",
  "CHN",
  "RUS",
  "GBR",
  "FRA",
  "DEU",
  "IND",
  "JPN",
  "IRN",
  "ISR",
  "UKR",
  "TUR",
  "SAU",
  "PAK",
  "PRK",
  "KOR",
  "BRA",
  "ZAF",
  "EGY",
  "NGA",
  "MEX",
  "CAN",
  "AUS",
  "IDN",
  "SYR",
  "IRQ",
  "AFG",
  "VEN",
  "CUB",
  "POL",
  "ITA",
  "ESP",
  "QAT",
  "ARE",
  "ETH",
  "KEN",
  "VNM",
  "PHL",
  "TWN",
  "BLR",
];

const INTENSITY: Record<number, number> = { 1: 2, 2: 5, 3: -3, 4: -7 };

export interface SyntheticResult {
  events: number;
  seconds: number;
  /** The most frequent (undirected) country pair: the worst case for a dyad query. */
  topDyad: [string, string];
}

export function generateSyntheticEvents(db: Db, n: number, seed = 42): SyntheticResult {
  const t0 = Date.now();
  const rand = mulberry32(seed);
  // Zipf-like weights: country i is picked with probability ∝ 1/(i+1)
  const weights = SYNTHETIC_COUNTRIES.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const cdf: number[] = [];
  weights.reduce((acc, w) => {
    cdf.push((acc + w) / total);
    return acc + w;
  }, 0);
  const pick = () => {
    const r = rand();
    const i = cdf.findIndex((c) => r <= c);
    return SYNTHETIC_COUNTRIES[i < 0 ? SYNTHETIC_COUNTRIES.length - 1 : i] as string;
  };
  const types = PloverType.options;
  const insArticle = db.prepare("INSERT INTO articles (doc_id, content_hash, title, text, published_at, ingested_at) VALUES (?,?,?,?,?,?)");
  const insEvent = db.prepare(
    `INSERT INTO events (article_id, local_id, type, quad, context_json, date, modality, intensity, trigger_start, trigger_end, trigger_text,
      evidence_start, evidence_end, evidence_text, cluster_id) VALUES (?,?,?,?,'[]',?,'asserted',?,0,0,'',0,0,'',?)`,
  );
  const insPart = db.prepare(
    "INSERT INTO event_participants (event_id, role, actor_key, text, start, end, country) VALUES (?,?,?,?,0,0,?)",
  );
  const insDyad = db.prepare(
    "INSERT INTO event_dyads (event_id, src, tgt, level, date, type, quad, intensity, cluster_id) VALUES (?,?,?,?,?,?,?,?,?)",
  );
  const maxId = (db.prepare("SELECT COALESCE(MAX(id), 0) AS m FROM events").get() as { m: number }).m;
  const pairCounts = new Map<string, number>();
  let made = 0;
  let articleId = 0;
  const now = new Date().toISOString();
  const chunk = db.transaction((count: number) => {
    for (let k = 0; k < count; k++, made++) {
      const id = maxId + made + 1;
      const day = new Date(FIRST_DAY + Math.floor(rand() * DAYS) * 86_400_000).toISOString().slice(0, 10);
      if (made % EVENTS_PER_ARTICLE === 0) {
        articleId = Number(
          insArticle.run(`synthetic-${seed}-${made}`, `synthetic-${seed}-${id}`, `Synthetic ${made}`, "", day, now).lastInsertRowid,
        );
      }
      const src = pick();
      let tgt = pick();
      while (tgt === src) tgt = pick();
      const type = types[Math.floor(rand() * types.length)] as PloverType;
      const quad = QUAD_OF[type];
      const intensity = INTENSITY[quad] as number;
      insEvent.run(articleId, `v${k}`, type, quad, day, intensity, id);
      insPart.run(id, "actor", src, src, src);
      insPart.run(id, "recipient", tgt, tgt, tgt);
      insDyad.run(id, src, tgt, "actor", day, type, quad, intensity, id);
      insDyad.run(id, src, tgt, "country", day, type, quad, intensity, id);
      const key = src < tgt ? `${src}|${tgt}` : `${tgt}|${src}`;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
  });
  // Bulk load: drop the secondary indexes, insert, rebuild them (sorted builds beat random B-tree inserts).
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('events', 'event_participants', 'event_dyads')",
    )
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  try {
    while (made < n) chunk(Math.min(ROWS_PER_TRANSACTION, n - made));
  } finally {
    for (const ix of indexes) db.exec(ix.sql);
  }
  db.exec(DYAD_MONTHS_BACKFILL);
  const top = [...pairCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "USA|CHN";
  return { events: made, seconds: (Date.now() - t0) / 1000, topDyad: top.split("|") as [string, string] };
}
