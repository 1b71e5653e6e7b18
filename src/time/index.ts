/** Time stage: TIMEX3 expressions normalised against the publication date. */
import type { Time } from "../contract/analysis.js";
import type { Stage } from "../pipeline/stage.js";

export function findTimes(): Time[] {
  return [];
}

export const timesStage: Stage<"times"> = {
  name: "time",
  reads: ["document", "nlp"],
  writes: "times",
  run: () => findTimes(),
};
