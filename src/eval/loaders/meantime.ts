/**
 * MEANTIME (NewsReader CAT XML) loader. Documents are token lists; we rebuild a text with
 * character offsets per token (simple detokenisation), the headline and dateline as their own
 * paragraphs, and keep the annotated markables: named entity mentions with their entity type,
 * TIMEX3 and VALUE. Only the first six sentences (0–5) of each article are annotated.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface MeantimeToken {
  id: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  value?: string;
}

export interface MeantimeDoc {
  id: string;
  topic: string;
  text: string;
  dct: string | null;
  /** The dateline holding the creation time: not scored (gold keeps it out of the TIMEX3 list). */
  dctSpan: { start: number; end: number } | null;
  /** End offset of the last annotated sentence (sentence 5). */
  annotatedEnd: number;
  names: GoldSpan[];
  timexes: GoldSpan[];
  values: GoldSpan[];
}

const NO_SPACE_BEFORE = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  ")",
  "]",
  "}",
  "%",
  "'s",
  "'S",
  "n't",
  "'",
  "''",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "£", "€"]);
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] as string);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1] as string) : null;
}

/** Connectors allowed inside a proper name ("Bank of America", "Procter & Gamble"). */
const NAME_CONNECTORS = new Set(["of", "for", "de", "du", "der", "van", "von", "&", "-", "."]);

/**
 * Personal titles and honorifics before a person's name: CoNLL-style PER spans leave them out
 * ("Senator John McCain" → "John McCain"), MEANTIME's NP extents keep them. A fixed list of common
 * English titles, independent of entente's own title lexicon so the gold does not follow the system.
 */
const PERSON_TITLES = new Set(
  (
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Sen Sen. Senator Rep Rep. Representative " +
    "Gov Gov. Governor Mayor President Vice Prime Minister Secretary Chancellor Premier King Queen Prince Princess " +
    "Emperor Pope Cardinal Bishop Archbishop Rabbi Imam Sheikh Judge Justice General Gen Gen. Lt Lt. Colonel Col Col. " +
    "Major Maj Maj. Captain Capt Capt. Admiral Adm Adm. Sergeant Sgt Sgt. Chairman Chairwoman CEO Chief Executive Director"
  ).split(" "),
);

/**
 * Drops leading personal titles from a PER name core when a plain name follows (capitalised words
 * only: "Prime Minister of Canada" names an office, and stays whole).
 */
export function withoutTitles(words: string[], core: [number, number]): [number, number] {
  let start = core[0];
  while (start < core[1] - 1 && PERSON_TITLES.has(words[start] as string)) start++;
  const rest = words.slice(start, core[1]);
  return rest.every((w) => /^[\p{Lu}]/u.test(w) && !PERSON_TITLES.has(w)) ? [start, core[1]] : core;
}

/**
 * MEANTIME marks whole noun phrases ("European aircraft manufacturer , Airbus"); we score the
 * proper-name core, as CoNLL-style NER does: cut at "(", then keep the last run of capitalised
 * tokens (connectors allowed inside), without a leading determiner. Returns token indexes [from, to) or null when no name.
 */
export function nameCore(words: string[]): [number, number] | null {
  let n = words.indexOf("(");
  if (n < 0) n = words.length;
  let end = n;
  while (end > 0 && !/^[\p{Lu}\d]/u.test(words[end - 1] as string)) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const w = words[start - 1] as string;
    if (/^[\p{Lu}\d]/u.test(w)) start--;
    else if (NAME_CONNECTORS.has(w) && start - 2 >= 0 && /^[\p{Lu}]/u.test(words[start - 2] as string)) start -= 2;
    else break;
  }
  // A capitalised sentence-initial determiner is not part of the name ("The GAO").
  if (end - start > 1 && /^(?:The|A|An)$/.test(words[start] as string)) start++;
  return [start, end];
}

