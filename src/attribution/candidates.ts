/**
 * From a cue to a candidate attribution: where the speaker is (before the cue, after it in
 * inverted order, after "according to", or the sentence subject for "…, saying"), and where the
 * content is (before the cue for post-posed "“…,” said X", after it for "X said (that) …", or the
 * quote opening the next paragraph for "X continued:").
 */
import type { Token } from "../nlp/index.js";
import type { AttributionContext } from "./context.js";
import * as C from "./context.js";
import { ATTRIBUTION_DASHES, type Cue } from "./cues.js";
import * as H from "./heuristics.js";
import { nounPhraseAfter, nounPhraseBefore, phraseUntilBreak, type TokenRange } from "./noun-phrase.js";
import type { Quote } from "./quotes.js";
import { clauseSubject, governingSubject, passiveAgent } from "./subject.js";

/** Module-level copies of imported bindings (a per-call read of an import costs a getter call once compiled; see cues.ts). */
const isQuoteToken = C.isQuoteToken;
const paragraphAt = C.paragraphAt;
const quoteClosingAt = C.quoteClosingAt;
const quoteOpeningAt = C.quoteOpeningAt;
const CORE_CUE_HEAD = C.CORE_CUE_HEAD;
const ADDRESSEE_VERBS = H.ADDRESSEE_VERBS;
const CONTENT_BREAKS = H.CONTENT_BREAKS;
const CUE_AUXILIARIES = H.CUE_AUXILIARIES;
const CUE_MIN_PROB = H.CUE_MIN_PROB;
const CUE_PARTICLES = H.CUE_PARTICLES;
const MAX_CUE_TO_THAT = H.MAX_CUE_TO_THAT;
const MAX_SOURCE_TOKENS = H.MAX_SOURCE_TOKENS;
const PERSONAL_PRONOUNS = H.PERSONAL_PRONOUNS;
const SUBJECT_PRONOUNS = H.SUBJECT_PRONOUNS;
const TIME_NOUNS = H.TIME_NOUNS;
const TIME_WORDS = H.TIME_WORDS;

export interface Candidate {
  cue: Cue;
  source: TokenRange | null;
  /** For a relative-pronoun source ("who"), the phrase it stands for: the speaker's entity is its. */
  antecedent?: TokenRange | null;
  /** Content character ranges (several for a quote split by its attribution). */
  contents: Array<[number, number]>;
  /** The learnt filter's probability that this is an annotated attribution (when the model is present). */
  score?: number;
}

/** Punctuation that separates a post-posed attribution from its content. */
const SEPARATORS = new Set([",", "—", "–", "-", "\u2014"]);
const CAPITALISED = /^\p{Lu}/u;
const FUNCTION_TAGS = new Set(["ADP", "PART", "ADV", "SCONJ", "CCONJ"]);
/** Verb particles, also when the tokenizer reads "in." as an abbreviation. */
const PARTICLE_WORDS = new Set(["in", "out", "up", "on", "off", "back", "down", "over", "away", "about"]);
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "NUM"]);
/** Relative pronouns that may open a modifier clause inside a subject ("A study that appeared in …"). */
const RELATIVE_THAT = new Set(["that", "who", "which"]);
/** Relative pronouns that stand for a speaker named before them. */
const RELATIVE_PRONOUNS = new Set(["who", "which"]);
const MONTHS = new Set(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);
/** Words that open an indirect question as content ("told reporters how …"). */
const WH_WORDS = new Set(["how", "what", "whether", "why", "when", "where", "who", "if"]);
/** Participles used as prepositions (", including …"): they stay inside the content. */
const PREPOSITIONAL_PARTICIPLES = new Set([
  "including",
  "according",
  "excluding",
  "regarding",
  "concerning",
  "beginning",
  "starting",
  "following",
]);
/** Verbs whose object noun carries the saying ("made the point that", "expressed concern that"). */
const LIGHT_VERBS = new Set(["make", "express", "voice", "raise", "reach", "issue"]);
/** An object noun phrase before "that" joins the cue when it is at most this long ("made the same point"). */
const LIGHT_OBJECT_MAX_TOKENS = 4;
/** Words that open a noun-phrase object (a content with no clause of its own). */
const NOMINAL_OPENERS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM"]);
/**
 * Prepositions that open a time adjunct after a noun-phrase object: the object ends before them
 * (annotators leave the adjunct out; content exact F1 on PolNeAR dev 0.514 → 0.518, first 150
 * train articles 0.490 → 0.492; adding "at" or "last" was mixed).
 */
