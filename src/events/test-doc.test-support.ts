/**
 * Test support for the events tests: a WorkingDoc-like input with hand-made entities, times and
 * attributions (so actor resolution is tested without the concurrent entities stage), a small
 * agent-noun lexicon, and the Analysis wrapper for the offsets invariant.
 */
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Analysis, Attribution, Entity, EntityKind, Event, Time } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { runNlp } from "../nlp/index.js";
import { documentFromText } from "../pipeline/analyze.js";
import { span } from "../text/span.js";
import type { ActorLexicon } from "./actors.js";
import type { EventsInput } from "./extract.js";
import { findEvents } from "./index.js";

export interface HandEntity {
  surface: string;
  kind: EntityKind;
  country: string | null;
  sector?: string | null;
  /** Mention kind of every occurrence (default "name"). */
  mention?: "name" | "metonym" | "demonym" | "pronoun";
}

/** Agent nouns → sectors, as the KB would give them. */
const AGENTS: Record<string, string> = {
  troops: "MIL",
  troop: "MIL",
  soldiers: "MIL",
  army: "MIL",
  police: "COP",
  government: "GOV",
  minister: "GOV",
  rebels: "REB",
  students: "EDU",
  activists: "OPP",
};

export const agentLexicon: ActorLexicon = {
  matchAt: () => null,
  agentSector: (t: Token) => AGENTS[t.normal] ?? null,
};

function occurrences(text: string, surface: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = text.indexOf(surface);
  while (i >= 0) {
    const before = i === 0 ? " " : (text[i - 1] as string);
    const after = text[i + surface.length] ?? " ";
    if (!/\w/.test(before) && !/\w/.test(after)) out.push([i, i + surface.length]);
    i = text.indexOf(surface, i + 1);
  }
  return out;
}

export interface DocOptions {
  entities?: HandEntity[];
  publishedAt?: string | null;
  times?: Array<{ surface: string; value: string }>;
  /** Attribution contents (the reported clause) by surface. */
  attributions?: string[];
}

export function makeDoc(text: string, options: DocOptions = {}): EventsInput {
  const document = documentFromText(text, options.publishedAt ?? null);
  const t = document.text;
  const entities: Entity[] = [];
  for (const h of options.entities ?? []) {
    const mentions = occurrences(t, h.surface).map(([s, e]) => ({ ...span(t, s, e), kind: h.mention ?? "name" }));
    if (mentions.length === 0) throw new Error(`fixture: "${h.surface}" not in text`);
    entities.push({
      id: `n${entities.length + 1}`,
      name: h.surface,
      kind: h.kind,
      kbId: null,
      country: h.country,
      sector: h.sector ?? null,
      roles: [],
      mentions,
    });
  }
  const times: Time[] = (options.times ?? []).map((x, i) => {
    const [s, e] = occurrences(t, x.surface)[0] ?? [0, 0];
    return { id: `t${i + 1}`, ...span(t, s, e), type: "DATE", value: x.value, mod: null };
  });
  const attributions: Attribution[] = (options.attributions ?? []).map((c, i) => {
    const s = t.indexOf(c);
    return { id: `a${i + 1}`, kind: "indirect", source: null, cue: null, content: span(t, s, s + c.length), stance: "asserts" };
  });
  return { document, nlp: runNlp(t), entities, times, attributions };
}

export function eventsOf(
  text: string,
  options: DocOptions = {},
  actors: ActorLexicon | null = agentLexicon,
): { events: Event[]; analysis: Analysis } {
  const doc = makeDoc(text, options);
  const events = findEvents(doc, { actors });
  const analysis: Analysis = {
    schemaVersion: "1",
    id: "test",
    document: doc.document,
    sentences: doc.nlp.sentences,
    entities: doc.entities,
    attributions: doc.attributions,
    events,
    times: doc.times,
    quantities: [],
    messages: [],
  };
  return { events, analysis };
}

export function withType(events: readonly Event[], type: Event["type"]): Event | undefined {
  return events.find((e) => e.type === type);
}

/** The event whose trigger reads `trigger` in the events of `text`, after checking the offsets invariant. */
export function eventByTrigger(
  trigger: string,
  text: string,
  entities: HandEntity[],
  actors: ActorLexicon | null = agentLexicon,
): Event | undefined {
  const { events, analysis } = eventsOf(text, { entities }, actors);
  assertValidAnalysis(analysis);
  return events.find((e) => e.trigger.text === trigger);
}
