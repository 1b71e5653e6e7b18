/** Cross-article identities for actors, and PLOVER quad classes. */
import type { Entity, EventActor, PloverType } from "../contract/analysis.js";

/**
 * PLOVER quad classes, in the order of the PLOVER codebook:
 * 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 */
export const QUAD_OF: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  SANCTION: 4,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

export const QUAD_NAMES = ["", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"] as const;

export const isCooperation = (quad: number): boolean => quad === 1 || quad === 2;

export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The key an entity is counted under across articles: its KB id when linked, its country code for a
 * country, else kind + normalised name (two unlinked "John Smith"s merge; that is the price of no KB id).
 */
export function entityKey(e: Pick<Entity, "kbId" | "kind" | "country" | "name">): string {
  if (e.kbId) return e.kbId;
  if (e.kind === "country" && e.country) return e.country;
  return `${e.kind}:${normaliseName(e.name)}`;
}

/** An event actor's key: its entity's key when resolved, else its country, else its text. */
export function actorKey(a: EventActor, entities: ReadonlyMap<string, Entity>): string {
  const ent = a.entityId ? entities.get(a.entityId) : undefined;
  if (ent) return entityKey(ent);
  if (a.country && !a.sector) return a.country;
  return `actor:${normaliseName(a.text)}`;
}

/** The country an actor belongs to (its own or its entity's), for country-level dyads. */
export function actorCountry(a: EventActor, entities: ReadonlyMap<string, Entity>): string | null {
  if (a.country) return a.country;
  const ent = a.entityId ? entities.get(a.entityId) : undefined;
  return ent?.country ?? null;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** A YYYY-MM-DD day from a TIMEX3 value or ISO timestamp, else null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value || !FULL_DAY.test(value)) return null;
  const d = value.slice(0, 10);
  return Number.isNaN(Date.parse(d)) ? null : d;
}
