/** Time stage: TIMEX3 expressions normalised against the publication date. */
import type { Time } from "../contract/analysis.js";
import type { NlpLayer } from "../nlp/index.js";
import type { Stage } from "../pipeline/stage.js";
import { span } from "../text/span.js";
import { type Point, parseAnchor } from "./calendar.js";
import { matchTimes } from "./grammar.js";
import { resolveSem } from "./resolve.js";
import { tenseAround } from "./tense.js";
import { tokenIndex, wordStream } from "./words.js";

/**
 * Finds and normalises the time expressions of `text` (tokenised as `nlp`). `publishedAt`
 * anchors relative expressions; without it they keep value null.
 */
export function findTimes(text: string, nlp: NlpLayer, publishedAt: string | null): Time[] {
  const stream = wordStream(text, nlp);
  const ws = stream.words;
  const anchor = parseAnchor(publishedAt);
  const times: Time[] = [];
  let last: Point | null = null;
  for (const m of matchTimes(ws)) {
    const first = ws[m.first];
    const lastWord = ws[m.end - 1];
    if (!first || !lastWord) continue;
    const tense = tenseAround(nlp, tokenIndex(stream, m.first), tokenIndex(stream, m.end - 1) + 1);
    const r = resolveSem(m.sem, anchor, tense, last);
    if (r.point) last = r.point;
    times.push({ id: `t${times.length + 1}`, ...span(text, first.start, lastWord.end), type: m.type, value: r.value, mod: m.mod });
  }
  return times;
}

export const timesStage: Stage<"times"> = {
  name: "time",
  reads: ["document", "nlp"],
  writes: "times",
  run: (doc, ctx) => findTimes(doc.document.text, doc.nlp, ctx.publishedAt),
};
