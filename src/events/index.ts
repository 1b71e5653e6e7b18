/** Events stage: PLOVER-coded who-did-what-to-whom with modality, date, place and evidence. */
import type { Event } from "../contract/analysis.js";
import type { Reporter, Stage } from "../pipeline/stage.js";
import type { ActorLexicon } from "./actors.js";
import { type EventsInput, extractEvents } from "./extract.js";
import { kbLexicon } from "./kb-lexicon.js";
import { getTriggerLexicon, type TriggerLexicon } from "./lexicon.js";

export type { ActorLexicon, ActorMention, LexiconMatch } from "./actors.js";
export { type CandidateEvent, type EventCandidate, type EventsInput, eventCandidates, extractEvents } from "./extract.js";

let kbActors: ActorLexicon | null | undefined;

/** The KB as actor lexicon, or null (entities only) when the KB data cannot be loaded. */
function defaultActors(reporter?: Reporter): ActorLexicon | null {
  if (kbActors === undefined) {
    try {
      kbActors = kbLexicon();
    } catch (e) {
      kbActors = null;
      reporter?.report("kb-unavailable", `actors come from entities only: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return kbActors;
}

export interface FindEventsOptions {
  publishedAt?: string | null;
  /** Actor names outside the entities layer (default: the KB). */
  actors?: ActorLexicon | null;
  /** Trigger patterns (default: the committed CAMEO 2.0 + PLOVER tables). */
  triggers?: TriggerLexicon;
  reporter?: Reporter;
}

export function findEvents(doc: EventsInput, options: FindEventsOptions = {}): Event[] {
  return extractEvents(doc, {
    triggers: options.triggers ?? getTriggerLexicon(),
    actors: options.actors === undefined ? defaultActors(options.reporter) : options.actors,
    publishedAt: options.publishedAt ?? doc.document.publishedAt,
  });
}

export const eventsStage: Stage<"events"> = {
  name: "events",
  reads: ["document", "nlp", "entities", "times", "attributions"],
  writes: "events",
  run: (doc, ctx) => findEvents(doc, { publishedAt: ctx.publishedAt, reporter: ctx.reporter }),
};
