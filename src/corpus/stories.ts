/**
 * Stories: an article joins the story of an exact duplicate (same normalised text), a SimHash
 * near-duplicate (long texts, few bits apart) or a MinHash near-duplicate (estimated shingle Jaccard
 * ≥ NEAR_DUP_JACCARD, found through LSH bands) already stored.
 */
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type { Db } from "../store/db.js";
import { bandKeys, estimateJaccard, fromBlob, MINHASH_MIN_SHINGLES, type MinHash, minhash, NEAR_DUP_JACCARD, toBlob } from "./minhash.js";
import { type Fingerprint, hamming, MAX_HAMMING, MIN_SHINGLES, simhash, words } from "./simhash.js";

export function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Everything story assignment needs from a text; pure, so ingest computes it on the analysis workers. */
export interface TextFingerprint {
  textHash: string;
  simhash: Fingerprint;
  minhash: MinHash;
}

export function fingerprintText(text: string): TextFingerprint {
  const w = words(text);
  return { textHash: textHash(text), simhash: simhash(text, w), minhash: minhash(text, w) };
}

type Stmt = Database.Statement<unknown[]>;

/** Assigns articles to stories over one connection (statements prepared once). */
export class StoryAssigner {
  private readonly exact: Stmt;
  private readonly nearSim: Stmt;
  private readonly nearMin: Stmt;
  private readonly insert: Stmt;
  private readonly addBand: Stmt;

  constructor(db: Db) {
    this.exact = db.prepare("SELECT story_id FROM article_fingerprints WHERE text_hash = ? LIMIT 1");
    this.nearSim = db.prepare("SELECT simhash, story_id FROM article_fingerprints WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?");
    this.nearMin = db.prepare(
      `SELECT DISTINCT f.minhash, f.story_id FROM fingerprint_bands b JOIN article_fingerprints f ON f.article_id = b.article_id
       WHERE b.band = ? AND b.key = ?`,
    );
    this.insert = db.prepare(
      "INSERT INTO article_fingerprints (article_id, text_hash, simhash, band0, band1, band2, band3, story_id, minhash) VALUES (?,?,?,?,?,?,?,?,?)",
    );
    this.addBand = db.prepare("INSERT INTO fingerprint_bands (band, key, article_id) VALUES (?, ?, ?)");
  }

  /** Assign the article to a story (its own id when it duplicates nothing); returns the story id. */
  assign(articleId: number, f: TextFingerprint): number {
    const fp = f.simhash;
    const mh = f.minhash;
    const keys = mh.shingles >= MINHASH_MIN_SHINGLES ? bandKeys(mh.signature) : [];
    let story = (this.exact.get(f.textHash) as { story_id: number } | undefined)?.story_id ?? null;
    if (story === null && fp.shingles >= MIN_SHINGLES) {
      let best = MAX_HAMMING + 1;
      for (const r of this.nearSim.all(...fp.bands) as { simhash: string; story_id: number }[]) {
        const d = hamming(r.simhash, fp.hex);
        if (d < best) {
          best = d;
          story = r.story_id;
        }
      }
    }
    if (story === null && keys.length > 0) {
      let best = NEAR_DUP_JACCARD;
      for (let band = 0; band < keys.length; band++) {
        for (const r of this.nearMin.all(band, keys[band]) as { minhash: Buffer | null; story_id: number }[]) {
          if (!r.minhash) continue;
          const j = estimateJaccard(mh.signature, fromBlob(r.minhash));
          if (j >= best) {
            best = j;
            story = r.story_id;
          }
        }
      }
    }
    const storyId = story ?? articleId;
    this.insert.run(articleId, f.textHash, fp.hex, ...fp.bands, storyId, keys.length > 0 ? toBlob(mh.signature) : null);
    keys.forEach((k, band) => {
      this.addBand.run(band, k, articleId);
    });
    return storyId;
  }
}
