/**
 * One event per happening: mentions with the same type, actors and recipients (by entity, else
 * by country+sector, else by text) and compatible modality merge into the first, keeping every
 * trigger span. Events with no actor and no recipient merge only with the same trigger word,
 * since a bare "talks" twice is one story's talks but "talks" and "meeting" may not be.
 */
import type { Event, EventActor } from "../contract/analysis.js";

function actorKey(a: EventActor): string {
  if (a.entityId) return `e:${a.entityId}`;
  if (a.country) return `c:${a.country}|${a.sector ?? ""}`;
  if (a.sector) return `s:${a.sector}|${a.text.toLowerCase()}`;
  return `t:${a.text.toLowerCase()}`;
}

function sideKey(actors: readonly EventActor[]): string {
  return [...new Set(actors.map(actorKey))].sort().join("+");
}

/** Negated and asserted mentions of one pairing are different claims; other modalities merge. */
function modalityClass(e: Omit<Event, "id">): string {
  return e.modality === "negated" ? "neg" : "pos";
}

export function happeningKey(e: Omit<Event, "id">): string {
  const actors = sideKey(e.actors);
  const recipients = sideKey(e.recipients);
  const bare = actors === "" && recipients === "" ? `|w:${e.trigger.text.toLowerCase()}` : "";
  return `${e.type}|${actors}|${recipients}|${modalityClass(e)}${bare}`;
}

export function mergeEvents(candidates: ReadonlyArray<Omit<Event, "id">>): Event[] {
  const byKey = new Map<string, Event>();
  const out: Event[] = [];
  for (const c of candidates) {
    const key = happeningKey(c);
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.triggers.some((t) => t.start === c.trigger.start)) seen.triggers.push(c.trigger);
      if (!seen.location && c.location) seen.location = c.location;
      if (seen.date?.source === "publication" && c.date?.source === "text") seen.date = c.date;
      continue;
    }
    const e: Event = { id: `ev${out.length + 1}`, ...c, triggers: [...c.triggers] };
    byKey.set(key, e);
    out.push(e);
  }
  return out;
}
