/**
 * Speakers that are not next to their cue: the subject of the verb that governs a participle or
 * infinitive ("Cook declined to say", "McCain said, citing …", "tripped him up by calling …"),
 * and the agent of a passive cue ("was first reported by MSNBC").
 */
import type { Token } from "../nlp/index.js";
import type { AttributionContext } from "./context.js";
import { CUE_AUXILIARIES } from "./heuristics.js";
import { nounPhraseAfter, nounPhraseBefore, type TokenRange } from "./noun-phrase.js";

const BE_FORMS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "’s"]);
const CLAUSE_STOPS = new Set([";", ":"]);

/** The noun phrase before the nearest verb (outside quotations) left of token `idx` in the clause. */
export function governingSubject(ctx: AttributionContext, idx: number, sA: number): TokenRange | null {
  const { tokens } = ctx;
  // "X told Y that A had B and said …": verbs after a complementiser belong to the reported
  // clause; the governing verb comes before the first "that".
  let from = idx - 1;
  for (let k = sA + 1; k < idx; k++) {
    if ((tokens[k] as Token).normal === "that" && (ctx.tokenQuote[k] as number) < 0 && (tokens[k - 1] as Token).pos !== "DET") {
      from = k - 1;
      break;
    }
  }
  for (let k = from; k >= sA; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_STOPS.has(t.text)) return null;
    if ((ctx.tokenQuote[k] as number) >= 0 || !(t.pos === "VERB" || t.pos === "AUX")) continue;
    let first = k;
    while (
      first > sA &&
      (CUE_AUXILIARIES.has((tokens[first - 1] as Token).normal) ||
        (tokens[first - 1] as Token).pos === "AUX" ||
        (tokens[first - 1] as Token).pos === "ADV")
    )
      first--;
    const np = nounPhraseBefore(tokens, first, sA);
    if (np) return np;
    k = first;
  }
  return null;
}

/** "X was reported by Y": the agent after "by" when the cue is a passive participle. */
export function passiveAgent(ctx: AttributionContext, cueFirst: number, cueHead: number, cueEnd: number, sB: number): TokenRange | null {
  const { tokens } = ctx;
  let passive = false;
  for (let k = cueFirst; k < cueHead; k++) if (BE_FORMS.has((tokens[k] as Token).normal)) passive = true;
  if (!passive || tokens[cueEnd]?.normal !== "by") return null;
  return nounPhraseAfter(tokens, cueEnd + 1, sB);
}