const NP_ADJUNCT_PREPOSITIONS = new Set(["during", "after", "before", "since", "amid", "throughout"]);
/** A spaced dash ends paraphrased content: what follows is the writer's aside. */
const DASHES = new Set(["—", "–", "--", "―"]);
/**
 * "X said she would resign and leave politics": without a comma, a coordinated predicate stays in
 * the content (PolNeAR train: the content continues through " and" in about 2 of 3 cases).
 */
const COORDINATION_STAYS = true;
/** Tags that open a sentence subject (not an adverbial: "At the forum, …"). */
const SUBJECT_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);
/** Tags that open a noun phrase object. */
const OBJECT_START = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ"]);
const isSeparator = (t: Token) => SEPARATORS.has(t.text) || isQuoteToken(t);
const isClauseStart = (t: Token) => t.pos === "CCONJ" || t.normal === "but" || t.normal === "and" || t.normal === "so";

function sentenceOf(ctx: AttributionContext, tokenIndex: number): readonly [number, number] {
  return ctx.sentenceTokens[ctx.sentenceOf[tokenIndex] as number] as readonly [number, number];
}

/** End offset of a sentence's text without its final stop (quote marks kept). */
function sentenceEnd(ctx: AttributionContext, sB: number): number {
  let k = sB - 1;
  while (k >= 0 && (ctx.tokens[k] as Token).pos === "PUNCT" && !isQuoteToken(ctx.tokens[k] as Token)) k--;
  return (ctx.tokens[k] as Token).end;
}

/** A verb (after adverbs/auxiliaries) with no subject of its own: "… and [also] says …". */
function startsPredicate(tokens: readonly Token[], k: number, sB: number): boolean {
  let i = k;
  while (i < sB && (tokens[i] as Token).pos === "ADV") i++;
  const t = tokens[i];
  return t !== undefined && i < sB && t.pos === "VERB" && !/ing$/.test(t.normal);
}

/**
 * "… that X was wrong and says he will …": a cue right after the conjunction (adverbs and
 * auxiliaries skipped) with no subject of its own is the same speaker's next attribution.
 */
function cueFollows(ctx: AttributionContext, k: number, sB: number): boolean {
  let i = k;
  while (i < sB && ((ctx.tokens[i] as Token).pos === "ADV" || CUE_AUXILIARIES.has((ctx.tokens[i] as Token).normal))) i++;
  return i < sB && ctx.isCueHead[i] === CORE_CUE_HEAD && (ctx.tokens[i] as Token).pos === "VERB";
}

/** "…, and Democrats accused …" / "… because they felt …": a new clause whose verb is a cue. */
function startsAttribution(ctx: AttributionContext, k: number, sB: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (!(t.pos === "CCONJ" || t.pos === "SCONJ") || t.normal === "that") return false;
  const np = nounPhraseAfter(ctx.tokens, k + 1, sB);
  if (!np) return false;
  let i = np.end;
  while (i < sB && CUE_AUXILIARIES.has((ctx.tokens[i] as Token).normal)) i++;
  return i < sB && ctx.isCueHead[i] !== 0;
}

/** After "made the point" / "made it clear": the index of the "that" that follows, else `j`. */
function pastLightObject(tokens: readonly Token[], j: number, sB: number): number {
  const t = tokens[j];
  if (t?.normal === "it" && tokens[j + 1]?.pos === "ADJ" && tokens[j + 2]?.normal === "that") return j + 2;
  const np = nounPhraseAfter(tokens, j, sB);
  if (!np || np.end - np.first > LIGHT_OBJECT_MAX_TOKENS) return j;
  const head = tokens[np.end - 1] as Token;
  return head.pos === "NOUN" && tokens[np.end]?.normal === "that" && np.end + 1 < sB ? np.end : j;
}

