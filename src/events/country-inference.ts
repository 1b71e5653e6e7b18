/**
 * The country of an actor the text names only by its role ("police", "rebels", "the government",
 * a person the KB does not place). In news such an actor belongs to the country the story is
 * about; within a sentence the better evidence is, in order: the place of the event ("protesters
 * blocked streets in X"), then the article's countries, each unless it is the counterpart's ("the
 * administration said that X must …" is not X's administration; "aircraft killed civilians in X"
 * need not be X's), then the place or the article's main country after all (police arresting
 * their own nationals).
 */
import type { ActorMention } from "./actors.js";

/**
 * Sectors of roles held within one country; not churches, NGOs, international bodies or
 * transnational militants, whose members come from anywhere.
 */
const DOMESTIC_SECTORS = new Set([
  "GOV",
  "LEG",
  "JUD",
  "MIL",
  "COP",
  "OPP",
  "PTY",
  "REB",
  "CVL",
  "LAB",
  "ELI",
  "EDU",
  "BUS",
  "REF",
  "SPY",
  "UAF",
  // Reporters mostly cover their own country; a foreign correspondent is named as such.
  "JRN",
  // Criminals and prisoners are where they are held or act.
  "CRM",
]);

export interface CountryContext {
  /** The article's countries, most mentioned first. */
  home: readonly string[];
  /** Country of the event's place ("in X"); null when none is named or it says nothing of the actors. */
  place: string | null;
  /** Countries of the event's other side: the recipients' for an actor, the actors' for a recipient. */
  counterpart: ReadonlySet<string>;
}

/** Is the actor's missing country to be inferred at all? */
function needsCountry(m: ActorMention): boolean {
  return !m.country && !!m.sector && DOMESTIC_SECTORS.has(m.sector);
}

/**
 * The actor with its country filled in where the sentence or article gives one; an ethnic group
 * named by a demonym ("ethnic Albanians") lives in the first such country not its namesake.
 */
export function withInferredCountry(m: ActorMention, ctx: CountryContext): ActorMention {
  if (m.ethnic) {
    const lives = ctx.place && ctx.place !== m.country ? ctx.place : ctx.home.find((c) => c !== m.country);
    return lives ? { ...m, country: lives } : m;
  }
  // "the Albanian population" attacked in X: a community lives where the event happens.
  if (m.resident && ctx.place && ctx.place !== m.country) return { ...m, country: ctx.place };
  if (!needsCountry(m)) return m;
  const other = (c: string | null): c is string => !!c && !ctx.counterpart.has(c);
  const country = [ctx.place, ...ctx.home].find(other) ?? ctx.place ?? ctx.home[0];
  return country ? { ...m, country } : m;
}
