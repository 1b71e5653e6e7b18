/**
 * Stories: an article joins the story of an exact duplicate (same normalised text), a SimHash
 * near-duplicate (long texts, few bits apart) or a MinHash near-duplicate (estimated shingle Jaccard
 * ≥ NEAR_DUP_JACCARD, found through LSH bands) already stored.
 */
import { createHash } from "node:crypto";
import type { Db } from "../store/db.js";
import { bandKeys, estimateJaccard, fromBlob, MINHASH_MIN_SHINGLES, minhash, NEAR_DUP_JACCARD, toBlob } from "./minhash.js";
import { hamming, MAX_HAMMING, MIN_SHINGLES, simhash } from "./simhash.js";

export function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Assign the article to a story (its own id when it duplicates nothing); returns the story id. */
export function assignStory(db: Db, articleId: number, text: string): number {
  const th = textHash(text);
  const fp = simhash(text);
  const mh = minhash(text);
  const keys = mh.shingles >= MINHASH_MIN_SHINGLES ? bandKeys(mh.signature) : [];
  let story: number | null = null;
  const exact = db.prepare("SELECT story_id FROM article_fingerprints WHERE text_hash = ? LIMIT 1").get(th) as
    | { story_id: number }
    | undefined;
  if (exact) story = exact.story_id;
  if (story === null && fp.shingles >= MIN_SHINGLES) {
    const rows = db
      .prepare("SELECT simhash, story_id FROM article_fingerprints WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?")
      .all(...fp.bands) as { simhash: string; story_id: number }[];
    let best = MAX_HAMMING + 1;
    for (const r of rows) {
      const d = hamming(r.simhash, fp.hex);
      if (d < best) {
        best = d;
        story = r.story_id;
      }
    }
  }
  if (story === null && keys.length > 0) {
    const cand = db.prepare(
      `SELECT DISTINCT f.minhash, f.story_id FROM fingerprint_bands b JOIN article_fingerprints f ON f.article_id = b.article_id
       WHERE b.band = ? AND b.key = ?`,
    );
    let best = NEAR_DUP_JACCARD;
    for (let band = 0; band < keys.length; band++) {
      for (const r of cand.all(band, keys[band]) as { minhash: Buffer | null; story_id: number }[]) {
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
  db.prepare(
    "INSERT INTO article_fingerprints (article_id, text_hash, simhash, band0, band1, band2, band3, story_id, minhash) VALUES (?,?,?,?,?,?,?,?,?)",
  ).run(articleId, th, fp.hex, ...fp.bands, storyId, keys.length > 0 ? toBlob(mh.signature) : null);
  const addBand = db.prepare("INSERT INTO fingerprint_bands (band, key, article_id) VALUES (?, ?, ?)");
  keys.forEach((k, band) => {
    addBand.run(band, k, articleId);
  });
  return storyId;
}
