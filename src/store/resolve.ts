/** Turning what a user types (a country code, an entity key, a name) into an ActorRef. */
import { EntenteError } from "../contract/errors.js";
import type { Db } from "./db.js";
import type { ActorRef } from "./types.js";

const COUNTRY_CODE = /^[A-Z]{3}$/;

export function nameForKey(db: Db, key: string): string | null {
  const r = db.prepare("SELECT name, COUNT(*) AS n FROM entities WHERE actor_key = ? GROUP BY name ORDER BY n DESC LIMIT 1").get(key) as
    | { name: string }
    | undefined;
  if (r) return r.name;
  const p = db.prepare("SELECT text FROM event_participants WHERE actor_key = ? LIMIT 1").get(key) as { text: string } | undefined;
  return p?.text ?? null;
}

/** Resolve or throw E_ARGS; `null` when `q` is empty. */
export function resolveActor(db: Db, q: string): ActorRef {
  const s = q.trim();
  if (s === "") throw new EntenteError("E_ARGS", "an actor is needed (a country code such as RUS, an entity key or a name)");
  if (COUNTRY_CODE.test(s)) {
    const hit = db.prepare("SELECT 1 FROM event_dyads WHERE level = 'country' AND (src = ? OR tgt = ?) LIMIT 1").get(s, s);
    const ent = db.prepare("SELECT name FROM entities WHERE country = ? AND kind = 'country' LIMIT 1").get(s) as
      | { name: string }
      | undefined;
    if (hit || ent) return { level: "country", key: s, name: ent?.name ?? s };
  }
  const byKey = db.prepare("SELECT kind, country FROM entities WHERE actor_key = ? LIMIT 1").get(s) as
    | { kind: string; country: string | null }
    | undefined;
  const exactParticipant = db.prepare("SELECT 1 FROM event_participants WHERE actor_key = ? LIMIT 1").get(s);
  if (byKey || exactParticipant) {
    if (byKey?.kind === "country" && byKey.country) return { level: "country", key: byKey.country, name: nameForKey(db, s) ?? s };
    return { level: "actor", key: s, name: nameForKey(db, s) ?? s };
  }
  const byName = db
    .prepare(
      `SELECT actor_key, kind, country, COUNT(*) AS n FROM entities WHERE name = ? COLLATE NOCASE
       GROUP BY actor_key ORDER BY n DESC LIMIT 1`,
    )
    .get(s) as { actor_key: string; kind: string; country: string | null } | undefined;
  if (byName) {
    if (byName.kind === "country" && byName.country) return { level: "country", key: byName.country, name: s };
    return { level: "actor", key: byName.actor_key, name: nameForKey(db, byName.actor_key) ?? s };
  }
  if (COUNTRY_CODE.test(s)) return { level: "country", key: s, name: s };
  throw new EntenteError("E_ARGS", `no actor in the store matches "${s}" (try a country code, an entity key or an exact name)`);
}

/** A display name for a key at a level (a country's most frequent country-entity name, else the key). */
export function displayName(db: Db, level: "actor" | "country", key: string): string {
  if (level === "country") {
    const r = db
      .prepare("SELECT name, COUNT(*) AS n FROM entities WHERE country = ? AND kind = 'country' GROUP BY name ORDER BY n DESC LIMIT 1")
      .get(key) as { name: string } | undefined;
    return r?.name ?? key;
  }
  return nameForKey(db, key) ?? key;
}
