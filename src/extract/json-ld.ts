/** Article facts from JSON-LD (schema.org NewsArticle, Article, BlogPosting, … possibly inside @graph). */

export interface JsonLdArticle {
  title: string | null;
  name: string | null;
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  url: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|LiveBlog|Review|Story/i;
/** Guard against pathological JSON-LD blobs. */
const MAX_JSONLD_CHARS = 500_000;

type Obj = Record<string, unknown>;

function* objects(v: unknown, depth = 0): Generator<Obj> {
  if (depth > 6 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) yield* objects(x, depth + 1);
    return;
  }
  const o = v as Obj;
  yield o;
  if (Array.isArray(o["@graph"])) yield* objects(o["@graph"], depth + 1);
}

function typeMatches(o: Obj): boolean {
  const t = o["@type"];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === "string" && ARTICLE_TYPE.test(x));
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Author names from a string, a Person/Organization object, an array of them, or an {"@id"} reference. */
function namesOf(v: unknown, byId: Map<string, Obj>, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof v === "string") return str(v) && !/^https?:\/\//i.test(v.trim()) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, byId, depth + 1));
  if (v && typeof v === "object") {
    const o = v as Obj;
    const n = str(o.name) ?? ([str(o.givenName), str(o.familyName)].filter(Boolean).join(" ") || null);
    if (n) return [n];
    const ref = str(o["@id"]);
    const target = ref ? byId.get(ref) : undefined;
    if (target && target !== o) return namesOf(target, byId, depth + 1);
  }
  return [];
}

/** Every object with an "@id" in the parsed scripts (Yoast-style graphs refer to authors by id). */
function indexById(parsed: unknown[]): Map<string, Obj> {
  const byId = new Map<string, Obj>();
  for (const p of parsed) {
    for (const o of objects(p)) {
      const id = str(o["@id"]);
      if (id && (str(o.name) || str(o.givenName)) && !byId.has(id)) byId.set(id, o);
    }
  }
  return byId;
}

export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const parsed: unknown[] = [];
  for (const raw of scripts) {
    if (raw.length > MAX_JSONLD_CHARS) continue;
    try {
      parsed.push(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  let byId: Map<string, Obj> | null = null;
  for (const p of parsed) {
    for (const o of objects(p)) {
      if (!typeMatches(o)) continue;
      byId ??= indexById(parsed);
      const publisherNames = namesOf(o.publisher, byId);
      const main = o.mainEntityOfPage;
      const url = str(o.url) ?? (main && typeof main === "object" ? str((main as Obj)["@id"]) : str(main));
      return {
        title: str(o.headline) ?? str(o.name),
        name: str(o.name),
        headline: str(o.headline),
        authors: [...new Set(namesOf(o.author, byId))],
        publisher: publisherNames[0] ?? null,
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        language: str(o.inLanguage),
        url,
      };
    }
  }
  return null;
}
