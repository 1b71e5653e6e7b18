/**
 * Loader for brat standoff attribution annotations as in PolNeAR (networkdynamics/PolNeAR):
 * `<split>/text/<article>.txt` and `<split>/attributions/<article>_<annotator>.ann`.
 *
 * An .ann file has T lines `T12<TAB>Label s e[;s e…]<TAB>text` (the text may run over several
 * physical lines, so only lines starting with `T<n><TAB>` or `E<n><TAB>` are read) and E lines
 * `E3<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5`. Each E line is one attribution; its
 * Content (and any Content2) fragments are merged; Source is optional.
 *
 * Several annotators cover some articles: we take, for each article, the .ann file whose
 * annotator suffix sorts first (plain string order), so the gold is deterministic.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EntenteError } from "../../contract/errors.js";

export interface Fragment {
  start: number;
  end: number;
}

/** One gold attribution: each part is a list of (possibly discontinuous) fragments. */
export interface GoldAttribution {
  content: Fragment[];
  source: Fragment[];
  cue: Fragment[];
}

export interface BratArticle {
  id: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
  /** The other annotators' attributions for the same article (for agreement figures). */
  alternates: GoldAttribution[][];
}

const T_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t?/;
const E_LINE = /^(E\d+)\t(.*)$/;

function parseRanges(spec: string, textLength: number, where: string): Fragment[] {
  const out: Fragment[] = [];
  for (const part of spec.trim().split(";")) {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    if (s === undefined || e === undefined || !Number.isInteger(s) || !Number.isInteger(e) || s > e || e > textLength) {
      throw new EntenteError("E_DATA", `bad range "${part}" in ${where}`);
    }
    out.push({ start: s, end: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Parses one .ann file against its article text. */
export function parseAnn(ann: string, textLength: number, where = "ann"): GoldAttribution[] {
  const spans = new Map<string, Fragment[]>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const t = T_LINE.exec(line);
    if (t) {
      spans.set(t[1] as string, parseRanges(t[3] as string, textLength, `${where} ${t[1]}`));
      continue;
    }
    const e = E_LINE.exec(line);
    if (e) events.push(e[2] as string);
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const g: GoldAttribution = { content: [], source: [], cue: [] };
    for (const arg of ev.trim().split(/\s+/)) {
      const [role, id] = arg.split(":");
      const frags = spans.get(id ?? "") ?? [];
      if (role === "Content" || role === "Content2") g.content.push(...frags);
      else if (role === "Source") g.source.push(...frags);
      else if (role === "Cue") g.cue.push(...frags);
    }
    g.content.sort((a, b) => a.start - b.start);
    if (g.content.length > 0 || g.cue.length > 0) out.push(g);
  }
  return out;
}

/** Articles of one split, one annotator each (the first by suffix order), sorted by id. */
export function loadBratSplit(dir: string, split: string, limit?: number): BratArticle[] {
  const textDir = join(dir, split, "text");
  const annDir = join(dir, split, "attributions");
  if (!existsSync(textDir) || !existsSync(annDir))
    throw new EntenteError("E_DATA", `no ${split}/text and ${split}/attributions under ${dir}`);
  const annotators = new Map<string, string[]>();
  for (const f of readdirSync(annDir).sort()) {
    const m = /^(.*)_([0-9a-z]+)\.ann$/.exec(f);
    if (!m) continue;
    const list = annotators.get(m[1] as string) ?? [];
    list.push(m[2] as string);
    annotators.set(m[1] as string, list);
  }
  const out: BratArticle[] = [];
  for (const [id, [annotator, ...others]] of [...annotators].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (limit !== undefined && out.length >= limit) break;
    const textPath = join(textDir, `${id}.txt`);
    if (!existsSync(textPath) || annotator === undefined) continue;
    const text = readFileSync(textPath, "utf8");
    const read = (who: string) => parseAnn(readFileSync(join(annDir, `${id}_${who}.ann`), "utf8"), text.length, `${id}_${who}.ann`);
    out.push({ id, annotator, text, attributions: read(annotator), alternates: others.map(read) });
  }
  if (out.length === 0) throw new EntenteError("E_DATA", `no annotated articles under ${dir}/${split}`);
  return out;
}
