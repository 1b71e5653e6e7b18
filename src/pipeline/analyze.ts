/**
 * The one place that composes the per-document stages, in order:
 * extract → nlp → entities → time → attribution → quantities → events.
 */
import type { RawInput } from "../acquire/raw-input.js";
import { attributionStage } from "../attribution/index.js";
import { type Analysis, type Message, SCHEMA_VERSION } from "../contract/analysis.js";
import { entitiesStage } from "../entities/index.js";
import { eventsStage } from "../events/index.js";
import { extractDocument } from "../extract/index.js";
import { runNlp } from "../nlp/index.js";
import { quantitiesStage } from "../quantities/index.js";
import { timesStage } from "../time/index.js";
import { type LayerName, makeReporter, type Stage, type WorkingDoc } from "./stage.js";

type AnyStage = Stage<Exclude<LayerName, "document" | "nlp">>;

export const STAGES: readonly AnyStage[] = [entitiesStage, timesStage, attributionStage, quantitiesStage, eventsStage];

/** Fails at start-up if a stage reads a layer that no earlier stage writes. */
export function checkStageOrder(stages: readonly AnyStage[]): void {
  const available = new Set<LayerName>(["document", "nlp"]);
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!available.has(layer)) throw new Error(`stage ${stage.name} reads ${layer} before any stage writes it`);
    }
    available.add(stage.writes);
  }
}
checkStageOrder(STAGES);

export interface AnalyzeOptions {
  /** Collect per-stage wall time (ms) into this object. */
  timings?: Record<string, number>;
}

export function analyze(input: RawInput, options: AnalyzeOptions = {}): Analysis {
  const timings = options.timings;
  let t0 = timings ? performance.now() : 0;
  const lap = (name: string) => {
    if (!timings) return;
    const t1 = performance.now();
    timings[name] = (timings[name] ?? 0) + (t1 - t0);
    t0 = t1;
  };
  const document = extractDocument(input);
  lap("extract");
  const nlp = runNlp(document.text);
  lap("nlp");
  const messages: Message[] = [];
  const doc: WorkingDoc = {
    id: input.id,
    document,
    nlp,
    sentences: nlp.sentences,
    entities: [],
    times: [],
    quantities: [],
    attributions: [],
    events: [],
  };
  for (const stage of STAGES) {
    const ctx = { publishedAt: document.publishedAt, reporter: makeReporter(stage.name, messages) };
    const layer = stage.run(doc, ctx);
    (doc as unknown as Record<string, unknown>)[stage.writes] = layer;
    lap(stage.name);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    document,
    sentences: doc.sentences,
    entities: doc.entities,
    attributions: doc.attributions,
    events: doc.events,
    times: doc.times,
    quantities: doc.quantities,
    messages,
  };
}
