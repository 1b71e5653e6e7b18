/**
 * Organisation evidence from a name's own shape: an inner capital ("WorldCom"), or a company's
 * one-word name before a region ("GM Europe").
 */
import { getKb } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import type { Candidate, TextView } from "./types.js";

/**
 * A one-word name with a capital inside it after a lower-case run ("WorldCom", "BlackRock",
 * "GlaxoSmithKline") is a brand or company: people and places that look so carry a
 * patronymic or article prefix ("McCain", "MacArthur", "DiCaprio", "LaGuardia"), left alone.
 */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
const NAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Fitz|Van|Von|Al|El)\p{Lu}/u;

export function retypeCamelCaseNames(view: TextView, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kbId || c.kind !== "name" || c.type === "ORG" || c.end - c.first !== 1) continue;
    const text = (view.tokens[c.first] as Token).text;
    if (!CAMEL_CASE.test(text) || NAME_PREFIXES.test(text)) continue;
    c.type = "ORG";
    c.entityKind = null;
  }
}

/** Whether the surface names a country, continent or region in the KB (by name or alias). */
function isKbPlace(surface: string): boolean {
  return getKb()
    .lookup(surface)
    .some((m) => (m.via === "name" || m.via === "alias") && (m.entry.kind === "country" || m.entry.kind === "location"));
}

/**
 * A "place" that is an organisation's one-word name followed by a country or region ("GM
 * Europe", "Velmora Australia", once the document names GM or Velmora alone) is that company's
 * regional unit: an organisation.
 */
export function retypeRegionalUnits(view: TextView, cands: readonly Candidate[]): void {
  const orgWords = new Set<string>();
  for (const c of cands)
    if (c.type === "ORG" && c.kind === "name" && c.end - c.first === 1) orgWords.add((view.tokens[c.first] as Token).text);
  if (orgWords.size === 0) return;
  for (const c of cands) {
    if (c.type !== "LOC" || c.kbId || c.kind !== "name" || c.end - c.first < 2) continue;
    if (!orgWords.has((view.tokens[c.first] as Token).text)) continue;
    const rest = view.text.slice((view.tokens[c.first + 1] as Token).start, (view.tokens[c.end - 1] as Token).end);
    if (!isKbPlace(rest)) continue;
    c.type = "ORG";
    c.entityKind = null;
  }
}

/** Plural product nouns that, right after a name, say the name is their maker ("Tarvel jets"). */
const PRODUCT_NOUNS = new Set([
  "jets",
  "planes",
  "aircraft",
  "airliners",
  "jetliners",
  "helicopters",
  "cars",
  "trucks",
  "vehicles",
  "engines",
  "phones",
  "smartphones",
  "computers",
  "chips",
]);

/**
 * An unknown name right before a plural product noun ("production of McDonnell Douglas jets")
 * is the maker, an organisation: people and places are not written as makers of jets and cars
 * (known places, linked in the KB, are left alone: "Detroit cars").
 */
export function retypeMakers(view: TextView, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.type === "ORG" || c.kbId || c.kind !== "name") continue;
    const next = view.tokens[c.end];
    if (!next || next.sentence !== (view.tokens[c.first] as Token).sentence || !PRODUCT_NOUNS.has(next.text)) continue;
    c.type = "ORG";
    c.strong = true;
    c.entityKind = null;
  }
}
