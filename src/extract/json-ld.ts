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

function namesOf(v: unknown): string[] {
  if (typeof v === "string") return str(v) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(namesOf);
  if (v && typeof v === "object") {
    const n = str((v as Obj).name);
    return n ? [n] : [];
  }
  return [];
}

export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  for (const raw of scripts) {
    if (raw.length > MAX_JSONLD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    } catch {
      continue;
    }
    for (const o of objects(parsed)) {
      if (!typeMatches(o)) continue;
      const publisher = o.publisher && typeof o.publisher === "object" ? str((o.publisher as Obj).name) : str(o.publisher);
      const main = o.mainEntityOfPage;
      const url = str(o.url) ?? (main && typeof main === "object" ? str((main as Obj)["@id"]) : str(main));
      return {
        title: str(o.headline) ?? str(o.name),
        name: str(o.name),
        headline: str(o.headline),
        authors: [...new Set(namesOf(o.author))],
        publisher,
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        language: str(o.inLanguage),
        url,
      };
    }
  }
  return null;
}
