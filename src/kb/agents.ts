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
  return (noun: string) => {
    const key = surfaceKey(noun.replace(/_/g, " "));
    if (!key) return null;
    const hit = table[key];
    if (hit !== undefined) return hit;
    for (const cand of singularCandidates(key)) {
      const c = table[cand];
      if (c !== undefined) return c;
    }
    return null;
  };
}
