/**
 * Loader for TimeML 1.2.1 files (TempEval-3 TBAQ-cleaned, te3-platinum): the plain TEXT content
 * with the TIMEX3 annotations as [start, end) offsets into it, and the document creation time
 * (the TIMEX3 with functionInDocument="CREATION_TIME") as the publication date.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { EntenteError } from "../../contract/errors.js";
import { decodeXmlEntities } from "./xml-entities.js";

export interface TimemlTimex {
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TimemlDoc {
  /** Path relative to the data folder, e.g. "TimeBank/wsj_0127.tml". */
  id: string;
  /** Document creation time as YYYY-MM-DD, or null when the file has none. */
  dct: string | null;
  /** Content of <TEXT> with every tag removed and entities decoded. */
  text: string;
  timexes: TimemlTimex[];
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXmlEntities(m[1] as string) : null;
}

/** Strips the tags of a TEXT block, recording TIMEX3 extents in the stripped text. */
export function parseTimemlText(inner: string): { text: string; timexes: TimemlTimex[] } {
  let text = "";
  const timexes: TimemlTimex[] = [];
  const open: Array<{ tag: string; start: number }> = [];
  const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0;
  for (let m = TAG.exec(inner); m; m = TAG.exec(inner)) {
    text += decodeXmlEntities(inner.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (m[1] === "") {
      if (m[3]?.trimEnd().endsWith("/")) continue; // empty TIMEX3 (no extent)
      open.push({ tag: m[0], start: text.length });
    } else {
      const o = open.pop();
      if (!o) continue;
      timexes.push({
        start: o.start,
        end: text.length,
        text: text.slice(o.start),
        tid: attr(o.tag, "tid") ?? "",
        type: attr(o.tag, "type") ?? "",
        value: attr(o.tag, "value") ?? "",
        mod: attr(o.tag, "mod"),
      });
    }
  }
  text += decodeXmlEntities(inner.slice(last));
  return { text, timexes };
}

export function parseTimeml(id: string, xml: string): TimemlDoc {
  const textMatch = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!textMatch) throw new EntenteError("E_DATA", `${id}: no <TEXT> element`);
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dctTag ? attr(dctTag[0], "value") : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const { text, timexes } = parseTimemlText(textMatch[1] as string);
  return { id, dct, text, timexes };
}

function listTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTml(p));
    else if (name.endsWith(".tml")) out.push(p);
  }
  return out;
}

/** Every .tml file under `dir`, sorted by path (deterministic order), at most `limit`. */
export function loadTimeml(dir: string, limit?: number): TimemlDoc[] {
  if (!existsSync(dir)) throw new EntenteError("E_DATA", `TimeML folder not found: ${dir}`);
  const files = listTml(dir);
  const docs: TimemlDoc[] = [];
  for (const f of files) {
    if (limit !== undefined && docs.length >= limit) break;
    docs.push(parseTimeml(relative(dir, f), readFileSync(f, "utf8")));
  }
  if (docs.length === 0) throw new EntenteError("E_DATA", `no .tml files under ${dir}`);
  return docs;
}
