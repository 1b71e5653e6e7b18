/**
 * The nlp layer's tokeniser splits words at some non-ASCII letters ("Vučić" → "Vu" "č" "i" "ć",
 * "Erdoğan" → "Erdo" "ğ" "an"), so a name found by the finders can stop or start inside a word.
 * A mention never ends or starts inside a word: it grows over letter pieces written without a
 * space against it. Likewise a lower-case Arabic article hyphened to a name belongs to it
 * ("al-Qaeda", "el-Sisi"): the name's capital starts after the article.
 */
import type { Token } from "../nlp/index.js";
import type { Candidate, TextView } from "./types.js";

const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Arabic article forms written before a hyphened name (assimilated forms included). */
const HYPHENED_ARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "ul"]);

/** Tokens a and b (a before b) are pieces of one word: adjacent, both letters only. */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.end === b.start && a.sentence === b.sentence && LETTERS.test(a.text) && LETTERS.test(b.text)
  );
}

/** Token i is a lower-case article hyphened to a capitalised name ("al" "-" "Qaeda"). */
export function isHyphenedArticle(tokens: readonly Token[], i: number): boolean {
  const art = tokens[i];
  const dash = tokens[i + 1];
  const name = tokens[i + 2];
  return (
    art !== undefined &&
    dash !== undefined &&
    name !== undefined &&
    dash.text === "-" &&
    art.end === dash.start &&
    dash.end === name.start &&
    art.sentence === name.sentence &&
    HYPHENED_ARTICLES.has(art.text) &&
    /^\p{Lu}/u.test(name.text)
  );
}

/** The candidates grown to whole words; one that a grown candidate now overlaps is dropped. */
export function extendOverGluedLetters(view: TextView, cands: readonly Candidate[]): Candidate[] {
  const { tokens } = view;
  const grown: Candidate[] = [];
  for (const c of cands) {
    const [first, end] = [c.first, c.end];
    while (glued(tokens[c.end - 1], tokens[c.end])) c.end++;
    while (c.first > 0 && glued(tokens[c.first - 1], tokens[c.first])) c.first--;
    if (isHyphenedArticle(tokens, c.first - 2)) c.first -= 2;
    if (c.first !== first || c.end !== end) grown.push(c);
  }
  if (grown.length === 0) return cands as Candidate[];
  return cands.filter((c) => grown.includes(c) || !grown.some((g) => g.first < c.end && c.first < g.end));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Tokens a and b are pieces of one word that the tokeniser split at a non-ASCII letter. */
function splitPieces(a: Token, b: Token): boolean {
  return glued(a, b) && (NON_ASCII.test(a.text) || NON_ASCII.test(b.text));
}

/** One token for the pieces tokens[a..b): the whole word, a proper noun when capitalised. */
function joinPieces(tokens: readonly Token[], a: number, b: number): Token {
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  let text = "";
  for (let k = a; k < b; k++) text += (tokens[k] as Token).text;
  const normal = text.toLowerCase();
  return {
    start: first.start,
    end: last.end,
    text,
    normal,
    lemma: normal,
    pos: /^\p{Lu}/u.test(text) ? "PROPN" : first.pos,
    sentence: first.sentence,
  };
}

/**
 * The view with each word the tokeniser split at non-ASCII letters ("Erdo" "ğ" "an") made one
 * token again, so the tagger, KB and rules read "Erdoğan" as a word. Mentions are character
 * spans, so nothing outside the actors stage sees the difference. The same view when nothing
 * was split.
 */
export function wholeWordView(view: TextView): TextView {
  const { tokens } = view;
  let any = false;
  for (let i = 1; i < tokens.length && !any; i++) any = splitPieces(tokens[i - 1] as Token, tokens[i] as Token);
  if (!any) return view;
  const out: Token[] = [];
  const sentenceTokens: Array<[number, number]> = view.sentenceTokens.map(() => [0, 0]);
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && splitPieces(tokens[j - 1] as Token, tokens[j] as Token)) j++;
    const t = j - i > 1 ? joinPieces(tokens, i, j) : (tokens[i] as Token);
    const range = sentenceTokens[t.sentence];
    if (range) {
      if (range[1] === 0) range[0] = out.length;
      range[1] = out.length + 1;
    }
    out.push(t);
    i = j;
  }
  return { ...view, tokens: out, sentenceTokens };
}
