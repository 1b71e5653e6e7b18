/** Agent nouns ("minister", "troops") → sector codes, with plural and case folding. */
import { surfaceKey } from "./normalize.js";

/** Irregular or "-men" plurals the suffix rules below would get wrong. */
const IRREGULAR_SINGULARS: Record<string, string> = {
  men: "man",
  women: "woman",
  people: "person",
  police: "police",
  personnel: "personnel",
  staff: "staff",
  children: "child",
};

/** Candidate singular forms of a folded noun phrase (the last word is inflected). */
export function singularCandidates(key: string): string[] {
  const words = key.split(" ");
  const last = words[words.length - 1] ?? "";
  const head = words.slice(0, -1);
  const forms: string[] = [];
  const irregular = IRREGULAR_SINGULARS[last];
  if (irregular) forms.push(irregular);
  if (last.endsWith("men")) forms.push(`${last.slice(0, -3)}man`);
  if (last.endsWith("ies")) forms.push(`${last.slice(0, -3)}y`);
  if (last.endsWith("es")) forms.push(last.slice(0, -2));
  if (last.endsWith("s") && !last.endsWith("ss")) forms.push(last.slice(0, -1));
  return forms.map((f) => [...head, f].join(" "));
}

export function makeAgentSector(table: Record<string, string>): (noun: string) => string | null {
  // Asked for every word of every apposition: remember answers per distinct noun.
  const known = new Map<string, string | null>();
  return (noun: string) => {
    let v = known.get(noun);
    if (v === undefined) {
      v = sectorOf(table, noun);
      if (known.size >= KNOWN_LIMIT) known.clear();
      known.set(noun, v);
    }
    return v;
  };
}

/** Bound on remembered agent-noun answers. */
const KNOWN_LIMIT = 50_000;

function sectorOf(table: Record<string, string>, noun: string): string | null {
  const key = surfaceKey(noun.replace(/_/g, " "));
  if (!key) return null;
  if (Object.hasOwn(table, key)) return table[key] as string;
  for (const cand of singularCandidates(key)) if (Object.hasOwn(table, cand)) return table[cand] as string;
  return null;
}
