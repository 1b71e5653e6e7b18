/**
 * The frame of a cue candidate: what kind of word stands before it (past auxiliaries and adverbs)
 * and what follows it. The trained lexicon (scripts/train-attribution.ts) counts cue uses per
 * lemma, word class and frame, so that "plans to …" after a name counts apart from "the plans
 * for …", and "called for" apart from "called her".
 */
import type { Token } from "../nlp/index.js";
import * as H from "./heuristics.js";

/** Word class of a cue candidate: verb, noun or adjective (the tagger's reading). */
export type CueClass = "V" | "N" | "A";

export function cueClass(t: Token): CueClass | null {
  if (t.pos === "VERB") return "V";
  if (t.pos === "NOUN") return "N";
  if (t.pos === "ADJ") return "A";
  return null;
}

/** Module-level copies (per-token reads of imported bindings cost a getter call once compiled). */
const CUE_AUXILIARIES = H.CUE_AUXILIARIES;
const CUE_PARTICLES = H.CUE_PARTICLES;
const SUBJECT_PRONOUNS = H.SUBJECT_PRONOUNS;
const WH = new Set(["what", "whether", "how", "if", "why", "who", "when", "where", "which"]);
const POSSESSIVES = new Set(["'s", "’s", "his", "her", "its", "their", "our", "my", "your"]);
const NP_START = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ"]);

/** Class of the word after the candidate (adverbs skipped). */
export function nextClass(tokens: readonly Token[], i: number): string {
  const s = (tokens[i] as Token).sentence;
  let k = i + 1;
  while (tokens[k]?.pos === "ADV" && tokens[k]?.sentence === s) k++;
  const t = tokens[k];
  if (!t || t.sentence !== s) return "end";
  if (t.normal === "that") return "that";
  if (t.normal === "to") return tokens[k + 1]?.pos === "VERB" ? "toV" : "to";
  if (WH.has(t.normal)) return "wh";
  if (t.text.length === 1 && /["“”‘’«»„']/.test(t.text)) return "q";
  if (t.text === ":") return "col";
  if (t.text === ",") return "com";
  if (t.pos === "PUNCT") return "end";
  if (t.pos === "ADP" || t.pos === "PART") return CUE_PARTICLES.has(t.normal) ? t.normal : "adp";
  if (t.pos === "PRON") return SUBJECT_PRONOUNS.has(t.normal) ? "sp" : "np";
  if (NP_START.has(t.pos)) return "np";
  if (t.pos === "VERB" || t.pos === "AUX") return "v";
  return "o";
}

/** Class of the word before the candidate (auxiliaries and adverbs that join the cue skipped). */
export function prevClass(tokens: readonly Token[], i: number): string {
  const s = (tokens[i] as Token).sentence;
  let k = i - 1;
  while (
    k >= 0 &&
    (tokens[k] as Token).sentence === s &&
    (CUE_AUXILIARIES.has((tokens[k] as Token).normal) || (tokens[k] as Token).pos === "ADV")
  )
    k--;
  const t = tokens[k];
  if (k < 0 || !t || t.sentence !== s) return "^";
  if (POSSESSIVES.has(t.normal)) return "pos";
  if (t.pos === "PROPN" || t.text === ")") return "name";
  if (t.pos === "NOUN") return "noun";
  if (t.pos === "PRON") return SUBJECT_PRONOUNS.has(t.normal) || t.normal === "which" ? "sp" : "pron";
  if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM") return "det";
  if (t.text === ",") return "com";
  if (t.pos === "PUNCT") return t.text.length === 1 && /["“”‘’«»„']/.test(t.text) ? "q" : "pun";
  if (t.normal === "to") return "to";
  if (t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "CCONJ") return "c";
  if (t.pos === "VERB" || t.pos === "AUX") return "v";
  return "o";
}

/** "prev>next" frame of token i. */
export function frameOf(tokens: readonly Token[], i: number): string {
  return `${prevClass(tokens, i)}>${nextClass(tokens, i)}`;
}

/** Lexicon key of a lemma in a word class ("say|V"). */
export const lemmaKey = (lemma: string, c: CueClass) => `${lemma}|${c}`;
