/**
 * Loader for the column NER formats in ../shared/data/entities-*:
 *  - uner-ewt: IOB2, "# …" comment lines, 5 tab columns (index, token, tag, -, annotator);
 *  - crossner: "token<TAB>tag" IOB2 with fine-grained political types;
 *  - wikigold: "token<SPACE>tag" IO scheme (I- only; a new span starts where the type changes);
 *  - wnut17: "token<TAB>tag" IOB2.
 * Each upstream type is mapped to PER / ORG / LOC (or dropped) by the caller's `TypeMap`.
 * A sentence's text is its tokens joined by single spaces; gold spans are offsets into it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EntenteError } from "../../contract/errors.js";

export type NerType = "PER" | "ORG" | "LOC";
/** MISC is used only for training the tagger (a name that is none of the three). */
export type TypeMap = Record<string, NerType | "MISC">;

export interface GoldSpan {
  start: number;
  end: number;
  type: NerType | "MISC";
}

export interface NerSentence {
  tokens: string[];
  /** Tokens joined by single spaces. */
  text: string;
  spans: GoldSpan[];
}

export type ColumnFormat = "uner" | "crossner" | "wikigold" | "wnut";

/** Split one data line into [token, tag]; null for blank or comment lines. */
function columns(line: string, format: ColumnFormat): [string, string] | null {
  if (line.trim() === "") return null;
  if (format === "uner") {
    if (line.startsWith("#")) return null;
    const c = line.split("\t");
    return [c[1] ?? "", c[2] ?? "O"];
  }
  if (format === "wikigold") {
    if (line.startsWith("-DOCSTART-")) return null;
    const at = line.lastIndexOf(" ");
    return [line.slice(0, at), line.slice(at + 1)];
  }
  const at = line.lastIndexOf("\t");
  return [line.slice(0, at), line.slice(at + 1)];
}

/** Turn one sentence's tokens and tags into text and mapped spans. */
export function toSentence(tokens: string[], tags: string[], map: TypeMap, ioScheme: boolean): NerSentence {
  const starts: number[] = [];
  let text = "";
  for (const t of tokens) {
    if (text) text += " ";
    starts.push(text.length);
    text += t;
  }
  const spans: GoldSpan[] = [];
  let open: { first: number; raw: string } | null = null;
  const close = (lastTok: number) => {
    if (!open) return;
    const type = map[open.raw.toLowerCase()];
    if (type) {
      spans.push({ start: starts[open.first] as number, end: (starts[lastTok] as number) + (tokens[lastTok] as string).length, type });
    }
    open = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string;
    const prefix = tag.slice(0, 2);
    const raw = tag.length > 2 ? tag.slice(2) : "";
    if (tag === "O" || raw === "") {
      close(i - 1);
      continue;
    }
    const continues = open !== null && (open as { raw: string }).raw === raw && (prefix === "I-" || (ioScheme && prefix !== "B-"));
    if (!continues) {
      close(i - 1);
      open = { first: i, raw };
    }
  }
  close(tags.length - 1);
  return { tokens, text, spans };
}

export function parseColumns(content: string, format: ColumnFormat, map: TypeMap): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length) out.push(toSentence(tokens, tags, map, format === "wikigold"));
    tokens = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (format === "wikigold" && line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    const c = columns(line, format);
    if (!c) continue;
    if (c[0] === "") continue;
    tokens.push(c[0]);
    tags.push(c[1]);
  }
  flush();
  return out;
}

/** Upstream types → PER/ORG/LOC per data set; unlisted types (misc, election, product, …) are dropped. */
export const TYPE_MAPS: Record<ColumnFormat, TypeMap> = {
  uner: { per: "PER", org: "ORG", loc: "LOC" },
  crossner: {
    politician: "PER",
    person: "PER",
    politicalparty: "ORG",
    organisation: "ORG",
    country: "LOC",
    location: "LOC",
  },
  wikigold: { per: "PER", org: "ORG", loc: "LOC" },
  wnut: { person: "PER", location: "LOC", corporation: "ORG", group: "ORG" },
};

/** Training maps: as TYPE_MAPS plus the other name types as MISC, so the tagger learns them apart from O. */
export const TRAIN_TYPE_MAPS: Record<ColumnFormat, TypeMap> = {
  uner: { ...TYPE_MAPS.uner, oth: "MISC" },
  crossner: { ...TYPE_MAPS.crossner, misc: "MISC", election: "MISC", event: "MISC" },
  wikigold: { ...TYPE_MAPS.wikigold, misc: "MISC" },
  wnut: { ...TYPE_MAPS.wnut, product: "MISC", "creative-work": "MISC" },
};

/**
 * Wikigold has no split: we use every 5th document (index % 5 === 4) as its dev portion, and
 * train only on the others.
 */
export const WIKIGOLD_DEV_EVERY = 5;

interface Located {
  format: ColumnFormat;
  files: Record<string, string>;
}

/** Which format a folder holds, and its split files. */
export function locate(dir: string): Located {
  const has = (f: string) => existsSync(join(dir, f));
  if (has("en_ewt-ud-dev.iob2")) {
    return {
      format: "uner",
      files: {
        dev: "en_ewt-ud-dev.iob2",
        test: "en_ewt-ud-test.iob2",
        // The raw v0 file keeps the OTH type (→ MISC for training); PER/ORG/LOC equal the normalised file.
        train: "en_ewt-ud-train.v0-0c7ce0d.raw.iob2",
      },
    };
  }
  if (has("wikigold.conll.txt")) return { format: "wikigold", files: { dev: "wikigold.conll.txt", train: "wikigold.conll.txt" } };
  if (has("emerging.dev.conll")) {
    return { format: "wnut", files: { dev: "emerging.dev.conll", test: "emerging.test.annotated", train: "wnut17train.conll" } };
  }
  if (has("dev.txt") && has("train.txt")) return { format: "crossner", files: { dev: "dev.txt", test: "test.txt", train: "train.txt" } };
  throw new EntenteError("E_DATA", `no known NER column format under ${dir}`);
}

/** Wikigold documents split into dev (every 5th) or train (the rest). */
function wikigoldPortion(content: string, split: string): string {
  const docs = content.split(/^-DOCSTART-[^\n]*\n/m).filter((d) => d.trim() !== "");
  const keep = docs.filter((_, i) => (i % WIKIGOLD_DEV_EVERY === WIKIGOLD_DEV_EVERY - 1) === (split !== "train"));
  return keep.join("\n\n");
}

export function loadNer(dir: string, split = "dev", maps = TYPE_MAPS): { format: ColumnFormat; sentences: NerSentence[] } {
  const { format, files } = locate(dir);
  const file = files[split];
  if (!file || !existsSync(join(dir, file))) throw new EntenteError("E_DATA", `no "${split}" split for ${format} under ${dir}`);
  let content = readFileSync(join(dir, file), "utf8");
  if (format === "wikigold") content = wikigoldPortion(content, split);
  return { format, sentences: parseColumns(content, format, maps[format]) };
}
