/** Writing one Analysis into the relational layers (call inside a transaction). */
import { gzipSync } from "node:zlib";
import type Database from "better-sqlite3";
import type { Analysis, Entity } from "../contract/analysis.js";
import type { Db } from "./db.js";
import { actorCountry, actorKey, dayOf, entityKey, QUAD_OF } from "./keys.js";

export interface RawRecord {
  /** sha256 of the raw content: the idempotence key. */
  contentHash: string;
  raw: Uint8Array | null;
  contentType: string | null;
}

/** An article's compressed blobs; ingest computes them on the analysis workers, off the writing thread. */
export interface PackedArticle {
  analysisGz: Uint8Array;
  rawGz: Uint8Array | null;
}

/**
 * Fastest gzip level: on PolNeAR analyses it halves compression time (0.75 → 0.35 ms per article)
 * for blobs 16 % larger (6.3 → 7.3 KB), small next to the stored text and its full-text index.
 */
const GZIP = { level: 1 };

export function packArticle(a: Analysis, raw: Uint8Array | null): PackedArticle {
  return { analysisGz: gzipSync(JSON.stringify(a), GZIP), rawGz: raw ? gzipSync(raw, GZIP) : null };
}

/** better-sqlite3 binds Buffers as blobs; a Buffer sent between threads arrives as a plain Uint8Array. */
function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export interface StoredEvent {
  id: number;
  type: string;
  quad: number;
  intensity: number;
  date: string | null;
  /** Its (level, src, tgt) dyad rows, without a pair's reverse (a symmetric event counts once per dyad). */
  dyads: { level: "actor" | "country"; src: string; tgt: string }[];
  /** Row ids of all its event_dyads rows (both directions), written with the event's own id as cluster. */
  dyadRowIds: number[];
  actors: string[];
  recipients: string[];
}

export interface WrittenArticle {
  articleId: number;
  events: StoredEvent[];
}

type Stmt = Database.Statement<unknown[]>;

