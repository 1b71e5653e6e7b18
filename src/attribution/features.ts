/**
 * Features of a candidate attribution for the learnt filter (classifier.ts): the cue word and its
 * frame, what kind of speaker was found and where, and what kind of content follows. Lemma- and
 * word-class-level strings only, so the trained weights hold no article text.
 */
import type { Token } from "../nlp/index.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";
import * as C from "./context.js";
import * as F from "./frames.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const nextClass = F.nextClass;
const prevClass = F.prevClass;
const isQuoteToken = C.isQuoteToken;
const tokenAt = C.tokenAt;

/** Bucket upper bounds for token counts (speaker and content length). */
const LENGTH_BUCKETS = [1, 2, 4, 8, 16, 32];
const bucket = (n: number) => LENGTH_BUCKETS.findIndex((b) => n <= b);

/** What kind of word heads the speaker phrase (its last token). */
function sourceKind(tokens: readonly Token[], c: Candidate): string {
  if (!c.source) return "none";
  const head = tokens[c.source.end - 1] as Token;
  if (head.pos === "PRON") return `pron:${head.normal}`;
  return head.pos === "PROPN" ? "name" : head.pos === "NOUN" ? "noun" : "other";
}

/** What the first content fragment opens with: a quotation, "that", "to" + verb, a wh-word, a noun phrase, … */
function contentKind(ctx: AttributionContext, first: number): string {
  const t = ctx.tokens[first];
  if (!t) return "none";
  if (isQuoteToken(t)) return "quote";
  if (t.normal === "that" || t.normal === "to" || t.pos === "PRON") return t.normal === "that" || t.normal === "to" ? t.normal : "pron";
  return t.pos;
}

/** True when a verb stands in the token range [a, b). */
function hasVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((tokens[k] as Token).pos === "VERB" || (tokens[k] as Token).pos === "AUX") return true;
  return false;
}

export function candidateFeatures(ctx: AttributionContext, c: Candidate): string[] {
  const { tokens } = ctx;
  const head = tokens[c.cue.head] as Token;
  const lemma = c.cue.lemma;
  const prev = prevClass(tokens, c.cue.first);
  const next = nextClass(tokens, c.cue.end - 1);
  const [cs, ce] = c.contents[0] as [number, number];
  const first = tokenAt(ctx, cs);
  const last = tokenAt(ctx, ce) - 1;
  const contentTokens = Math.max(1, last - first + 1);
  const src = sourceKind(tokens, c);
  const srcSide = !c.source ? "none" : c.source.first > c.cue.head ? "after" : "before";
  const contentSide = cs > head.start ? "after" : "before";
  const cKind = contentKind(ctx, first);
  const quoted = (ctx.tokenQuote[first] as number) >= 0;
  return [
    "bias",
    `l=${lemma}`,
    `pos=${head.pos}`,
    `core=${c.cue.core}`,
    `pb=${Math.min(9, Math.floor(c.cue.prob * 10))}`,
    `fr=${prev}>${next}`,
    `l|fr=${lemma}|${prev}>${next}`,
    `l|nx=${lemma}|${next}`,
    `l|pv=${lemma}|${prev}`,
    `src=${src}`,
    `l|src=${lemma}|${src}`,
    `side=${srcSide}|${contentSide}`,
    `srclen=${c.source ? bucket(c.source.end - c.source.first) : -1}`,
    `ck=${cKind}`,
    `l|ck=${lemma}|${cKind}`,
    `clen=${bucket(contentTokens)}`,
    `cverb=${hasVerb(tokens, first, last + 1)}`,
    `quoted=${quoted}`,
    `frags=${c.contents.length}`,
    `neg=${c.cue.negated}`,
    `aux=${c.cue.first < c.cue.head}`,
    `ing=${head.normal.endsWith("ing")}`,
  ];
}
