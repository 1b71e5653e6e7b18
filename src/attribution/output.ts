/** Turning a chosen candidate into a contract Attribution: spans, kind, stance and speaker entity. */
import type { Attribution, Entity, Stance } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import * as S from "../text/span.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";
import type { Quote } from "./quotes.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const span = S.span;
const trimRange = S.trimRange;

const QUOTE_MARKS = "\"'“”‘’«»„";
/** Edge punctuation that is not part of paraphrased content ("…, he said." → no comma/stop). */
const EDGE_PUNCT = ",.;:";

/** Content range trimmed of whitespace; edge punctuation too unless the content ends in a quote mark. */
function contentRange(text: string, [s, e]: [number, number]): [number, number] {
  let [a, b] = trimRange(text, s, e);
  while (a < b && EDGE_PUNCT.includes(text[a] as string)) a++;
  // ": “…": the space after a leading colon goes too, so the quote mark below is seen.
  [a, b] = trimRange(text, a, b);
  // A quotation keeps its own punctuation (also when its closing mark is missing).
  if (!QUOTE_MARKS.includes(text[b - 1] as string) && !QUOTE_MARKS.includes(text[a] as string)) [a, b] = trimRange(text, a, b, EDGE_PUNCT);
  return trimRange(text, a, b);
}

/** direct: the content is one quotation; mixed: it contains a quoted fragment; else indirect. */
function kindOf(quotes: readonly Quote[], [s, e]: [number, number]): Attribution["kind"] {
  let inside = false;
  for (const q of quotes) {
    if (q.end <= s) continue;
    if (q.start >= e) break;
    if (q.start <= s && q.end >= e - 1) return "direct";
    if (q.start >= s && q.end <= e) inside = true;
  }
  return inside ? "mixed" : "indirect";
}

/** The entity with a mention overlapping the speaker span most (ties: the first). */
export function entityFor(entities: readonly Entity[], s: number, e: number): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  for (const ent of entities) {
    for (const m of ent.mentions) {
      const ov = Math.min(e, m.end) - Math.max(s, m.start);
      if (ov > bestOverlap) {
        best = ent.id;
        bestOverlap = ov;
      }
    }
  }
  return best;
}

export function toAttribution(
  ctx: AttributionContext,
  c: Candidate,
  range: [number, number],
  src: [number, number] | null,
  stance: Stance,
  entities: readonly Entity[],
  /** Where the speaker's entity is looked up (a relative pronoun's antecedent); the source span by default. */
  speaker: [number, number] | null = src,
): Attribution | null {
  const { text } = ctx;
  const [cs, ce] = contentRange(text, range);
  if (ce <= cs) return null;
  const cueStart = (ctx.tokens[c.cue.first] as Token).start;
  const cueEnd = (ctx.tokens[c.cue.end - 1] as Token).end;
  return {
    id: "",
    kind: kindOf(ctx.quotes, [cs, ce]),
    source: src ? { ...span(text, src[0], src[1]), entityId: speaker ? entityFor(entities, speaker[0], speaker[1]) : null } : null,
    cue: { ...span(text, cueStart, cueEnd), lemma: c.cue.lemma },
    content: span(text, cs, ce),
    stance,
  };
}
