/**
 * From a document's tokens, entities, times and attributions to PLOVER events: per sentence,
 * find actor mentions and triggers, read each trigger's arguments, modality and date, then
 * merge repeated mentions of one happening.
 */
import type { Event, EventActor, Time } from "../contract/analysis.js";
import type { WorkingDoc } from "../pipeline/stage.js";
import { span } from "../text/span.js";
import { type ActorLexicon, type ActorMention, findActorMentions } from "./actors.js";
import { argumentsOf, type SentenceView } from "./arguments.js";
import { EXERCISE_HEADS, FUTURE_TO_AGREE, FUTURE_TO_THREATEN } from "./heuristics.js";
import { intensityOf } from "./intensity.js";
import type { TriggerLexicon } from "./lexicon.js";
import { mergeEvents } from "./merge.js";
import { modalityOf } from "./modality.js";
import { findTriggers, type Trigger } from "./triggers.js";

export type EventsInput = Pick<WorkingDoc, "document" | "nlp" | "entities" | "times" | "attributions">;

export interface ExtractOptions {
  triggers: TriggerLexicon;
  /** Names and agent nouns for stretches the entities layer does not cover; null = entities only. */
  actors: ActorLexicon | null;
  publishedAt: string | null;
}

/** An event before merging, with the CAMEO codes that produced it (for CAMEO-coded evaluation). */
export interface EventCandidate {
  event: Omit<Event, "id">;
  cameo: string | null;
  reverseCameo: string | null;
}

function toEventActor(text: string, m: ActorMention): EventActor {
  const s = span(text, m.start, m.end);
  return { entityId: m.entityId, text: s.text, start: s.start, end: s.end, country: m.country, sector: m.sector };
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

function candidate(doc: EventsInput, view: SentenceView, trig: Trigger, opts: ExtractOptions, sentence: number): EventCandidate {
  const text = doc.document.text;
  const args = argumentsOf(view, trig);
  const mod = modalityOf(view, trig, args.groupStart, args.governor, doc.attributions);
  let { type, mode } = trig.code;
  let context = [...trig.code.context];
  const headLemma = (view.tokens[trig.head]?.lemma ?? "").toLowerCase();
  if (type === "MOBILIZE" && trig.nominal && EXERCISE_HEADS.has(headLemma) && args.actors.length > 1) {
    // Exercises held together are military cooperation (PLOVER COOPERATE), not a show of force.
    type = "COOPERATE";
    mode = null;
    context = ["military"];
  }
  if (mod.modality === "future" && FUTURE_TO_AGREE.has(type)) {
    type = "AGREE";
    mode = null;
  } else if (mod.modality === "future" && FUTURE_TO_THREATEN.has(type)) {
    type = "THREATEN";
    mode = null;
  }
  const first = view.tokens[trig.first];
  const last = view.tokens[trig.last - 1];
  const sent = doc.nlp.sentences[sentence] ?? { start: 0, end: text.length };
  const trigger = span(text, first?.start ?? 0, last?.end ?? 0);
  const loc = args.location;
  return {
    event: {
      type,
      mode,
      context,
      actors: args.actors.map((m) => toEventActor(text, m)),
      recipients: args.recipients.map((m) => toEventActor(text, m)),
      date: dateOf(doc.times, sent.start, sent.end, trigger.start, opts.publishedAt),
      location: loc ? { entityId: loc.entityId, ...span(text, loc.start, loc.end), country: loc.country } : null,
      modality: mod.modality,
      attributionId: mod.attributionId,
      intensity: intensityOf(type, mode),
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
  let previousActor: ActorMention | null = null;
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [first, last] = sentenceTokens[s] as [number, number];
    const mentions = findActorMentions(tokens, first, last, doc.entities, opts.actors);
    const view: SentenceView = { tokens, first, last, mentions, previousActor };
    for (const trig of findTriggers(opts.triggers, tokens, first, last)) {
      const c = candidate(doc, view, trig, opts, s);
      // A generic verb coded only by its CAMEO default is an event only between two actors (as PETRARCH requires).
      if (trig.weak && (c.event.actors.length === 0 || c.event.recipients.length === 0)) continue;
      out.push(c);
    }
    const firstReal = mentions.find((m) => !m.pronoun && (m.country || m.sector));
    if (firstReal) previousActor = firstReal;
  }
  return out;
}

/** The events layer: candidates merged into one event per happening, with ids e1, e2, … in text order. */
export function extractEvents(doc: EventsInput, opts: ExtractOptions): Event[] {
  return mergeEvents(eventCandidates(doc, opts).map((c) => c.event));
}
