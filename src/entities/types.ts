/** Internal types of the actors stage. */
import type { EntityKind, MentionKind, Role } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";

export type NameType = "PER" | "ORG" | "LOC";

/** A mention found in the text, before coreference: token range [first, end). */
export interface Candidate {
  first: number;
  end: number;
  type: NameType;
  kind: MentionKind;
  /** Entity kind once known (KB or rules); else derived from type. */
  entityKind: EntityKind | null;
  /** Where it came from, for ablations and debugging. */
  source: "tagger" | "kb" | "rule";
  kbId: string | null;
  country: string | null;
  sector: string | null;
  /** Typed by strong evidence (a head word, an introducing noun, a known name inside): outvotes guesses. */
  strong?: boolean;
  /** Roles the text gives this mention (title before the name, apposition after it). */
  roles: Role[];
}

/** What the mention finders read. */
export interface TextView {
  text: string;
  tokens: readonly Token[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  publishedAt: string | null;
}

export type Mode = "rules" | "tagger" | "combined";

export function modeFromEnv(): Mode {
  const m = process.env.ENTENTE_NER_MODE;
  return m === "rules" || m === "tagger" ? m : "combined";
}

export function defaultEntityKind(type: NameType): EntityKind {
  return type === "PER" ? "person" : type === "ORG" ? "organization" : "location";
}

/** A name candidate found by a rule, with nothing resolved yet. */
export function ruleCandidate(first: number, end: number, type: NameType, strong: boolean): Candidate {
  return { first, end, type, kind: "name", entityKind: null, source: "rule", kbId: null, country: null, sector: null, roles: [], strong };
}