/** Content that follows the cue (or its addressee) up to the end of the sentence. */
export function contentAfter(ctx: AttributionContext, cue: Cue, from: number, sB: number): [number, number] | null {
  const { tokens } = ctx;
  let j = from;
  let addressed = false;
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    const t = tokens[j];
    const addressee =
      nounPhraseAfter(tokens, j, sB) ?? (t?.pos === "PRON" && !SUBJECT_PRONOUNS.has(t.normal) ? { first: j, end: j + 1 } : null);
    // "urged supporters to vote": an addressee right before an infinitive is its subject and stays in the content.
    const infinitive = addressee && tokens[addressee.end]?.normal === "to" && tokens[addressee.end + 1]?.pos === "VERB";
    if (addressee && addressee.end < sB && !infinitive) {
      j = addressee.end;
      addressed = true;
    }
  }
  // "expressed concern that …", "made it clear that …": the object before the complement clause
  // completes the cue (annotators put it in the cue span); the content is the clause.
  if (!addressed && LIGHT_VERBS.has(cue.lemma)) j = pastLightObject(tokens, j, sB);
  // "said on Monday that …", "told reporters at a rally to …": skip an adjunct up to "that" (or,
  // after an addressee, "to"/wh-word) when no verb intervenes. An object ("offered no proof that
  // …") is not skipped: it belongs to the content.
  const opener = tokens[j];
  const adjunctFirst =
    opener !== undefined && (opener.pos === "ADP" || opener.pos === "ADV" || TIME_WORDS.has(opener.normal) || opener.text === ",");
  for (let k = j; (addressed || adjunctFirst) && k < Math.min(sB, j + MAX_CUE_TO_THAT); k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || isQuoteToken(t) || SUBJECT_PRONOUNS.has(t.normal)) break;
    const opensContent =
      t.normal === "that" || (addressed && k > j && (WH_WORDS.has(t.normal) || (t.normal === "to" && tokens[k + 1]?.pos === "VERB")));
    if (opensContent && k + 1 < sB) {
      j = k;
      break;
    }
  }
  while (j < sB && ((tokens[j] as Token).text === ":" || (tokens[j] as Token).text === ",")) j++;
  if (j >= sB) return null;
  // "Readers wrote in.": a lone particle is no content.
  if (j === sB - 1 || (j === sB - 2 && (tokens[sB - 1] as Token).pos === "PUNCT")) {
    const w = tokens[j] as Token;
    if (FUNCTION_TAGS.has(w.pos) || PARTICLE_WORDS.has(w.normal.replace(/\.$/, ""))) return null;
  }
  const first = tokens[j] as Token;
  let end = sentenceEnd(ctx, sB);
  const q = quoteOpeningAt(ctx, first.start);
  if (q >= 0) {
    const quote = ctx.quotes[q] as Quote;
    end = Math.max(end, quote.end);
    if (quote.end >= (tokens[sB - 1] as Token).start) end = quote.end;
  } else {
    // A quote that opens inside the content and runs past the sentence carries the content with it.
    const lastQ = ctx.tokenQuote[sB - 1] as number;
    if (lastQ >= 0 && (ctx.quotes[lastQ] as Quote).start >= first.start) end = Math.max(end, (ctx.quotes[lastQ] as Quote).end);
  }
  // Stop before a trailing ", according to …" and before a coordinated predicate ("… and says …").
  // A noun-phrase object ends before a time adjunct ("shared the news after the vote").
  let nominal = NOMINAL_OPENERS.has(first.pos) && (ctx.tokenQuote[j] as number) < 0;
  for (let k = j + 1; k < sB - 1; k++) {
    const t = tokens[k] as Token;
    if (ctx.tokenQuote[k] !== ctx.tokenQuote[j] && (ctx.tokenQuote[k] as number) >= 0) continue;
    if (t.pos === "VERB" || t.pos === "AUX" || t.normal === "that") nominal = false;
    if (nominal && NP_ADJUNCT_PREPOSITIONS.has(t.normal)) {
      end = (tokens[k - 1] as Token).end;
      break;
    }
    if (t.normal === "according" && (tokens[k - 1] as Token).text === ",") {
      end = (tokens[k - 2] as Token).end;
      break;
    }
    const comma = (tokens[k - 1] as Token).text === ",";
    // "… a “strong leader,” comparing …": a comma inside the closing quote ends the clause too (the quote stays).
    const quotedComma = isQuoteToken(tokens[k - 1] as Token) && (tokens[k - 2] as Token).text === ",";
    // After a comma: a relative or contrast clause, or a participle ("…, saying …") is the writer's.
    const afterComma =
      (comma || quotedComma) &&
      (CONTENT_BREAKS.has(t.normal) || (t.pos === "VERB" && t.normal.endsWith("ing") && !PREPOSITIONAL_PARTICIPLES.has(t.normal)));
    const coordinated =
      t.pos === "CCONJ" && (((comma || !COORDINATION_STAYS) && startsPredicate(tokens, k + 1, sB)) || cueFollows(ctx, k + 1, sB));
    if (t.text === ";" || DASHES.has(t.text) || afterComma || coordinated || startsAttribution(ctx, k, sB)) {
      end = (tokens[afterComma && comma ? k - 2 : k - 1] as Token).end;
      break;
    }
  }
  return end > first.start ? [first.start, end] : null;
}

