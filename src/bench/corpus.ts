/** Benchmark corpora: PolNeAR texts and AEB HTML pages from ../shared when present, else generated text. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { sharedDataRoot } from "../eval/data-dir.js";

export interface Corpus {
  name: string;
  docs: string[];
  /** Other documents of the same kind for the warm-up (not timed, not in `docs`); may be empty. */
  warmup: string[];
}

/** Documents read for the untimed warm-up, after the measured ones (JIT tiers and per-word caches settle). */
export const WARMUP_DOCS = 100;

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, pattern));
    else if (pattern.test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** A deterministic generated news-like corpus (used when ../shared is absent). */
export function generatedCorpus(n: number): Corpus {
  const who = [
    "President Anna Berg",
    "Foreign Minister Li Wei",
    "the Kremlin",
    "Beijing",
    "NATO",
    "the European Union",
    "Prime Minister Omar Haddad",
  ];
  const verbs = ["met", "criticised", "signed an agreement with", "imposed sanctions on", "pledged aid to", "called for talks with"];
  const docs: string[] = [];
  let seed = 7;
  const pick = <T>(xs: T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length] as T;
  };
  for (let d = 0; d < n; d++) {
    const paras: string[] = [];
    for (let p = 0; p < 8; p++) {
      const sents: string[] = [];
      for (let s = 0; s < 3; s++) {
        sents.push(`${pick(who)} ${pick(verbs)} ${pick(who)} on Thursday, officials said, citing losses of $${1 + (seed % 90)} billion.`);
      }
      sents.push(`"We will not accept this," ${pick(who)} said on May ${1 + (seed % 28)}.`);
      paras.push(sents.join(" "));
    }
    docs.push(paras.join("\n\n"));
  }
  return { name: `generated (${n} articles)`, docs, warmup: [] };
}

export function textCorpus(dir: string | undefined, limit: number): Corpus {
  const root = dir ?? join(sharedDataRoot(), "attribution-polnear");
  const files = listFiles(root, /\.txt$/).filter((f) => dir !== undefined || /[/\\]text[/\\]/.test(f));
  if (files.length === 0) return generatedCorpus(Math.min(limit, 200));
  const chosen = files.slice(0, limit);
  const read = (f: string) => readFileSync(f, "utf8");
  return {
    name: `${dir ?? "PolNeAR texts"} (${chosen.length} articles)`,
    docs: chosen.map(read),
    warmup: files.slice(limit, limit + WARMUP_DOCS).map(read),
  };
}

export function htmlCorpus(limit: number): Corpus | null {
  const all = listFiles(join(sharedDataRoot(), "extraction-aeb", "html"), /\.html\.gz$/);
  const files = all.slice(0, limit);
  if (files.length === 0) return null;
  const read = (f: string) => gunzipSync(readFileSync(f)).toString("utf8");
  return { name: `AEB pages (${files.length})`, docs: files.map(read), warmup: all.slice(limit, limit + WARMUP_DOCS).map(read) };
}

export function countWords(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}
