/**
 * Loader for the PETRARCH2 unit-test records (PETR.UnitTest.records.xml, MIT) and the small
 * fictional dictionaries they are coded with (PETR.Validate.actors/agents/verbs.txt).
 * Records: <Sentence id category> with <EventCoding sourcecode targetcode eventcode> (or
 * noevents="True") and <Text>. Actor dictionary: `NAME [CODE]`, `+SYNONYM` lines, codes on
 * their own lines, date-restricted codes `[CODE >YYMMDD]`. Agent dictionary: `NOUN {PLURALS} [~CODE]`
 * (a suffix agent code) or `[CODE~]` (a prefix one).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EntenteError } from "../../contract/errors.js";
import { decodeXmlEntities } from "./xml-entities.js";

export interface PetrarchCoding {
  source: string;
  target: string;
  code: string;
}

export interface PetrarchRecord {
  id: string;
  /** Record date YYYYMMDD (actor codes may depend on it). */
  date: string;
  category: string;
  text: string;
  /** Expected codings; empty with noEvents when the record expects none. */
  codings: PetrarchCoding[];
  noEvents: boolean;
  /**
   * The record's <Parse> (what PETRARCH coded) reads other words than its <Text> (what we code):
   * "government" parsed as "Congresses", "Court" as "Police Organization". Null without a parse.
   */
  parseDiffers: boolean | null;
}

/** Letters and digits of a text, lower case: spacing, punctuation and token splits ("Gondor 's") do not count. */
function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The words of a Penn Treebank parse, in order ("(NNP Gondor)" → "Gondor"). */
function parseWords(parse: string): string {
  return [...parse.matchAll(/\(\S+ ([^()\s]+)\)/g)].map((m) => m[1]).join(" ");
}

export interface PetrarchActor {
  /** Lower-case words of the name. */
  words: string[];
  /** The code valid at a date YYYYMMDD (codes may be date-restricted; "A/B" names several actors), null for a non-actor. */
  codeAt(date: string): string | null;
}

export interface PetrarchAgent {
  words: string[];
  /** Agent code without the "~" ("GOV", "GOVFRM"). */
  code: string;
  /** `[NGO~]`: the code goes before the actor's ("NGOARN"); `[~GOV]` after it ("ARNGOV"). */
  prefix: boolean;
}

function read(dir: string, name: string): string {
  const file = join(dir, name);
  if (!existsSync(file)) throw new EntenteError("E_DATA", `no ${name} in ${dir}`);
  return readFileSync(file, "latin1");
}

const attr = (s: string, name: string) => new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(s)?.[1];

export function loadPetrarchRecords(dir: string, limit?: number): PetrarchRecord[] {
  const xml = read(dir, "PETR.UnitTest.records.xml").replace(/<!--[\s\S]*?-->/g, "");
  const out: PetrarchRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    if (limit !== undefined && out.length >= limit) break;
    const head = m[1] ?? "";
    const body = m[2] ?? "";
    const raw = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1];
    const text = raw === undefined ? undefined : decodeXmlEntities(raw).replace(/\s+/g, " ").trim();
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1];
    if (!text) continue;
    const codings: PetrarchCoding[] = [];
    let noEvents = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1] ?? "";
      if (/noevents\s*=\s*["']true["']/i.test(a)) noEvents = true;
      const source = attr(a, "sourcecode");
      const target = attr(a, "targetcode");
      const code = attr(a, "eventcode");
      if (source && target && code) codings.push({ source, target, code });
    }
    out.push({
      id: attr(head, "id") ?? String(out.length),
      date: attr(head, "date") ?? "",
      category: attr(head, "category") ?? "",
      text,
      codings,
      noEvents,
      parseDiffers: parse === undefined ? null : letters(decodeXmlEntities(parseWords(parse))) !== letters(text),
    });
  }
  if (out.length === 0) throw new EntenteError("E_DATA", `no <Sentence> records in ${dir}`);
  return out;
}

