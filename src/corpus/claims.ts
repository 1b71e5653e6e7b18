/**
 * Claims across sources: attributed statements from different stories whose content words overlap
 * (Jaccard) form one claim; a claim is contradicted when one source asserts it and another denies it
 * (a 'denies' stance, or a negation in the content that the other lacks).
 */
import type { Db } from "../store/db.js";
import type { ClaimRecord } from "../store/types.js";

/** Content-word Jaccard at which two statements count as the same claim (paraphrase tolerant, topic strict). */
export const CLAIM_JACCARD = 0.6;
/** Statements with fewer content words are too generic to match ("this is unacceptable"). */
export const MIN_CLAIM_WORDS = 4;
/** How many of a statement's rarest words are used to find candidates (an inverted index, not all pairs). */
const PROBE_WORDS = 3;

const NEGATORS = new Set(["not", "no", "never", "nor", "none", "nothing", "neither", "without", "t"]);
const STOP = new Set(
  "a an the and or but of to in on at for by with from as is are was were be been being it its this that these those he she they we i you his her their our my your has have had do does did will would can could should may might must shall than then there here which who whom what when where why how also said says say".split(
    " ",
  ),
);

/** Crude suffix stripping so 'crossed' and 'cross', 'talks' and 'talk' meet. */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

export function claimWords(text: string): { words: Set<string>; negated: boolean } {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let negated = false;
  const words = new Set<string>();
  for (const t of tokens) {
    if (NEGATORS.has(t) || t.endsWith("n't")) negated = true;
    else if (!STOP.has(t)) words.add(stem(t));
  }
  return { words, negated };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

interface Row {
  id: number;
  article_id: number;
  story_id: number | null;
  stance: string;
  speaker_name: string | null;
  content_text: string;
  publisher: string | null;
}

export interface ClaimOptions {
  from?: string;
  to?: string;
  onlyContradictions?: boolean;
  limit?: number;
}

export function findClaims(db: Db, opts: ClaimOptions = {}): ClaimRecord[] {
  const params: unknown[] = [];
  let range = "";
  if (opts.from) {
    range += " AND a.published_at >= ?";
    params.push(opts.from);
  }
  if (opts.to) {
    range += " AND a.published_at <= ?";
    params.push(opts.to);
  }
  const rows = db
    .prepare(
      `SELECT q.id, q.article_id, f.story_id, q.stance, q.speaker_name, q.content_text, a.publisher FROM attributions q
       JOIN articles a ON a.id = q.article_id LEFT JOIN article_fingerprints f ON f.article_id = a.id WHERE 1 = 1${range}`,
    )
    .all(...params) as Row[];
  const items = rows.map((r) => ({ r, ...claimWords(r.content_text) })).filter((x) => x.words.size >= MIN_CLAIM_WORDS);
  const df = new Map<string, number>();
  for (const it of items) for (const w of it.words) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  const probes = items.map((it, i) => {
    const rare = [...it.words].sort((a, b) => (df.get(a) as number) - (df.get(b) as number) || (a < b ? -1 : 1)).slice(0, PROBE_WORDS);
    for (const w of rare) postings.set(w, [...(postings.get(w) ?? []), i]);
    return rare;
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  items.forEach((it, i) => {
    const seen = new Set<number>();
    for (const w of probes[i] as string[]) {
      for (const j of postings.get(w) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const other = items[j]!;
        const storyA = it.r.story_id ?? -it.r.article_id;
        const storyB = other.r.story_id ?? -other.r.article_id;
        if (storyA === storyB) continue;
        if (jaccard(it.words, other.words) >= CLAIM_JACCARD) parent[find(j)] = find(i);
      }
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const claims: ClaimRecord[] = [];
  for (const members of groups.values()) {
    const stories = new Set(members.map((i) => items[i]!.r.story_id ?? -items[i]!.r.article_id));
    if (stories.size < 2) continue;
    const polarity = members.map((i) => items[i]!.negated !== (items[i]!.r.stance === "denies"));
    const contradiction = polarity.some((p) => p) && polarity.some((p) => !p);
    if (opts.onlyContradictions && !contradiction) continue;
    const first = items[members[0] as number]!;
    claims.push({
      claim: [...first.words].sort().join(" "),
      contradiction,
      sources: members.map((i) => {
        const r = items[i]!.r;
        return {
          articleId: r.article_id,
          attributionId: r.id,
          speaker: r.speaker_name,
          stance: r.stance,
          text: r.content_text,
          publisher: r.publisher,
        };
      }),
    });
  }
  claims.sort((a, b) => Number(b.contradiction) - Number(a.contradiction) || b.sources.length - a.sources.length);
  return claims.slice(0, opts.limit ?? 100);
}
