/**
 * From a document's tokens, entities, times and attributions to PLOVER events: per sentence,
 * find actor mentions and triggers, read each trigger's arguments, modality and date, then
 * merge repeated mentions of one happening.
 */
import type { Entity, Event, EventActor, Time } from "../contract/analysis.js";
import type { WorkingDoc } from "../pipeline/stage.js";
import { span } from "../text/span.js";
import { type ActorLexicon, type ActorMention, findActorMentions } from "./actors.js";
import { argumentsOf, type SentenceView } from "./arguments.js";
import { type CountryContext, withInferredCountry } from "./country-inference.js";
import { intensityOf } from "./intensity.js";
import type { TriggerLexicon } from "./lexicon.js";
import { mergeEvents } from "./merge.js";
import { modalityOf } from "./modality.js";
import { hasObligation, obligationTriggers } from "./obligation.js";
import { aimProtestsAtDemands, type SentenceEvent } from "./protest-targets.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { refineType } from "./type-rules.js";
import { forceActors } from "./unidentified-actor.js";

export type EventsInput = Pick<WorkingDoc, "document" | "nlp" | "entities" | "times" | "attributions">;

export interface ExtractOptions {
  triggers: TriggerLexicon;
  /** Names and agent nouns for stretches the entities layer does not cover; null = entities only. */
  actors: ActorLexicon | null;
  publishedAt: string | null;
  /**
   * Give actors with a domestic role and no country the article's (or sentence's) country
   * (default true). PETRARCH-style coding leaves them "---": its unit tests turn this off.
   */
  inferCountries?: boolean;
}

/** An event before merging; `type` is null only for a dictionary code outside PLOVER (never emitted). */
export type CandidateEvent = Omit<Event, "id" | "type"> & { type: Event["type"] | null };

/** An event before merging, with the CAMEO codes that produced it (for CAMEO-coded evaluation). */
export interface EventCandidate {
  event: CandidateEvent;
  cameo: string | null;
  reverseCameo: string | null;
}

function toEventActor(text: string, m: ActorMention): EventActor {
  const s = span(text, m.start, m.end);
  const actor: EventActor = { entityId: m.entityId, text: s.text, start: s.start, end: s.end, country: m.country, sector: m.sector };
  const sectors = m.sector && m.qualifiers ? stackedSectors(m.qualifiers, m.sector) : null;
  if (sectors) actor.sectors = sectors;
  return actor;
}

/** Qualifier sectors then the head's, each once; null when that leaves one sector only. */
function stackedSectors(qualifiers: readonly string[], head: string): string[] | null {
  const out: string[] = [];
  for (const q of qualifiers) if (q !== head && !out.includes(q)) out.push(q);
  return out.length > 0 ? [...out, head] : null;
}

/** The time expression of the sentence nearest the trigger, else the publication date. */
function dateOf(times: readonly Time[], sStart: number, sEnd: number, at: number, publishedAt: string | null): Event["date"] {
  let best: Time | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const t of times) {
    if (t.start < sStart || t.end > sEnd || !t.value || (t.type !== "DATE" && t.type !== "TIME")) continue;
    const d = t.start >= at ? t.start - at : at - t.end;
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  if (best?.value) return { value: best.value, text: best.text, source: "text" };
  if (publishedAt) return { value: publishedAt.slice(0, 10), text: null, source: "publication" };
  return null;
}

function candidate(
  doc: EventsInput,
  view: SentenceView,
  trig: Trigger,
  opts: ExtractOptions,
  sentence: number,
  home: readonly string[],
): EventCandidate | null {
  const text = doc.document.text;
  const args = argumentsOf(view, trig);
  // A generic verb coded only by its CAMEO default is an event only between two actors (as PETRARCH
  // requires): an actor and a recipient, or a compound actor acting towards itself ("A and B agree").
  if (trig.weak && (args.actors.length === 0 || (args.recipients.length === 0 && args.actors.length < 2))) return null;
  const mod = modalityOf(view, trig, args.groupStart, args.governor, doc.attributions);
  const refined = refineType(
    { type: trig.code?.type ?? null, mode: trig.code?.mode ?? null, context: [...(trig.code?.context ?? [])] },
    { view, trig, governor: args.governor, actors: args.actors, modality: mod.modality, groupStart: args.groupStart },
  );
  const { type, mode, context } = refined.code;
  // A stated refusal is itself the event (an asserted or reported REJECT), not a denied one.
  const refusal = mod.modality === "negated" && refined.modality === "asserted";
  const modality = refusal && mod.attributionId ? "reported" : refined.modality;
  const first = view.tokens[trig.first];
  const last = view.tokens[trig.last - 1];
  const sent = doc.nlp.sentences[sentence] ?? { start: 0, end: text.length };
  const trigger = span(text, first?.start ?? 0, last?.end ?? 0);
  const loc = args.location;
  // Without entities with a country, the countries the sentence's own actors name.
  const countries = opts.inferCountries === false ? [] : home.length > 0 ? home : sentenceCountries(view.mentions);
  // A meeting's venue says nothing of who met there; any other event's place is where its actors are.
  const place = opts.inferCountries === false || type === "CONSULT" ? null : (loc?.country ?? null);
  const side = (ms: readonly ActorMention[]) => new Set(ms.flatMap((m) => (m.country ? [m.country] : [])));
  const actors = opts.inferCountries === false ? args.actors : forceActors(type, args.actors, args.passive, loc);
  // A recipient that is the event's place ("blocked streets in X") is where it happened, not the other side.
  const others = args.recipients.filter((r) => !(loc && r.first === loc.first && r.last === loc.last));
  const asActor: CountryContext = { home: countries, place, counterpart: side(others) };
  const asRecipient: CountryContext = { home: countries, place, counterpart: side(actors) };
  return {
    event: {
      type,
      mode,
      context,
      actors: actors.map((m) => toEventActor(text, withInferredCountry(m, asActor))),
      recipients: args.recipients.map((m) => toEventActor(text, withInferredCountry(m, asRecipient))),
      date: dateOf(doc.times, sent.start, sent.end, trigger.start, opts.publishedAt),
      location: loc ? { entityId: loc.entityId, ...span(text, loc.start, loc.end), country: loc.country } : null,
      modality,
      attributionId: mod.attributionId,
      intensity: type ? intensityOf(type, mode) : 0,
      trigger,
      triggers: [trigger],
      evidence: span(text, sent.start, sent.end),
    },
    cameo: trig.cameo,
    reverseCameo: trig.reverseCameo,
  };
}

