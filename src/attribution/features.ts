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
  if (head.pos === "PRON") return pronKind(head.normal);
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

/**
 * Receives each feature as its template and value parts ("l|fr", lemma, prev, next). One
 * definition of the features serves the trainer (strings, featureKey) and the stage (weights
 * looked up by parts, classifier.ts), so the stage builds no feature strings per candidate.
 */
export type FeatureVisitor = (template: string, a?: string, b?: string, c?: string) => void;

/** The separator before a template's second value part ("fr=prev>next", "l|fr=lemma|prev>next"). */
const secondSeparator = (template: string) => (template === "fr" ? ">" : "|");

/** A feature's string form, as the trainer and the model file spell it. */
export function featureKey(template: string, a?: string, b?: string, c?: string): string {
  if (a === undefined) return template;
  if (b === undefined) return `${template}=${a}`;
  return c === undefined ? `${template}=${a}${secondSeparator(template)}${b}` : `${template}=${a}|${b}>${c}`;
}

/** A model key's template and value parts (values never hold "=", "|" or ">"; see featureKey). */
export function featureParts(key: string): string[] {
  const eq = key.indexOf("=");
  return eq < 0 ? [key] : [key.slice(0, eq), ...key.slice(eq + 1).split(/[|>]/)];
}

const PRON_KINDS = new Map<string, string>();
/** "pron:he" once per pronoun, not per candidate. */
function pronKind(normal: string): string {
  let k = PRON_KINDS.get(normal);
  if (k === undefined) {
    k = `pron:${normal}`;
    PRON_KINDS.set(normal, k);
  }
  return k;
}

export function visitCandidateFeatures(ctx: AttributionContext, c: Candidate, visit: FeatureVisitor): void {
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
  const cKind = contentKind(ctx, first);
  visit("bias");
  visit("l", lemma);
  visit("pos", head.pos);
  visit("core", String(c.cue.core));
  visit("pb", String(Math.min(9, Math.floor(c.cue.prob * 10))));
  visit("fr", prev, next);
  visit("l|fr", lemma, prev, next);
  visit("l|nx", lemma, next);
  visit("l|pv", lemma, prev);
  visit("src", src);
  visit("l|src", lemma, src);
  visit("side", !c.source ? "none" : c.source.first > c.cue.head ? "after" : "before", cs > head.start ? "after" : "before");
  visit("srclen", String(c.source ? bucket(c.source.end - c.source.first) : -1));
  visit("ck", cKind);
  visit("l|ck", lemma, cKind);
  visit("clen", String(bucket(contentTokens)));
  visit("cverb", String(hasVerb(tokens, first, last + 1)));
  visit("quoted", String((ctx.tokenQuote[first] as number) >= 0));
  visit("frags", String(c.contents.length));
  visit("neg", String(c.cue.negated));
  visit("aux", String(c.cue.first < c.cue.head));
  visit("ing", String(head.normal.endsWith("ing")));
}

/** The features as strings (training, tests). */
export function candidateFeatures(ctx: AttributionContext, c: Candidate): string[] {
  const out: string[] = [];
  visitCandidateFeatures(ctx, c, (t, a, b, d) => out.push(featureKey(t, a, b, d)));
  return out;
}