/**
 * Content that precedes token `boundary` (the source or cue of a post-posed attribution): back
 * over the separating punctuation, then to the start of the quote that closes there or of the
 * sentence.
 */
export function contentBefore(ctx: AttributionContext, boundary: number, sA: number): [number, number] | null {
  const { tokens } = ctx;
  let k = boundary - 1;
  let end = -1;
  while (k >= sA && isSeparator(tokens[k] as Token)) {
    const t = tokens[k] as Token;
    if (end < 0 && isQuoteToken(t) && quoteClosingAt(ctx, t.end) >= 0) end = t.end;
    k--;
  }
  if (k < sA) return null;
  if (end < 0) end = (tokens[k] as Token).end;
  const q = quoteClosingAt(ctx, end);
  let start = (tokens[sA] as Token).start;
  if (q >= 0) start = (ctx.quotes[q] as Quote).start;
  else {
    let s = sA;
    while (s < k && isClauseStart(tokens[s] as Token)) s++;
    start = (tokens[s] as Token).start;
  }
  return end > start ? [start, end] : null;
}

/**
 * A preposition or particle right after the verb belongs to the cue ("called for", "talked
 * about", "pleaded guilty to"), unless a "that" clause follows or "to" starts an infinitive.
 */
function withParticle(ctx: AttributionContext, cue: Cue, sB: number): Cue {
  const { tokens } = ctx;
  let end = cue.end;
  if (tokens[end]?.pos === "ADJ" && CUE_PARTICLES.has(tokens[end + 1]?.normal ?? "")) end++;
  const p = tokens[end];
  const next = tokens[end + 1];
  if (!p || !next || end + 1 >= sB || !CUE_PARTICLES.has(p.normal) || next.pos === "VERB" || next.pos === "AUX") return cue;
  // "complained to reporters that …": a "that" before any verb opens the content; the particle stays out.
  for (let k = end + 1; k < Math.min(sB, end + MAX_CUE_TO_THAT); k++) {
    const t = tokens[k] as Token;
    if (t.normal === "that") return cue;
    if (t.pos === "VERB" || t.pos === "AUX") break;
  }
  return { ...cue, end: end + 1 };
}

/** Words before a nominal cue that mark its owner as the source ("Trump's claim", "her plan"). */
const POSSESSORS = new Set(["'s", "’s", "his", "her", "its", "their", "our", "my"]);

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).pos === "VERB") return true;
  return false;
}

/**
 * True when a verb follows (outside quotations and brackets) before the sentence or the clause ends at a
 * comma: "Clinton says the plan works" goes on; "said Dr. Roe, who runs the clinic" does not.
 */
function predicateFollows(ctx: AttributionContext, from: number, sB: number): boolean {
  let bracketed = 0;
  for (let k = from; k < sB; k++) {
    const t = ctx.tokens[k] as Token;
    // "said Mr. Roe (a view others share)": an aside in brackets is no predicate of the speaker.
    if (t.text === "(") bracketed++;
    else if (t.text === ")" && bracketed > 0) bracketed--;
    if ((ctx.tokenQuote[k] as number) >= 0 || bracketed > 0) continue;
    if (t.text === "," || t.normal === "who" || t.normal === "which") return false;
    // A capitalised "verb" inside a sentence is a name part ("for Morning Consult").
    if ((t.pos === "VERB" || t.pos === "AUX") && !CAPITALISED.test(t.text)) return true;
  }
  return false;
}

/** Subordinators and prepositions that open an adjunct after a post-posed cue ("…,” she said after the vote). */
const ADJUNCT_OPENERS = new Set(["after", "before", "when", "as", "while", "during", "at", "in", "on", "since", "until", "upon"]);

/**
 * True when the cue is followed by a time or place adjunct and no "that" clause: "…,” Roe said
 * after the meeting broke up" ends the attribution even though a verb follows.
 */
