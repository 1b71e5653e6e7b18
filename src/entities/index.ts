/**
 * Actors stage: people, organisations, countries, places and groups, with every mention.
 * Mentions come from the statistical tagger, the knowledge base and rules (mentions.ts);
 * coreference groups them (coref.ts) and resolution fills kbId, country, sector and roles
 * (resolve.ts). ENTENTE_NER_MODE=rules|tagger restricts the finders, for ablations.
 */
import type { Entity } from "../contract/analysis.js";
import { runNlp } from "../nlp/index.js";
import type { Stage } from "../pipeline/stage.js";
import { clusterMentions } from "./coref.js";
import { wholeWordView } from "./glued.js";
import { findMentions } from "./mentions.js";
import { buildEntities } from "./resolve.js";
import { modeFromEnv, type TextView } from "./types.js";

export function findEntities(text: TextView): Entity[] {
  const view = wholeWordView(text);
  const mentions = findMentions(view, modeFromEnv());
  const clusters = clusterMentions(view, mentions);
  return buildEntities(view, clusters);
}

/** Entities of a bare text (runs the nlp layer): for evaluation and tests. */
export function findEntitiesInText(text: string, publishedAt: string | null): Entity[] {
  const nlp = runNlp(text);
  return findEntities({ text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt });
}

export const entitiesStage: Stage<"entities"> = {
  name: "entities",
  reads: ["document", "nlp"],
  writes: "entities",
  run: (doc, ctx) =>
    findEntities({
      text: doc.document.text,
      tokens: doc.nlp.tokens,
      sentenceTokens: doc.nlp.sentenceTokens,
      publishedAt: ctx.publishedAt,
    }),
};