export function parseMeantime(xml: string, id: string, topic: string): MeantimeDoc {
  const tokens: MeantimeToken[] = [];
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    tokens.push({
      id: attr(m[1] as string, "t_id") as string,
      sentence: Number(attr(m[1] as string, "sentence")),
      text: decode(m[2] as string),
      start: 0,
      end: 0,
    });
  }
  let text = "";
  let prev: MeantimeToken | null = null;
  let openQuote = false;
  let annotatedEnd = 0;
  for (const t of tokens) {
    if (prev && t.sentence !== prev.sentence && (prev.sentence <= 1 || t.sentence <= 1)) text += "\n\n";
    else if (prev) {
      const isQuote = t.text === '"';
      const noSpace =
        NO_SPACE_BEFORE.has(t.text) || NO_SPACE_AFTER.has(prev.text) || (isQuote && openQuote) || (prev.text === '"' && openQuote);
      if (!noSpace) text += " ";
    }
    if (t.text === '"') openQuote = !openQuote;
    t.start = text.length;
    text += t.text;
    t.end = text.length;
    if (t.sentence <= 5) annotatedEnd = t.end;
    prev = t;
  }
  const byId = new Map(tokens.map((t, i) => [t.id, i]));
  const anchors = (body: string): number[] =>
    [...body.matchAll(/t_id="(\d+)"/g)]
      .map((m) => byId.get(m[1] as string))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);

  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/g))
    entityType.set(attr(m[1] as string, "m_id") as string, attr(m[1] as string, "ent_type") ?? "");
  const refersTo = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1] as string)?.[1];
    if (!target) continue;
    for (const s of (m[1] as string).matchAll(/<source m_id="(\d+)"/g)) refersTo.set(s[1] as string, target);
  }

  const names: GoldSpan[] = [];
  const seenNames = new Set<string>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (attr(m[1] as string, "syntactic_type") !== "NAM") continue;
    const type = entityType.get(refersTo.get(attr(m[1] as string, "m_id") as string) ?? "") ?? "";
    if (type !== "PER" && type !== "ORG" && type !== "LOC") continue;
    const idx = anchors(m[2] as string);
    const words = idx.map((i) => (tokens[i] as MeantimeToken).text);
    let core = nameCore(words);
    if (!core) continue;
    if (type === "PER") core = withoutTitles(words, core);
    const first = tokens[idx[core[0]] as number] as MeantimeToken;
    const last = tokens[idx[core[1] - 1] as number] as MeantimeToken;
    // Nested NAM mentions ("the European planemaker Airbus" and "Airbus") can shrink to the same
    // core: one span of text is one name mention, so it is a gold item once.
    const key = `${first.start}:${last.end}:${type}`;
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    names.push({ start: first.start, end: last.end, type });
  }

  let dct: string | null = null;
  let dctSpan: { start: number; end: number } | null = null;
  const timexes: GoldSpan[] = [];
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const a = m[1] as string;
    const idx = anchors(m[2] as string);
    if (attr(a, "functionInDocument") === "CREATION_TIME") {
      dct = isoDate(attr(a, "value"));
      if (idx.length) {
        dctSpan = {
          start: (tokens[idx[0] as number] as MeantimeToken).start,
          end: (tokens[idx[idx.length - 1] as number] as MeantimeToken).end,
        };
      }
      continue;
    }
    if (idx.length === 0) continue;
    timexes.push({
      start: (tokens[idx[0] as number] as MeantimeToken).start,
      end: (tokens[idx[idx.length - 1] as number] as MeantimeToken).end,
      type: attr(a, "type") ?? "DATE",
      value: attr(a, "value") ?? "",
    });
  }
  const values: GoldSpan[] = [];
  for (const m of xml.matchAll(/<VALUE ([^>]*)>([\s\S]*?)<\/VALUE>/g)) {
    const idx = anchors(m[2] as string);
    if (idx.length === 0) continue;
    values.push({
      start: (tokens[idx[0] as number] as MeantimeToken).start,
      end: (tokens[idx[idx.length - 1] as number] as MeantimeToken).end,
      type: attr(m[1] as string, "type") ?? "",
    });
  }
  return { id, topic, text, dct, dctSpan, annotatedEnd, names, timexes, values };
}

/** A creation time as YYYY-MM-DD; a few files write "MM-DD-YYYY" (US order, as in their datelines). */
function isoDate(v: string | null): string | null {
  if (!v) return null;
  const us = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
  if (!us) return v;
  const [a, b] = [Number(us[1]), Number(us[2])];
  const [month, day] = a > 12 ? [b, a] : [a, b];
  return `${us[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Topics used for evaluation (dev) and the one left for training. */
export const MEANTIME_SPLITS: Record<string, string[]> = {
  dev: ["corpus_airbus", "corpus_gm"],
  train: ["corpus_apple"],
  all: ["corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock"],
};

export function loadMeantime(dataDir: string, split: string): MeantimeDoc[] {
  const topics = MEANTIME_SPLITS[split];
  if (!topics) throw new Error(`unknown MEANTIME split ${split}; use ${Object.keys(MEANTIME_SPLITS).join(", ")}`);
  const root = join(dataDir, "intra-doc_annotation");
  const docs: MeantimeDoc[] = [];
  for (const topic of topics) {
    let files: string[];
    try {
      files = readdirSync(join(root, topic))
        .filter((f) => f.endsWith(".xml"))
        .sort();
    } catch {
      continue;
    }
    for (const f of files) docs.push(parseMeantime(readFileSync(join(root, topic, f), "utf8"), f.replace(/\.xml$/, ""), topic));
  }
  return docs;
}