function adjunctFollows(ctx: AttributionContext, from: number, sB: number): boolean {
  let k = from;
  while (k < sB && (ctx.tokens[k] as Token).pos === "ADV") k++;
  const t = ctx.tokens[k];
  if (!t || k >= sB || !(ADJUNCT_OPENERS.has(t.normal) || TIME_WORDS.has(t.normal))) return false;
  for (let j = k + 1; j < sB; j++) if ((ctx.tokens[j] as Token).normal === "that" && (ctx.tokenQuote[j] as number) < 0) return false;
  return true;
}

/**
 * True when the tokens [from, to) can be reported content: a clause (a verb) or a quotation.
 * "At the forum, Clinton called …" opens with an adjunct, not with content.
 */
function clauseLike(ctx: AttributionContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || (ctx.tokenQuote[k] as number) >= 0) return true;
  }
  return false;
}

/**
 * True when a direct object follows the cue ("called her vote a mistake"), so the cue opens its
 * content rather than closing a post-posed one ("…, he told reporters on Monday").
 */
function objectFollows(ctx: AttributionContext, cue: Cue, sB: number): boolean {
  const { tokens } = ctx;
  let k = cue.end;
  while (k < sB && (tokens[k] as Token).pos === "ADV") k++;
  // "…, he told me" / "…, she told some of the miners": the addressee is not the content; only
  // a "that" clause or a quotation after it is.
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    for (let j = k; j < sB && (tokens[j] as Token).text !== ","; j++) {
      if ((tokens[j] as Token).normal === "that" || isQuoteToken(tokens[j] as Token)) return true;
    }
    return false;
  }
  const t = tokens[k];
  if (!t || k >= sB || TIME_WORDS.has(t.normal)) return false;
  // "…, she said several months later": a time phrase, not an object.
  const np = nounPhraseAfter(tokens, k, sB);
  if (np && TIME_NOUNS.has((tokens[np.end - 1] as Token).lemma)) return false;
  return OBJECT_START.has(t.pos) || (t.pos === "PRON" && !SUBJECT_PRONOUNS.has(t.normal));
}

/** A quote right after the cue's source, opened after a comma: "“A,” he said, “B.”" */
function followingQuote(ctx: AttributionContext, after: number, sB: number): [number, number] | null {
  const t = ctx.tokens[after];
  let k = after + 1;
  // "“A,” he said, but “B.”": a conjunction may stand between the comma and the quote.
  if (ctx.tokens[k]?.pos === "CCONJ") k++;
  const u = ctx.tokens[k];
  if (!t || !u || k >= sB || t.text !== ",") return null;
  const q = quoteOpeningAt(ctx, u.start);
  return q >= 0 ? [(ctx.quotes[q] as Quote).start, (ctx.quotes[q] as Quote).end] : null;
}

/** "X continued:" at the end of a paragraph, followed by a paragraph that is a quote. */
function nextParagraphQuote(ctx: AttributionContext, sB: number): [number, number] | null {
  const last = ctx.tokens[sB - 1] as Token;
  const p = paragraphAt(ctx, last.start);
  const next = ctx.paragraphs[p + 1];
  const para = ctx.paragraphs[p];
  if (!next || !para || last.end < para.end - 1) return null;
  const q = quoteOpeningAt(ctx, next.start);
  return q >= 0 ? [(ctx.quotes[q] as Quote).start, (ctx.quotes[q] as Quote).end] : null;
}

const hasName = (tokens: readonly Token[], r: TokenRange) => tokens.slice(r.first, r.end).some((t) => t.pos === "PROPN");

/** Time phrases that stand between a speaker and the cue ("Roe on Tuesday said"). */
function isTimePhrase(tokens: readonly Token[], r: TokenRange): boolean {
  const head = tokens[r.end - 1] as Token;
  return TIME_WORDS.has(head.normal) || TIME_NOUNS.has(head.lemma) || MONTHS.has(head.normal);
}

/**
 * The speaker phrase before the cue, past a time adjunct ("Roe on Tuesday said"), or a relative
 * pronoun right before it ("Roe, who said …").
 */
function speakerBefore(tokens: readonly Token[], end: number, sA: number): TokenRange | null {
  let src = nounPhraseBefore(tokens, end, sA);
  if (!src && end - 1 >= sA && RELATIVE_PRONOUNS.has((tokens[end - 1] as Token).normal)) src = { first: end - 1, end };
  if (src && isTimePhrase(tokens, src)) {
    let k = src.first;
    if (k > sA && (tokens[k - 1] as Token).pos === "ADP") k--;
    src = k > sA ? nounPhraseBefore(tokens, k, sA) : null;
  }
  return src;
}