/** Prepared statements for one connection; build once, reuse for every article. */
export class ArticleWriter {
  private readonly s: Record<string, Stmt>;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      article: p(`INSERT INTO articles (doc_id, content_hash, url, title, byline, publisher, language, published_at, published_at_source,
        text, raw, raw_content_type, ingested_at, analysis_gz, messages_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      fts: p("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
      entity: p(
        "INSERT INTO entities (article_id, local_id, name, kind, kb_id, country, sector, actor_key, roles_json) VALUES (?,?,?,?,?,?,?,?,?)",
      ),
      mention: p("INSERT INTO mentions (entity_id, article_id, start, end, text, kind) VALUES (?,?,?,?,?,?)"),
      attribution: p(`INSERT INTO attributions (article_id, local_id, kind, stance, source_start, source_end, source_text, source_entity,
        speaker_key, speaker_name, speaker_country, cue_start, cue_end, cue_text, cue_lemma, content_start, content_end, content_text)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      quoteFts: p("INSERT INTO quotes_fts (rowid, content_text, speaker_name) VALUES (?, ?, ?)"),
      time: p("INSERT INTO times (article_id, local_id, start, end, text, type, value, mod) VALUES (?,?,?,?,?,?,?,?)"),
      quantity: p(`INSERT INTO quantities (article_id, local_id, start, end, text, kind, value, value_max, unit, approx, measures_text,
        time_local_id, attribution_local_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      event: p(`INSERT INTO events (article_id, local_id, type, quad, mode, context_json, date, date_value, date_text, date_source,
        location_text, location_start, location_end, location_country, modality, attribution_local_id, intensity,
        trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      participant: p(
        "INSERT INTO event_participants (event_id, role, entity_local_id, actor_key, text, start, end, country, sector) VALUES (?,?,?,?,?,?,?,?,?)",
      ),
      dyad: p("INSERT INTO event_dyads (event_id, src, tgt, level, date, type, quad, intensity, cluster_id) VALUES (?,?,?,?,?,?,?,?,?)"),
    };
  }

  write(a: Analysis, raw: RawRecord, packed: PackedArticle = packArticle(a, raw.raw)): WrittenArticle {
    const s = this.s;
    const d = a.document;
    const articleId = Number(
      s.article!.run(
        a.id,
        raw.contentHash,
        d.url,
        d.title,
        d.byline,
        d.publisher,
        d.language,
        d.publishedAt,
        d.publishedAtSource,
        d.text,
        packed.rawGz && asBuffer(packed.rawGz),
        raw.contentType,
        new Date().toISOString(),
        asBuffer(packed.analysisGz),
        JSON.stringify(a.messages),
      ).lastInsertRowid,
    );
    s.fts!.run(articleId, d.title ?? "", d.text);
    const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
    for (const e of a.entities) {
      const eid = Number(
        s.entity!.run(articleId, e.id, e.name, e.kind, e.kbId, e.country, e.sector, entityKey(e), JSON.stringify(e.roles)).lastInsertRowid,
      );
      for (const m of e.mentions) s.mention!.run(eid, articleId, m.start, m.end, m.text, m.kind);
    }
    for (const at of a.attributions) {
      const speaker = at.source?.entityId ? byId.get(at.source.entityId) : undefined;
      const speakerName = speaker?.name ?? at.source?.text ?? null;
      const rowid = Number(
        s.attribution!.run(
          articleId,
          at.id,
          at.kind,
          at.stance,
          at.source?.start ?? null,
          at.source?.end ?? null,
          at.source?.text ?? null,
          at.source?.entityId ?? null,
          speaker ? entityKey(speaker) : null,
          speakerName,
          speaker?.country ?? null,
          at.cue?.start ?? null,
          at.cue?.end ?? null,
          at.cue?.text ?? null,
          at.cue?.lemma ?? null,
          at.content.start,
          at.content.end,
          at.content.text,
        ).lastInsertRowid,
      );
      s.quoteFts!.run(rowid, at.content.text, speakerName ?? "");
    }
    for (const t of a.times) s.time!.run(articleId, t.id, t.start, t.end, t.text, t.type, t.value, t.mod);
    for (const q of a.quantities) {
      s.quantity!.run(
        articleId,
        q.id,
        q.start,
        q.end,
        q.text,
        q.kind,
        q.value,
        q.valueMax,
        q.unit,
        q.approx,
        q.measures?.text ?? null,
        q.timeId,
        q.attributionId,
      );
    }
    const events: StoredEvent[] = [];
    const pubDay = dayOf(d.publishedAt);
    for (const ev of a.events) {
      const quad = QUAD_OF[ev.type];
      const date = dayOf(ev.date?.value) ?? pubDay;
      const evId = Number(
        s.event!.run(
          articleId,
          ev.id,
          ev.type,
          quad,
          ev.mode,
          JSON.stringify(ev.context),
          date,
          ev.date?.value ?? null,
          ev.date?.text ?? null,
          ev.date?.source ?? null,
          ev.location?.text ?? null,
          ev.location?.start ?? null,
          ev.location?.end ?? null,
          ev.location?.country ?? null,
          ev.modality,
          ev.attributionId,
          ev.intensity,
          ev.trigger.start,
          ev.trigger.end,
          ev.trigger.text,
          ev.evidence.start,
          ev.evidence.end,
          ev.evidence.text,
        ).lastInsertRowid,
      );
      const actors = ev.actors.map((x) => ({ x, key: actorKey(x, byId), country: actorCountry(x, byId) }));
      const recipients = ev.recipients.map((x) => ({ x, key: actorKey(x, byId), country: actorCountry(x, byId) }));
      for (const [role, list] of [
        ["actor", actors],
        ["recipient", recipients],
      ] as const) {
        for (const { x, key, country } of list) {
          s.participant!.run(evId, role, x.entityId, key, x.text, x.start, x.end, country, x.sector);
        }
      }
      const seen = new Set<string>();
      const dyads: StoredEvent["dyads"] = [];
      const dyadRowIds: number[] = [];
      for (const src of actors) {
        for (const tgt of recipients) {
          for (const [level, a1, b1] of [
            ["actor", src.key, tgt.key],
            ["country", src.country, tgt.country],
          ] as const) {
            if (!a1 || !b1 || a1 === b1) continue;
            const k = `${level}\u0000${a1}\u0000${b1}`;
            if (seen.has(k)) continue;
            seen.add(k);
            dyadRowIds.push(Number(s.dyad!.run(evId, a1, b1, level, date, ev.type, quad, ev.intensity, evId).lastInsertRowid));
            if (!seen.has(`${level}\u0000${b1}\u0000${a1}`)) dyads.push({ level, src: a1, tgt: b1 });
          }
        }
      }
      events.push({
        id: evId,
        type: ev.type,
        quad,
        intensity: ev.intensity,
        dyads,
        dyadRowIds,
        date,
        actors: actors.map((x) => x.key),
        recipients: recipients.map((x) => x.key),
      });
    }
    return { articleId, events };
  }
}