/** Lower-case word pieces of a dictionary name: "_", "-" and spaces all separate ("BARAD-DUR", "DOL_AMROTH"). */
function words(name: string): string[] {
  return name
    .replace(/_+$/, "")
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

interface DatedCode {
  code: string | null;
  from: string;
  to: string;
}

/** YYMMDD (years ≥ 50 are 19xx) or YYYYMMDD → YYYYMMDD. */
function fullDate(d: string): string {
  if (d.length === 8) return d;
  return `${Number(d.slice(0, 2)) >= 50 ? "19" : "20"}${d}`;
}

/** "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]", "[HOBREB > 990816]", "[ARN]". */
function datedCode(raw: string): DatedCode {
  const parts = raw.trim().split(/\s+/);
  const first = parts[0] ?? "";
  // "FRO/BIL/SAM": one name standing for several actors; the suite codes each
  const code = !first || first === "---" || first === "+++" || first === "###" ? null : first;
  const rest = parts.slice(1).join(" ");
  let m = /^<\s*(\d{6,8})$/.exec(rest);
  if (m) return { code, from: "00000000", to: fullDate(m[1] as string) };
  m = /^>\s*(\d{6,8})$/.exec(rest);
  if (m) return { code, from: fullDate(m[1] as string), to: "99999999" };
  m = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(rest);
  if (m) return { code, from: fullDate(m[1] as string), to: fullDate(m[2] as string) };
  return { code, from: "00000000", to: "99999999" };
}

function codeChooser(codes: string[]): ((date: string) => string | null) | null {
  const dated = codes.map(datedCode);
  if (dated.length === 0) return null;
  const undated = dated.find((d) => d.from === "00000000" && d.to === "99999999");
  return (date) => {
    const hit = date ? dated.find((d) => d.from <= date && date <= d.to && d !== undated) : undefined;
    return (hit ?? undated ?? dated[dated.length - 1])?.code ?? null;
  };
}

export function loadPetrarchActors(dir: string): PetrarchActor[] {
  const text = read(dir, "PETR.Validate.actors.txt").replace(/<!--[\s\S]*?-->/g, "");
  const out: PetrarchActor[] = [];
  let names: string[][] = [];
  let codes: string[] = [];
  const flush = () => {
    const codeAt = codeChooser(codes);
    if (codeAt) for (const w of names) if (w.length) out.push({ words: w, codeAt });
    names = [];
    codes = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = (raw.split("#")[0] ?? "").replace(/\s+$/, "");
    if (!line.trim()) continue;
    const codeHits = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? "");
    const namepart = line
      .replace(/\[[^\]]*\]/g, "")
      .replace(/\{[^}]*\}/g, "")
      .trim();
    if (/^\s/.test(raw) && !namepart) {
      codes.push(...codeHits);
      continue;
    }
    if (namepart.startsWith("+")) {
      names.push(words(namepart.slice(1)));
      codes.push(...codeHits);
      continue;
    }
    flush();
    names.push(words(namepart));
    codes.push(...codeHits);
  }
  flush();
  return out;
}

/** `!MINST! = MINISTER, MINISTRY`: substitution sets the agent dictionary defines and uses inside names. */
const SUBSTITUTION_SET = /^\s*(![A-Z]+!)\s*=\s*(.+)$/;

/** A dictionary line with every substitution marker replaced by each member of its set. */
function expandSubstitutions(line: string, sets: ReadonlyMap<string, string[]>): string[] {
  const marker = /![A-Z]+!/.exec(line)?.[0];
  const members = marker ? sets.get(marker) : undefined;
  if (!marker || !members) return [line];
  return members.flatMap((m) => expandSubstitutions(line.replace(marker, m), sets));
}

/** The plural PETRARCH generates for an agent word without braces. */
function regularPlural(word: string): string {
  if (word.endsWith("y")) return `${word.slice(0, -1)}ies`;
  if (word.endsWith("s")) return `${word}es`;
  return `${word}s`;
}

export function loadPetrarchAgents(dir: string): PetrarchAgent[] {
  const text = read(dir, "PETR.Validate.agents.txt").replace(/<!--[\s\S]*?-->/g, "");
  const sets = new Map<string, string[]>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.split("#")[0] ?? "";
    const set = SUBSTITUTION_SET.exec(line);
    if (set)
      sets.set(
        set[1] as string,
        (set[2] as string)
          .split(",")
          .map((m) => m.trim())
          .filter(Boolean),
      );
    else lines.push(line);
  }
  const out: PetrarchAgent[] = [];
  for (const line of lines.flatMap((l) => expandSubstitutions(l, sets))) {
    const rawCode = /\[\s*([^\]]*?)\s*\]/.exec(line)?.[1] ?? "";
    const code = rawCode.replace(/~/g, "");
    const prefix = rawCode.endsWith("~") && !rawCode.startsWith("~");
    if (!code || line.includes("!")) continue;
    const name = line
      .replace(/\[[^\]]*\]/g, "")
      .replace(/\{([^}]*)\}/g, "")
      .trim();
    if (!name) continue;
    const base = words(name);
    out.push({ words: base, code, prefix });
    // PETRARCH's format: plurals in braces replace the regular one, and empty braces mean the
    // phrase has no plural ("POLICE {}"); otherwise -Y → -IES, -S → -ES, else -S.
    const braces = /\{([^}]*)\}/.exec(line)?.[1];
    if (braces !== undefined) {
      for (const p of braces.split(/\s+/).filter(Boolean)) out.push({ words: words(p), code, prefix });
    } else if (base.length) out.push({ words: [...base.slice(0, -1), regularPlural(base[base.length - 1] as string)], code, prefix });
  }
  return out;
}
