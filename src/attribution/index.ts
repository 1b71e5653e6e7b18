/** Attribution stage: quotations and claims with source, cue, content and stance. */
import type { Attribution } from "../contract/analysis.js";
import type { Stage } from "../pipeline/stage.js";

export function findAttributions(): Attribution[] {
  return [];
}

export const attributionStage: Stage<"attributions"> = {
  name: "attribution",
  reads: ["document", "nlp", "entities"],
  writes: "attributions",
  run: () => findAttributions(),
};
