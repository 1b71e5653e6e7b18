/**
 * Force used by no named actor ("a journalist was killed in X", "a bomb near X killed two",
 * "a missionary was arrested in X"): CAMEO and PLOVER coders give such an event to the country
 * where it happened, an assault's doer as unidentified armed forces (UAF) of that country, an
 * arrest's as the state itself.
 */
import type { Event } from "../contract/analysis.js";
import type { ActorMention } from "./actors.js";

/** Events whose doer, when unnamed, is the place's state or armed men there. */
const FORCE_TYPES: ReadonlySet<Event["type"]> = new Set(["ASSAULT", "COERCE"]);
/** CAMEO's sector for unidentified armed forces. */
const UNIDENTIFIED_ARMED = "UAF";

/** A place named as if it acted ("a bombing near X killed"): not an actor of force. */
function isBarePlace(m: ActorMention): boolean {
  return m.kind === "location" && !m.sector && !m.pronoun;
}

/**
 * The actors of a force event: the ones found, unless there are none (a passive with no "by")
 * or only a bare place; then the place of the event, as its country's unidentified forces.
 */
export function forceActors(
  type: Event["type"] | null,
  actors: ActorMention[],
  passive: boolean,
  place: ActorMention | null,
): ActorMention[] {
  if (!type || !FORCE_TYPES.has(type)) return actors;
  const placeActs = actors.length > 0 && actors.every(isBarePlace);
  if (!placeActs && !(actors.length === 0 && passive)) return actors;
  const where = place?.country ? place : placeActs ? actors.find((a) => a.country) : undefined;
  if (!where?.country) return actors;
  return [{ ...where, sector: type === "ASSAULT" ? UNIDENTIFIED_ARMED : null }];
}