/**
 * "Roe, who said …": the relative pronoun is the speaker mention nearest the cue (annotators mark
 * it, as they mark "he"); the phrase before its comma is who it stands for (the speaker's entity).
 * PolNeAR dev: 13 relative-pronoun sources were given their antecedent's span instead.
 */
function relativeAntecedent(ctx: AttributionContext, source: TokenRange | null): TokenRange | null {
  if (!source || source.end - source.first !== 1 || !RELATIVE_PRONOUNS.has((ctx.tokens[source.first] as Token).normal)) return null;
  const comma = source.first - 1;
  const [sA] = sentenceOf(ctx, source.first);
  return comma > sA && (ctx.tokens[comma] as Token).text === "," ? nounPhraseBefore(ctx.tokens, comma, sA) : null;
}

/**
 * The whole stretch from the sentence start to the cue as the speaker, when it is one noun phrase
 * with at most a participle modifier ("The latest poll released Friday shows …"): no comma, quote
 * or finite verb, a nominal first word and a nominal last word.
 */
function subjectSpan(ctx: AttributionContext, sA: number, end: number): TokenRange | null {
  const { tokens } = ctx;
  let first = sA;
  while (first < end && ((tokens[first] as Token).pos === "CCONJ" || (tokens[first] as Token).pos === "ADV")) first++;
  if (end <= first || end - first > MAX_SOURCE_TOKENS || !SUBJECT_START.has((tokens[first] as Token).pos)) return null;
  const last = tokens[end - 1] as Token;
  if (!(last.pos === "NOUN" || last.pos === "PROPN" || TIME_WORDS.has(last.normal))) return null;
  for (let k = first; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "PUNCT" || (ctx.tokenQuote[k] as number) >= 0 || t.pos === "AUX") return null;
    const prev = tokens[k - 1] as Token;
    const participle =
      t.pos === "VERB" && k > first && ((/(?:ed|en|ing)$/.test(t.normal) && NOMINAL_TAGS.has(prev.pos)) || RELATIVE_THAT.has(prev.normal));
    if (t.pos === "VERB" && !participle) return null;
  }
  return { first, end };
}

/** Most commas an apposition chain between a quote and its cue may hold ("X, the minister of Y, one of …, said"). */
const APPOSITION_MAX_COMMAS = 4;

/**
 * "“…,” Ann Roe, the attorney general of Utah, one of the states suing, said": a name right
 * after the closing quote, then appositions up to the comma before the cue, is the speaker (the
 * nearest-comma rule would take the last apposition's noun).
 */
function speakerAfterQuote(ctx: AttributionContext, sA: number, cueFirst: number): TokenRange | null {
  const { tokens } = ctx;
  let commas = 0;
  for (let k = cueFirst - 2; k > sA && commas <= APPOSITION_MAX_COMMAS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") commas++;
    if (!isQuoteToken(t) || quoteClosingAt(ctx, t.end) < 0) continue;
    const np = nounPhraseAfter(tokens, k + 1, cueFirst);
    return np && hasName(tokens, np) && (tokens[np.end] as Token).text === "," && np.end < cueFirst - 1 ? np : null;
  }
  return null;
}

/** A weak cue needs a speaker-like source: a name or a personal pronoun heading the phrase. */
function speakerLike(tokens: readonly Token[], source: TokenRange | null): boolean {
  const head = source ? tokens[source.end - 1] : undefined;
  return head !== undefined && (head.pos === "PROPN" || (head.pos === "PRON" && PERSONAL_PRONOUNS.has(head.normal)));
}

function build(cue: Cue, source: TokenRange | null, ...contents: Array<[number, number] | null>): Candidate | null {
  const kept = contents.filter((c): c is [number, number] => c !== null);
  return kept.length > 0 ? { cue, source, contents: kept } : null;
}

export function candidateFor(ctx: AttributionContext, cue: Cue): Candidate | null {
  const c = proposeFor(ctx, cue);
  if (!c) return null;
  const antecedent = relativeAntecedent(ctx, c.source);
  if (!c.cue.core && c.cue.prob < CUE_MIN_PROB && !speakerLike(ctx.tokens, antecedent ?? c.source)) return null;
  return antecedent ? { ...c, antecedent } : c;
}

