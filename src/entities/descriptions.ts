/**
 * Descriptions that name an office instead of a person: "the Russian president", "the Chinese
 * leader", "the NATO chief", "the U.S. secretary of state". Resolved to the office holder at
 * the article's date through the KB (holderOf).
 */
import { getKb, type KbEntry } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { TITLE_WORDS } from "./heuristics.js";
import { isCapitalised } from "./tokens.js";
import type { Candidate, TextView } from "./types.js";

/** Longest office title in a description, in tokens ("secretary of state" = 3). */
const MAX_TITLE_TOKENS = 4;

/** Words that can end an office title: a description must end on one. */
const OFFICE_HEADS = new Set([
  "president",
  "leader",
  "chief",
  "minister",
  "premier",
  "chancellor",
  "king",
  "queen",
  "secretary",
  "secretary-general",
  "head",
  "monarch",
  "emir",
  "sultan",
  "diplomat",
  "boss",
  "state",
  "ruler",
  "general",
]);

export interface Description {
  first: number;
  end: number;
  title: string;
  country: string | null;
  org: string | null;
}

export function findDescriptions(view: TextView, cands: readonly Candidate[]): Description[] {
  const kb = getKb();
  const { tokens } = view;
  const byStart = new Map<number, Candidate>();
  for (const c of cands) byStart.set(c.first, c);
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).normal !== "the") continue;
    let k = i + 1;
    let country: string | null = null;
    let org: string | null = null;
    const aff = byStart.get(k);
    if (aff?.kbId && (aff.kind === "demonym" || aff.type !== "PER")) {
      const entry = kb.byId(aff.kbId);
      if (entry?.kind === "organization" && entry.sector === "IGO") org = entry.id;
      else country = aff.country;
      k = aff.end;
      if (tokens[k]?.normal === "'s") k++;
    }
    const titleStart = k;
    while (k < tokens.length && k - titleStart < MAX_TITLE_TOKENS) {
      const t = tokens[k] as Token;
      if (t.sentence !== (tokens[i] as Token).sentence) break;
      if (TITLE_WORDS.has(t.normal) || (t.normal === "of" && TITLE_WORDS.has(tokens[k + 1]?.normal ?? ""))) k++;
      else break;
    }
    if (k === titleStart || !OFFICE_HEADS.has((tokens[k - 1] as Token).normal)) continue;
    // "the Russian President Vladimir Putin": a title before a name, not a description.
    if (isCapitalised(tokens[k]) || byStart.get(k)?.type === "PER") continue;
    if (!country && !org) continue;
    const title = view.text.slice((tokens[titleStart] as Token).start, (tokens[k - 1] as Token).end);
    out.push({ first: i, end: k, title, country, org });
    i = k - 1;
  }
  return out;
}

/** The person holding the described office at `date`, if the KB knows. */
export function describedHolder(d: Description, date: string | null): KbEntry | undefined {
  const kb = getKb();
  const q = d.org ? { org: d.org, title: d.title } : { country: d.country ?? undefined, title: d.title };
  return kb.holderOf(q, date);
}
