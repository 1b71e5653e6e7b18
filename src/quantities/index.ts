/** Quantities stage: money, counts, percentages and measures with what they measure. */
import type { Quantity } from "../contract/analysis.js";
import type { Stage } from "../pipeline/stage.js";

export function findQuantities(): Quantity[] {
  return [];
}

export const quantitiesStage: Stage<"quantities"> = {
  name: "quantities",
  reads: ["document", "nlp", "times", "attributions"],
  writes: "quantities",
  run: () => findQuantities(),
};