function proposeFor(ctx: AttributionContext, cue: Cue): Candidate | null {
  const { tokens } = ctx;
  const [sA, sB] = sentenceOf(ctx, cue.head);
  const before = tokens[cue.first - 1];
  const atStart = cue.first === sA || (cue.first === sA + 1 && isClauseStart(tokens[sA] as Token));

  if (ATTRIBUTION_DASHES.has(cue.lemma)) {
    // "“…” ― Ana Ruiz": the quote closing before the dash, the name after it.
    const [, dB] = sentenceOf(ctx, cue.end);
    const src = cue.end < tokens.length ? nounPhraseAfter(tokens, cue.end, dB) : null;
    const q = quoteClosingAt(ctx, (tokens[cue.first - 1] as Token).end);
    if (!src || q < 0 || !hasName(tokens, src)) return null;
    return build(cue, src, [(ctx.quotes[q] as Quote).start, (ctx.quotes[q] as Quote).end]);
  }
  if (cue.lemma === ":") {
    // A speaker label's content runs to the end of its paragraph (a transcript turn).
    const src = nounPhraseBefore(tokens, cue.first, sA);
    const para = ctx.paragraphs[paragraphAt(ctx, (tokens[cue.head] as Token).start)];
    const from = tokens[cue.end];
    const opensAt = isQuoteToken(tokens[sA] as Token) ? sA + 1 : sA;
    if (!src || src.first !== opensAt || !para || !from || from.start >= para.end) return null;
    return build(cue, src, [from.start, para.end]);
  }
  if ((tokens[cue.head] as Token).pos === "NOUN" && POSSESSORS.has((tokens[cue.head - 1] as Token | undefined)?.normal ?? "")) {
    const owner = tokens[cue.head - 1] as Token;
    const src = owner.pos === "PRON" ? { first: cue.head - 1, end: cue.head } : nounPhraseBefore(tokens, cue.head - 1, sA);
    const withMark = src && owner.pos !== "PRON" ? { first: src.first, end: cue.head } : src;
    return build({ ...cue, first: cue.head }, withMark, contentAfter(ctx, cue, cue.end, sB));
  }
  if (cue.lemma === "according to") {
    const src = phraseUntilBreak(tokens, cue.end, sB);
    if (atStart) {
      const from = src ? src.end : cue.end;
      return build(cue, src, contentAfterComma(ctx, from, sB));
    }
    return build(cue, src, contentBefore(ctx, cue.first, sA));
  }

  // Inverted at the start: "Said Ellis: “…”".
  if (cue.first === sA && (tokens[cue.head] as Token).pos === "VERB") {
    const src = nounPhraseAfter(tokens, cue.end, sB);
    const mark = src ? tokens[src.end] : undefined;
    if (src && mark && (mark.text === ":" || mark.text === ",")) return build(cue, src, contentAfter(ctx, cue, src.end + 1, sB));
  }
  // Inverted: "“…,” said X" / "…, said the official."
  const ing = /ing$/.test((tokens[cue.head] as Token).normal);
  const afterQuote = before?.text === "," && !ing ? speakerAfterQuote(ctx, sA, cue.first) : null;
  if (before && cue.first > sA && isSeparator(before) && !ing && !afterQuote) {
    const src = nounPhraseAfter(tokens, cue.end, sB);
    if (src && !predicateFollows(ctx, src.end, sB) && clauseLike(ctx, sA, cue.first - 1)) {
      return build(cue, src, contentBefore(ctx, cue.first, sA), followingQuote(ctx, src.end, sB));
    }
  }

  // Passive: "The move was first reported by MSNBC": the agent speaks, the subject is the content.
  const agent = passiveAgent(ctx, cue.first, cue.head, cue.end, sB);
  if (agent) {
    const subject = cue.first > sA ? nounPhraseBefore(tokens, cue.first, sA) : null;
    const content: [number, number] | null = subject
      ? [(tokens[subject.first] as Token).start, (tokens[subject.end - 1] as Token).end]
      : null;
    return build(cue, agent, content);
  }

  let src = cue.first > sA ? speakerBefore(tokens, cue.first, sA) : null;
  // "Political observers in Ohio say", "A union representing pilots said": the nearest noun
  // phrase ends a modifier; the speaker is the subject it modifies.
  const lead = src ? tokens[src.first - 1] : undefined;
  if (src && lead && (lead.pos === "ADP" || lead.pos === "VERB") && src.first > sA) src = subjectSpan(ctx, sA, cue.first) ?? src;
  // "X, who …, said": the speaker is the phrase before the first comma of the parenthetical.
  src ??= afterQuote;
  if (!src && before?.text === "," && !ing) {
    for (let k = cue.first - 2; k > sA; k--) {
      if ((tokens[k] as Token).text === ",") {
        // "X, a lawyer, said" / "A lawyer, X, said": the verbless phrase next to the cue;
        // "X, who heads the group, said": the phrase before the clause.
        const outer = nounPhraseBefore(tokens, k, sA);
        const inner = nounPhraseBefore(tokens, cue.first - 1, k + 1);
        // "Dr. Ann Roe, a surgeon, said": the name rather than its apposition.
        src =
          hasVerb(tokens, k + 1, cue.first - 1) || (outer && hasName(tokens, outer) && !(inner && hasName(tokens, inner))) ? outer : inner;
        break;
      }
    }
  }
  // "…, saying …", "X did … and said …", "X declined to say …", "… by calling …": the speaker
  // is the subject of the governing verb.
  const verbBefore = hasVerb(tokens, sA, cue.first);
  const participle = before !== undefined && isSeparator(before) && !isQuoteToken(before) && ing && verbBefore;
  const governed = before?.normal === "to" || (ing && before?.pos === "ADP");
  if (!src && (participle || governed || (before?.pos === "CCONJ" && verbBefore))) {
    src = governingSubject(ctx, cue.first, sA);
    const withPrep = withParticle(ctx, cue, sB);
    return src ? build(withPrep, src, contentAfter(ctx, withPrep, withPrep.end, sB)) : null;
  }
  // "X, citing …, said": a parenthetical participle; its content ends at the closing comma.
  if (!src && before?.text === "," && ing) {
    src = nounPhraseBefore(tokens, cue.first - 1, sA);
    let close = cue.end;
    while (close < sB && (tokens[close] as Token).text !== ",") close++;
    return src ? build(cue, src, contentAfter(ctx, cue, cue.end, close)) : null;
  }
  // "The poll released Friday shows …": a subject with a participle modifier.
  src ??= subjectSpan(ctx, sA, cue.first);
  if (!src && cue.core && cue.first > sA) src = clauseSubject(ctx, cue.first, sA);
  if (!src) {
    // A verb of saying whose speaker the phrase rules cannot find still reports its content
    // ("Asked about the plan, …"); the learnt filter weighs it (its source kind is "none").
    const unsourced = cue.core ? contentAfter(ctx, withParticle(ctx, cue, sB), withParticle(ctx, cue, sB).end, sB) : null;
    return unsourced ? build(withParticle(ctx, cue, sB), null, unsourced) : null;
  }

  const beforeSrc = tokens[src.first - 1];
  const endsClause =
    tokens[cue.end]?.text !== ":" &&
    (adjunctFollows(ctx, cue.end, sB) || (!predicateFollows(ctx, cue.end, sB) && !objectFollows(ctx, cue, sB)));
  if (beforeSrc && src.first > sA && isSeparator(beforeSrc) && endsClause && clauseLike(ctx, sA, src.first - 1)) {
    // Post-posed: "“…,” he said" / "…, officials said."
    return build(cue, src, contentBefore(ctx, src.first, sA), followingQuote(ctx, cue.end, sB));
  }
  // Interrupted: "The museum, Mr. Roe said, will open in May": the subject before the
  // parenthetical attribution and the predicate after it are one content.
  const subjectFirst = tokens[sA] as Token;
  if (beforeSrc?.text === "," && tokens[cue.end]?.text === "," && src.first - 1 > sA && SUBJECT_START.has(subjectFirst.pos)) {
    if (!clauseLike(ctx, sA, src.first - 1)) {
      const head: [number, number] = [subjectFirst.start, (tokens[src.first - 2] as Token).end];
      return build(cue, src, head, contentAfter(ctx, cue, cue.end + 1, sB));
    }
  }
  const full = withParticle(ctx, cue, sB);
  const after = contentAfter(ctx, full, full.end, sB) ?? nextParagraphQuote(ctx, sB);
  return build(full, src, after);
}

/** "According to X, …": the content after the comma that ends the source. */
function contentAfterComma(ctx: AttributionContext, from: number, sB: number): [number, number] | null {
  let j = from;
  while (j < sB && (ctx.tokens[j] as Token).text === ",") j++;
  if (j >= sB) return null;
  const start = (ctx.tokens[j] as Token).start;
  const end = sentenceEnd(ctx, sB);
  return end > start ? [start, end] : null;
}
