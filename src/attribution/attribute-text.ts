/**
 * Runs extraction, nlp and the attribution stage alone on a plain text and returns an Analysis
 * (other layers empty, entities as given). For tests and debugging of this stage in isolation.
 */
import { type Analysis, type Entity, SCHEMA_VERSION } from "../contract/analysis.js";
import { extractDocument } from "../extract/index.js";
import { runNlp } from "../nlp/index.js";
import { makeReporter, type WorkingDoc } from "../pipeline/stage.js";
import { attributionStage } from "./index.js";

export function attributeText(text: string, entities: Entity[] = [], id = "t"): Analysis {
  const document = extractDocument({ id, text });
  const nlp = runNlp(document.text);
  const doc: WorkingDoc = {
    id,
    document,
    nlp,
    sentences: nlp.sentences,
    entities,
    times: [],
    quantities: [],
    attributions: [],
    events: [],
  };
  const messages: Analysis["messages"] = [];
  const attributions = attributionStage.run(doc, { publishedAt: null, reporter: makeReporter(attributionStage.name, messages) });
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    document,
    sentences: nlp.sentences,
    entities,
    attributions,
    events: [],
    times: [],
    quantities: [],
    messages,
  };
}
