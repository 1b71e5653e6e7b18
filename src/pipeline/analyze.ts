/**
 * The one place that composes the per-document stages, in order:
 * extract → nlp → entities → time → attribution → quantities → events.
 */
import type { RawInput } from "../acquire/raw-input.js";
import { attributionStage } from "../attribution/index.js";
import { type Analysis, type Document, type Message, SCHEMA_VERSION } from "../contract/analysis.js";
import { entitiesStage } from "../entities/index.js";
import { eventsStage } from "../events/index.js";
import { extractDocument } from "../extract/index.js";
import { emptyDocument } from "../extract/paragraphs.js";
import { runNlp } from "../nlp/index.js";
import { quantitiesStage } from "../quantities/index.js";
import { trimRange } from "../text/span.js";
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
  /** Run only these stages (by name); the others leave their layer empty. For evaluating one stage. */
  only?: readonly string[];
}

function stopwatch(timings: Record<string, number> | undefined): (name: string) => void {
  let t0 = timings ? performance.now() : 0;
  return (name) => {
    if (!timings) return;
    const t1 = performance.now();
    timings[name] = (timings[name] ?? 0) + (t1 - t0);
    t0 = t1;
  };
}

/** Analyse one raw input: extraction, then every stage. */
export function analyze(input: RawInput, options: AnalyzeOptions = {}): Analysis {
  const lap = stopwatch(options.timings);
  const messages: Message[] = [];
  const document = extractDocument(input, messages);
  lap("extract");
  return runStages(input.id, document, lap, options.only, messages);
}

/**
 * Analyse an already extracted Document (no extraction step): for evaluation on corpora whose
 * gold offsets refer to a given text, and for callers that extract themselves.
 */
export function analyzeDocument(id: string, document: Document, options: AnalyzeOptions = {}): Analysis {
  return runStages(id, document, stopwatch(options.timings), options.only);
}

/** A Document whose text is exactly `text` (paragraphs at blank lines), so offsets are unchanged. */
export function documentFromText(text: string, publishedAt: string | null = null): Document {
  const paragraphs: Document["paragraphs"] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    const [s, e] = trimRange(text, start, end);
    if (e > s) paragraphs.push({ start: s, end: e, kind: "body" });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { ...emptyDocument(), text, paragraphs, publishedAt, publishedAtSource: publishedAt ? "given" : null };
}

function runStages(
  id: string,
  document: Document,
  lap: (name: string) => void,
  only?: readonly string[],
  messages: Message[] = [],
): Analysis {
  const nlp = runNlp(document.text);
  lap("nlp");
  const doc: WorkingDoc = {
    id,
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
    if (only && !only.includes(stage.name)) continue;
    const ctx = { publishedAt: document.publishedAt, reporter: makeReporter(stage.name, messages) };
    const layer = stage.run(doc, ctx);
    (doc as unknown as Record<string, unknown>)[stage.writes] = layer;
    lap(stage.name);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
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
