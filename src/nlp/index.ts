/**
 * Sentences and tokens (with POS and lemma) from wink-nlp, computed once per document.
 * Token offsets are UTF-16 offsets into document.text; wink's tokenisation is lossless, so
 * offsets come from walking token texts and their preceding whitespace.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Sentence } from "../contract/analysis.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased form. */
  normal: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, …). */
  pos: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface NlpLayer {
  tokens: Token[];
  sentences: Sentence[];
  /** For each sentence, [first token index, last token index + 1). */
  sentenceTokens: Array<[number, number]>;
}

type Wink = ReturnType<typeof winkNLP>;
let nlpSingleton: Wink | null = null;

/**
 * Only sentence boundaries and POS (lemmas are read on demand): wink's default pipe also runs its
 * entity, negation and sentiment automata, which nothing here reads. Same tokens, tags, lemmas and
 * sentences on all 924 PolNeAR texts; about 20 % less CPU per article.
 */
const WINK_PIPE = ["sbd", "pos"];

/** The model's lexeme table, which wink's cache extends with every new word it reads. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
let lexemes: Lexemes | null = null;

/**
 * Lexicon slots added beyond the model's own above which the wink instance is rebuilt (about
 * 0.5 s): slots forgotten by forgetNewWords are re-added by each document that uses the word
 * again, so this bounds memory on long runs.
 */
const MAX_ADDED_LEXEMES = 400_000;

function wink(): Wink {
  if (nlpSingleton && lexemes && lexemes.list.length - lexemes.intrinsicSize > MAX_ADDED_LEXEMES) nlpSingleton = null;
  if (!nlpSingleton) {
    // Keep a handle on the lexeme table of this instance's model (see forgetNewWords).
    const core = () => {
      const m = (model as unknown as { core(): { features: { lexeme: Lexemes } } }).core();
      lexemes = m.features.lexeme;
      return m;
    };
    nlpSingleton = winkNLP({ ...model, core } as typeof model, WINK_PIPE);
  }
  return nlpSingleton;
}

/**
 * wink adds every out-of-vocabulary word it reads to the lexicon, and its tokeniser keeps a known
 * lexeme whole ("U.S" once seen makes a later "U.S." split into "U.S" + "."; "Trump’s" once read
 * whole is never split again), so a document's tokens would depend on the documents read before
 * it — in a long ingest, possessives slowly stop splitting. After each document, its new words
 * that contain anything but letters and digits leave the lookup table again (their slots stay:
 * wink's feature store is indexed by them). Plain words may stay: whether one is known never
 * changes how text is split, and keeping them saves re-reading their features (checked: tokens,
 * POS, lemmas and sentences of all 924 PolNeAR texts are identical read forwards and backwards).
 */
const NOT_PLAIN_WORD = /[^\p{L}\p{N}]/u;
function forgetNewWords(lex: Lexemes, from: number): void {
  const { hash, list } = lex;
  for (let i = from; i < list.length; i++) {
    const w = list[i] as string;
    if (NOT_PLAIN_WORD.test(w)) delete hash[w];
  }
}

/** Positions of paragraph breaks ("\n\n"), which always end a sentence. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  let i = text.indexOf("\n\n");
  while (i >= 0) {
    out.push(i);
    i = text.indexOf("\n\n", i + 2);
  }
  return out;
}

export function runNlp(text: string): NlpLayer {
  const nlp = wink();
  const lex = lexemes as Lexemes | null;
  const mark = lex ? Math.max(lex.list.length, lex.intrinsicSize) : 0;
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as unknown as string[];
  const normal = doc.tokens().out(its.normal) as string[];
  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  if (lex) forgetNewWords(lex, mark);

  // Char offsets of every wink token (including whitespace tokens, which we drop later).
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    offset += (spaces[i] as string).length;
    starts[i] = offset;
    offset += (words[i] as string).length;
    ends[i] = offset;
  }

  // Sentence boundaries: wink's, further split at paragraph breaks.
  const breaks = paragraphBreaks(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  let b = 0;
  for (const [first, last] of winkSentences) {
    let open = -1;
    for (let i = first; i <= last; i++) {
      const w = words[i] as string;
      const p = pos[i] as string;
      if (p === "SPACE" || w.trim() === "") continue;
      const s = starts[i] as number;
      while (b < breaks.length && (breaks[b] as number) < s) {
        if (open >= 0 && tokens[open] && (tokens[open] as Token).start < (breaks[b] as number)) {
          closeSentence(open);
          open = -1;
        }
        b++;
      }
      if (open < 0) open = tokens.length;
      tokens.push({
        start: s,
        end: ends[i] as number,
        text: w,
        normal: normal[i] as string,
        lemma: lemma[i] as string,
        pos: p,
        sentence: sentences.length,
      });
    }
    if (open >= 0) closeSentence(open);
  }

  function closeSentence(firstToken: number): void {
    const lastTok = tokens[tokens.length - 1] as Token;
    const firstTok = tokens[firstToken] as Token;
    sentenceTokens.push([firstToken, tokens.length]);
    sentences.push({ start: firstTok.start, end: lastTok.end });
  }

  return { tokens, sentences, sentenceTokens };
}