/** Every trigger of the document as an unmerged candidate, in text order. */
export function eventCandidates(doc: EventsInput, opts: ExtractOptions): EventCandidate[] {
  const { tokens, sentenceTokens } = doc.nlp;
  const out: EventCandidate[] = [];
  const entitiesBySentence = entitiesPerSentence(doc);
  let homeCountries: string[] | undefined;
  const home = () => {
    homeCountries ??= countriesByMentions(doc.entities);
    return homeCountries;
  };
  // Actor mentions are found only for sentences that need them (a trigger, or the antecedent of a pronoun).
  const memo = new Map<number, ActorMention[]>();
  const mentionsOf = (s: number): ActorMention[] => {
    let m = memo.get(s);
    if (!m) {
      const [first, last] = sentenceTokens[s] as [number, number];
      m = findActorMentions(tokens, first, last, entitiesBySentence[s] ?? [], opts.actors);
      memo.set(s, m);
    }
    return m;
  };
  /** The first actor of the nearest earlier sentence that has one, for a subject pronoun. */
  const previousActor = (s: number) => (): ActorMention | null => {
    for (let p = s - 1; p >= Math.max(0, s - PRONOUN_LOOKBACK); p--) {
      const hit = mentionsOf(p).find((m) => !m.pronoun && (m.country || m.sector));
      if (hit) return hit;
    }
    return null;
  };
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [first, last] = sentenceTokens[s] as [number, number];
    const triggers = findTriggers(opts.triggers, tokens, first, last, () => mentionsOf(s));
    // Our own reading of stated obligations; dictionary-exact coding (PETRARCH) has no such rule.
    const obliges = !opts.triggers.keepUnmapped && hasObligation(tokens, first, last);
    if (triggers.length === 0 && !obliges) continue;
    const view: SentenceView = { tokens, first, last, mentions: mentionsOf(s), previousActor: previousActor(s) };
    if (obliges) for (const o of obligationTriggers(view)) if (!triggers.some((t) => t.head === o.head)) triggers.push(o);
    const made: SentenceEvent[] = [];
    for (const trig of triggers) {
      const c = candidate(doc, view, trig, opts, s, home());
      if (c) {
        out.push(c);
        made.push({ trig, event: c.event });
      }
    }
    // Our own reading of a protest's aim; dictionary-exact coding (PETRARCH) has no such rule.
    if (!opts.triggers.keepUnmapped) aimProtestsAtDemands(tokens, made);
  }
  return out;
}

/**
 * The countries the document is about, most mentioned first (its name, demonyms, places, bodies
 * and people each count once per mention; ties in order of first mention).
 */
export function countriesByMentions(entities: readonly Entity[]): string[] {
  return rankByCount(entities.map((e) => [e.country, e.mentions.length]));
}

/** Country codes by total weight, heaviest first (stable: ties in order of first appearance). */
function rankByCount(weighted: ReadonlyArray<readonly [string | null, number]>): string[] {
  const counts = new Map<string, number>();
  for (const [c, n] of weighted) if (c) counts.set(c, (counts.get(c) ?? 0) + n);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** Countries of a sentence's actor mentions, most mentioned first. */
function sentenceCountries(mentions: readonly ActorMention[]): string[] {
  return rankByCount(mentions.map((m) => [m.pronoun ? null : m.country, 1]));
}

/** Sentences a subject pronoun may look back over for its antecedent. */
const PRONOUN_LOOKBACK = 2;

/** The entities with a mention in each sentence (one pass, instead of scanning all entities per sentence). */
function entitiesPerSentence(doc: EventsInput): Entity[][] {
  const sentences = doc.nlp.sentences;
  const out: Entity[][] = sentences.map(() => []);
  if (doc.entities.length === 0) return out;
  for (const e of doc.entities) {
    const seen = new Set<number>();
    for (const m of e.mentions) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((sentences[mid] as { start: number }).start <= m.start) lo = mid;
        else hi = mid - 1;
      }
      if (!seen.has(lo)) {
        seen.add(lo);
        out[lo]?.push(e);
      }
    }
  }
  return out;
}

/** The events layer: candidates merged into one event per happening, with ids e1, e2, … in text order. */
export function extractEvents(doc: EventsInput, opts: ExtractOptions): Event[] {
  const typed: Omit<Event, "id">[] = [];
  for (const c of eventCandidates(doc, opts)) if (c.event.type) typed.push(c.event as Omit<Event, "id">);
  return mergeEvents(typed);
}
