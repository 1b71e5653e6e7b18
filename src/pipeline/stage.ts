/**
 * What a per-document stage is: a function from the layers it reads to the layer it adds.
 * Stages never mutate another stage's layer; the composer (analyze.ts) attaches results.
 */
import type { Analysis, Document, Message } from "../contract/analysis.js";
import type { NlpLayer } from "../nlp/index.js";

/** The document being analysed: the Analysis layers plus internal layers not in the output. */
export interface WorkingDoc {
  id: string;
  document: Document;
  nlp: NlpLayer;
  sentences: Analysis["sentences"];
  entities: Analysis["entities"];
  times: Analysis["times"];
  quantities: Analysis["quantities"];
  attributions: Analysis["attributions"];
  events: Analysis["events"];
}

export type LayerName = "document" | "nlp" | "entities" | "times" | "quantities" | "attributions" | "events";

/** Collects positioned messages ("stage:rule") instead of thrown strings. */
export interface Reporter {
  report(rule: string, message: string, at?: { start: number; end: number }): void;
}

export interface StageContext {
  /** Publication date (YYYY-MM-DD…) used to anchor relative times and resolve roles, or null. */
  publishedAt: string | null;
  reporter: Reporter;
}

export interface Stage<K extends Exclude<LayerName, "document" | "nlp">> {
  name: string;
  reads: LayerName[];
  writes: K;
  run(doc: Readonly<WorkingDoc>, ctx: StageContext): WorkingDoc[K];
}

export function makeReporter(stage: string, sink: Message[]): Reporter {
  return {
    report(rule, message, at) {
      sink.push({ stage, rule: `${stage}:${rule}`, message, start: at?.start ?? null, end: at?.end ?? null });
    },
  };
}
