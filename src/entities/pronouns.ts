/**
 * Conservative pronoun resolution: "he"/"she" → the nearest earlier person of compatible
 * gender within PRONOUN_WINDOW sentences; "they" → the nearest organisation or group only
 * when it speaks ("they said"). Speaker pronouns matter most, for attributing quotes.
 */
import type { Token } from "../nlp/index.js";
import type { Cluster } from "./coref.js";
import type { TextView } from "./types.js";

/** How many sentences back an antecedent may be (the pronoun's own sentence counts as 0). */
const PRONOUN_WINDOW = 2;
/** Verbs after which "they" is a speaker. */
const SPEECH_LEMMAS = new Set(["say", "tell", "add", "warn", "claim", "argue", "insist", "state", "note", "announce", "deny", "accuse"]);

interface Occurrence {
  first: number;
  cluster: Cluster;
}

export function resolvePronouns(view: TextView, clusters: Cluster[]): void {
  const { tokens } = view;
  const people: Occurrence[] = [];
  const groups: Occurrence[] = [];
  for (const cl of clusters) {
    for (const m of cl.mentions) {
      if (m.kind === "pronoun") continue;
      if (cl.type === "PER") people.push({ first: m.first, cluster: cl });
      else if (cl.type === "ORG" && m.kind !== "demonym") groups.push({ first: m.first, cluster: cl });
    }
  }
  people.sort((a, b) => a.first - b.first);
  groups.sort((a, b) => a.first - b.first);
  for (let p = 0; p < tokens.length; p++) {
    const t = tokens[p] as Token;
    const w = t.normal;
    if (w !== "he" && w !== "she" && w !== "they") continue;
    if (t.text === "He" || t.text === "She" || t.text === "They" || t.text === w) {
      const pool = w === "they" ? groups : people;
      if (w === "they" && !SPEECH_LEMMAS.has(tokens[p + 1]?.lemma ?? "")) continue;
      const want = w === "he" ? "m" : w === "she" ? "f" : null;
      let found: Cluster | null = null;
      for (let k = pool.length - 1; k >= 0; k--) {
        const o = pool[k] as Occurrence;
        if (o.first >= p) continue;
        if (t.sentence - (tokens[o.first] as Token).sentence > PRONOUN_WINDOW) break;
        if (want && o.cluster.gender && o.cluster.gender !== want) continue;
        found = o.cluster;
        break;
      }
      if (!found) continue;
      if (want && !found.gender) found.gender = want;
      found.mentions.push({ first: p, end: p + 1, kind: "pronoun" });
    }
  }
}
