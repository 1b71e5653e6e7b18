/** Quantities stage: money, counts, percentages and measures with what they measure. */
import type { Attribution, Quantity, Time } from "../contract/analysis.js";
import type { NlpLayer, Token } from "../nlp/index.js";
import type { Stage } from "../pipeline/stage.js";
import { contains, overlaps, span } from "../text/span.js";
import { mayStartAmount, readAmount } from "./amount.js";
import { hedgeAfter, hedgeBefore, identifierNumbers, isNotAmount, measuredHead } from "./context.js";

/** Years the time stage did not claim: a bare four-digit number in this range is not an amount. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function overlapsAny(s: { start: number; end: number }, times: Time[]): boolean {
  for (const t of times) if (overlaps(s, t)) return true;
  return false;
}

/** The DATE or TIME of the same sentence nearest the figure (a figure is usually dated there). */
function nearestTime(q: { start: number; end: number }, sentence: { start: number; end: number }, times: Time[]): string | null {
  let best: Time | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const t of times) {
    if ((t.type !== "DATE" && t.type !== "TIME") || !contains(sentence, t)) continue;
    // Times after the figure ("$240 billion last year") are closer in meaning than those before.
    const dist = t.start >= q.end ? t.start - q.end : (q.start - t.end) * 1.5;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best?.id ?? null;
}

export function findQuantities(text: string, nlp: NlpLayer, times: Time[], attributions: Attribution[]): Quantity[] {
  const tokens = nlp.tokens;
  const out: Quantity[] = [];
  const identifiers = identifierNumbers(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartAmount(tokens, i)) continue;
    const t = tokens[i] as Token;
    const a = readAmount(tokens, i);
    if (!a) continue;
    const first = tokens[a.first] as Token;
    const last = tokens[a.end - 1] as Token;
    const numTok = tokens[a.numberToken] as Token;
    const whole = { start: first.start, end: last.end };
    if (overlapsAny(whole, times)) continue;
    if (a.kind === "count" && identifiers.has(numTok.text)) continue;
    if (isNotAmount(tokens, a.numberToken, a.kind !== "count", a.end)) continue;
    if (
      a.kind === "count" &&
      a.value !== null &&
      Number.isInteger(a.value) &&
      a.value >= YEAR_MIN &&
      a.value <= YEAR_MAX &&
      /^\d{4}$/.test(numTok.text)
    )
      continue;
    if (a.kind === "count" && a.value === 1 && !/\d/.test(numTok.text)) continue;
    const [sFirst] = nlp.sentenceTokens[t.sentence] ?? [0, tokens.length];
    const hedge = hedgeBefore(tokens, a.first, sFirst);
    const approx = hedge?.approx ?? hedgeAfter(tokens, a.end) ?? (a.vague ? "about" : "exact");
    const headIdx = measuredHead(tokens, a.first, a.end, a.kind, hedge?.first ?? sFirst);
    const head = headIdx !== null ? (tokens[headIdx] as Token) : null;
    const measures = head && !overlapsAny(head, times) ? span(text, head.start, head.end) : null;
    const sentence = nlp.sentences[t.sentence] ?? { start: 0, end: text.length };
    const attribution = attributions.find((x) => contains(x.content, whole));
    out.push({
      id: `q${out.length + 1}`,
      ...span(text, whole.start, whole.end),
      value: a.value,
      valueMax: a.valueMax,
      unit: a.unit,
      kind: a.kind,
      approx,
      measures,
      timeId: nearestTime(whole, sentence, times),
      attributionId: attribution?.id ?? null,
    });
    i = a.end - 1;
  }
  return out;
}

export const quantitiesStage: Stage<"quantities"> = {
  name: "quantities",
  reads: ["document", "nlp", "times", "attributions"],
  writes: "quantities",
  run: (doc) => findQuantities(doc.document.text, doc.nlp, doc.times, doc.attributions),
};
