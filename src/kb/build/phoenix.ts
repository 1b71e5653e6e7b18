/**
 * Parsers for the PETRARCH/Phoenix dictionaries (MIT): actor files (head name, "+alias" lines,
 * "[CODE dates]" codes) and the agents file (noun phrase → "[~SECTOR]").
 */
import { parseDictDate, phraseText } from "./text.js";

export interface PhxCode {
  code: string;
  start: string | null;
  end: string | null;
}

export interface PhxActor {
  name: string;
  aliases: string[];
  codes: PhxCode[];
  /** Whether the entry came from CountryInfo (the comment says so): those are people. */
  fromCountryInfo: boolean;
}

/** Phoenix Countries was generated from CountryInfo 140130: open ranges (">date") end there as far as it knows. */
export const PHOENIX_AS_OF = "2014-01-30";

function parseCode(code: string, range: string): PhxCode | null {
  if (!/^[A-Z]{3,}$/.test(code)) return null;
  const r = range.trim();
  if (!r) return { code, start: null, end: null };
  let m = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(r);
  if (m) return { code, start: parseDictDate(m[1] as string), end: parseDictDate(m[2] as string) };
  m = /^>\s*(\d{6,8})$/.exec(r);
  if (m) return { code, start: parseDictDate(m[1] as string), end: PHOENIX_AS_OF };
  m = /^<\s*(\d{6,8})$/.exec(r);
  if (m) return { code, start: null, end: parseDictDate(m[1] as string) };
  return null;
}

function codesIn(line: string): PhxCode[] {
  const out: PhxCode[] = [];
  for (const m of line.matchAll(/\[([A-Z~-]+)\s*([^\]]*)\]/g)) {
    const c = parseCode(m[1] as string, m[2] as string);
    if (c) out.push(c);
  }
  return out;
}

export function parseActors(text: string): PhxActor[] {
  const out: PhxActor[] = [];
  let cur: PhxActor | null = null;
  const flush = () => {
    if (cur && cur.codes.length > 0) out.push(cur);
    cur = null;
  };
  for (const raw of text.split("\n")) {
    if (!raw.trim() || raw.trimStart().startsWith("#")) continue;
    const hash = raw.indexOf("#");
    const comment = hash >= 0 ? raw.slice(hash) : "";
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    if (/^\s/.test(raw)) {
      if (cur) (cur as PhxActor).codes.push(...codesIn(line));
      continue;
    }
    if (line.startsWith("+")) {
      if (cur) {
        // Some alias lines run two aliases together ("A_+_B_").
        for (const part of line.split(/\+(?=_?[A-Z])/)) {
          const t = phraseText(part.replace(/\[.*$/, ""));
          if (t) (cur as PhxActor).aliases.push(t);
        }
        (cur as PhxActor).codes.push(...codesIn(line));
      }
      continue;
    }
    flush();
    const name = phraseText(line.replace(/\[.*$/, ""));
    if (!name) continue;
    cur = { name, aliases: [], codes: codesIn(line), fromCountryInfo: comment.includes("CountryInfo") };
  }
  flush();
  return out;
}

const PERSON_FORMS = ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"];
const MINIST_FORMS = ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"];

/** Agents file → noun phrase (lower-case, spaces) → sector code (first three letters of the CAMEO agent code). */
export function parseAgents(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "");
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[(~?)([A-Z]{3})[A-Z]*(~?)\]/.exec(line);
    if (!m) continue;
    const sector = m[4] as string;
    const forms = [m[1] as string, ...(m[2] ?? "").split(/\s+/)].filter((f) => f.trim());
    for (const form of forms) {
      for (const expanded of expand(form.trim())) {
        const key = phraseText(expanded).toLowerCase();
        if (key && !out.has(key)) out.set(key, sector);
      }
    }
  }
  return out;
}

function expand(form: string): string[] {
  if (form.includes("!PERSON!")) return PERSON_FORMS.map((p) => form.replace("!PERSON!", p));
  if (form.includes("!MINIST!")) return MINIST_FORMS.map((p) => form.replace("!MINIST!", p));
  if (/MINIST$/.test(form)) return MINIST_FORMS.map((p) => form.replace(/MINIST$/, p));
  return [form];
}
