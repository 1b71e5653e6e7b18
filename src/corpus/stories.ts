/** Stories: an article joins the story of an exact (same text) or near (SimHash) duplicate already stored. */
import { createHash } from "node:crypto";
import type { Db } from "../store/db.js";
import { hamming, MAX_HAMMING, MIN_SHINGLES, simhash } from "./simhash.js";

export function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Assign the article to a story (its own id when it duplicates nothing); returns the story id. */
export function assignStory(db: Db, articleId: number, text: string): number {
  const th = textHash(text);
  const fp = simhash(text);
  let story: number | null = null;
  const exact = db.prepare("SELECT story_id FROM article_fingerprints WHERE text_hash = ? LIMIT 1").get(th) as
    | { story_id: number }
    | undefined;
  if (exact) story = exact.story_id;
  else if (fp.shingles >= MIN_SHINGLES) {
    const rows = db
      .prepare(
        `SELECT f.simhash, f.story_id FROM article_fingerprints f
         WHERE (f.band0 = ? OR f.band1 = ? OR f.band2 = ? OR f.band3 = ?)`,
      )
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
  const storyId = story ?? articleId;
  db.prepare(
    "INSERT INTO article_fingerprints (article_id, text_hash, simhash, band0, band1, band2, band3, story_id) VALUES (?,?,?,?,?,?,?,?)",
  ).run(articleId, th, fp.hex, ...fp.bands, storyId);
  return storyId;
}
