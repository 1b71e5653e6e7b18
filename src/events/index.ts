/** Events stage: PLOVER-coded who-did-what-to-whom with modality and evidence. */
import type { Event } from "../contract/analysis.js";
import type { Stage } from "../pipeline/stage.js";

export function findEvents(): Event[] {
  return [];
}

export const eventsStage: Stage<"events"> = {
  name: "events",
  reads: ["document", "nlp", "entities", "times", "attributions"],
  writes: "events",
  run: () => findEvents(),
};
