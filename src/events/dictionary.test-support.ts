/**
 * Test support for dictionary-coded tests: invented country names as an ActorLexicon, and the
 * candidates a test dictionary codes in a text, as "actors>recipients:CAMEO" strings.
 */
import type { Token } from "../nlp/index.js";
import { runNlp } from "../nlp/index.js";
import { documentFromText } from "../pipeline/analyze.js";
import type { ActorLexicon, LexiconMatch } from "./actors.js";
import { eventCandidates } from "./extract.js";
import type { TriggerLexicon } from "./lexicon.js";

/** One-word country names (lower case) → codes. */
export function countryNames(names: Readonly<Record<string, string>>): ActorLexicon {
  return {
    matchAt(tokens: readonly Token[], i: number): LexiconMatch | null {
      const c = names[(tokens[i] as Token).normal];
      return c ? { length: 1, country: c, sector: null, kind: "country" } : null;
    },
    agentSector: () => null,
  };
}

/** Every coded candidate of the text as "A+B>C:code" (countries of actors and recipients, CAMEO code). */
export function codedWith(triggers: TriggerLexicon, actors: ActorLexicon, text: string): string[] {
  const document = documentFromText(text);
  const nlp = runNlp(document.text);
  return eventCandidates({ document, nlp, entities: [], times: [], attributions: [] }, { triggers, actors, publishedAt: null })
    .filter((c) => c.cameo)
    .map((c) => `${c.event.actors.map((a) => a.country).join("+")}>${c.event.recipients.map((a) => a.country).join("+")}:${c.cameo}`);
}
