/** Actors stage: people, organisations, countries, places and groups, with mentions. */
import type { Entity } from "../contract/analysis.js";
import type { Stage } from "../pipeline/stage.js";

export function findEntities(): Entity[] {
  return [];
}

export const entitiesStage: Stage<"entities"> = {
  name: "entities",
  reads: ["document", "nlp"],
  writes: "entities",
  run: () => findEntities(),
};
