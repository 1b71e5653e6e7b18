/**
 * Learnt content starts: the rules of candidates.ts propose a content range; a linear model
 * (averaged perceptron over boundary-features.ts, trained by scripts/train-attribution-boundaries.ts
 * into data/models/attribution-boundaries.json) may move its first token a few tokens either way.
 * The best-scoring position wins, the rules' own on ties.
 *
 * Only the start is learnt: the same kind of model for the end picked the annotated end no more
 * often than the rules on PolNeAR dev (rule 1,184, model 1,160 to 1,184 of 1,283 end choices
 * across feature sets), while the start model does (rule 1,373, model 1,411 of 1,547).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../contract/errors.js";
import type { Token } from "../nlp/index.js";
import { contentTokens, FLAGS, flagsOf, MAX_MOVE, NO_WORD, SIDES, type Side, startPositions, wordOf } from "./boundary-features.js";
import type { Candidate } from "./candidates.js";
import type { AttributionContext } from "./context.js";

export interface BoundaryModelFile {
  version: number;
  note: string;
  start: Record<string, number>;
  /** Words a rule start may open with that the stage leaves as they are (its start is almost always right). */
  stay?: string[];
}

type Nested = Map<string, Map<string, number>>;
const MOVES = 2 * MAX_MOVE + 1;

/**
 * The weights of startFeatures() regrouped into tables read without building feature strings
 * per position (the stage's speed budget): by word, word pair, cue lemma and move.
 */
export interface BoundaryModel {
  word: Map<string, number>;
  prev: Map<string, number>;
  /** "pw" plus "s|pw" weights, by side, then the word before, then the word at the start. */
  prevWord: Record<Side, Nested>;
  /** "n|w": the word after, then the word at the start. */
  nextWord: Nested;
  /** "l|p": cue lemma, then the word before. */
  lemmaPrev: Nested;
  /** "d" plus "s|d" by side, and "l|d" by lemma, for the moves -MAX_MOVE…MAX_MOVE. */
  sideMoves: Record<Side, Float64Array>;
  lemmaMoves: Map<string, Float64Array>;
  /** FLAGS weights: per flag, MOVES weights when false, then MOVES when true. */
  flags: Float64Array;
  /** Opening words whose start is not searched (BoundaryModelFile.stay). */
  stay: Set<string>;
}

function addNested(m: Nested, a: string, b: string, w: number): void {
  const inner = m.get(a) ?? new Map<string, number>();
  inner.set(b, (inner.get(b) ?? 0) + w);
  m.set(a, inner);
}

const bump = (a: Float64Array, i: number, w: number) => {
  a[i] = (a[i] as number) + w;
};

export function boundaryModelFrom(file: BoundaryModelFile): BoundaryModel {
  if (file.version !== 1 || typeof file.start !== "object" || file.start === null) {
    throw new EntenteError("E_DATA", "attribution boundary model: unsupported model file");
  }
  const m: BoundaryModel = {
    word: new Map(),
    prev: new Map(),
    prevWord: { after: new Map(), before: new Map() },
    nextWord: new Map(),
    lemmaPrev: new Map(),
    sideMoves: { after: new Float64Array(MOVES), before: new Float64Array(MOVES) },
    lemmaMoves: new Map(),
    flags: new Float64Array(FLAGS.length * 2 * MOVES),
    stay: new Set(file.stay ?? []),
  };
  for (const [key, w] of Object.entries(file.start)) {
    const eq = key.indexOf("=");
    // Feature values never hold "|" (wordOf, cue lemmas), so the parts split cleanly.
    const parts = key.slice(eq + 1).split("|");
    const [a = "", b = "", c = ""] = parts;
    switch (key.slice(0, eq)) {
      case "w":
        m.word.set(a, w);
        break;
      case "p":
        m.prev.set(a, w);
        break;
      case "pw":
        for (const side of SIDES) addNested(m.prevWord[side], a, b, w);
        break;
      case "s|pw":
        if (a === "after" || a === "before") addNested(m.prevWord[a], b, c, w);
        break;
      case "n|w":
        addNested(m.nextWord, a, b, w);
        break;
      case "l|p":
        addNested(m.lemmaPrev, a, b, w);
        break;
      case "d":
        for (const side of SIDES) bump(m.sideMoves[side], Number(a) + MAX_MOVE, w);
        break;
      case "s|d":
        if (a === "after" || a === "before") bump(m.sideMoves[a], Number(b) + MAX_MOVE, w);
        break;
      case "l|d": {
        const moves = m.lemmaMoves.get(a) ?? new Float64Array(MOVES);
        moves[Number(b) + MAX_MOVE] = w;
        m.lemmaMoves.set(a, moves);
        break;
      }
      default: {
        const f = FLAGS.indexOf(key.slice(0, eq - 2) as (typeof FLAGS)[number]);
        if (f >= 0 && key.slice(eq - 2, eq) === "|d") m.flags[(f * 2 + (a === "true" ? 1 : 0)) * MOVES + Number(b) + MAX_MOVE] = w;
      }
    }
  }
  return m;
}

const NO_MOVES = new Float64Array(MOVES);
/** Module-level copies (per-position reads of imported bindings cost a getter call once compiled). */
const FLAG_COUNT = FLAGS.length;
const MOVE_OFFSET = MAX_MOVE;
const wordAt = wordOf;
const NO_WORD_MARK = NO_WORD;
const flagBits = flagsOf;

/**
 * The weight of token k's candidate-independent features, cached on the context. The stage moves
 * only starts after the cue (movesStart), so the cache holds that side's sums.
 */
function tokenPart(model: BoundaryModel, ctx: AttributionContext, k: number): number {
  let parts = ctx.startParts;
  if (!parts) {
    parts = new Float64Array(ctx.tokens.length).fill(Number.NaN);
    ctx.startParts = parts;
  }
  const cached = parts[k] as number;
  if (!Number.isNaN(cached)) return cached;
  const z = tokenScore(model, ctx, k, "after");
  parts[k] = z;
  return z;
}

/** wordOf(tokens[j]) as seen from token k's sentence (NO_WORD outside it), cached on the context. */
function wordFrom(ctx: AttributionContext, k: number, j: number): string {
  const t = ctx.tokens[j];
  if (!t || t.sentence !== (ctx.tokens[k] as Token).sentence) return NO_WORD_MARK;
  let words = ctx.startWords;
  if (!words) {
    words = new Array<string | undefined>(ctx.tokens.length);
    ctx.startWords = words;
  }
  let w = words[j];
  if (w === undefined) {
    w = wordAt(t, t.sentence);
    words[j] = w;
  }
  return w;
}

/** The weight of token k's candidate-independent features (w, p, pw, s|pw, n|w) on one side. */
function tokenScore(model: BoundaryModel, ctx: AttributionContext, k: number, side: Side): number {
  const w = wordFrom(ctx, k, k);
  const p = wordFrom(ctx, k, k - 1);
  return (
    (model.word.get(w) ?? 0) +
    (model.prev.get(p) ?? 0) +
    (model.prevWord[side].get(p)?.get(w) ?? 0) +
    (model.nextWord.get(wordFrom(ctx, k, k + 1))?.get(w) ?? 0)
  );
}

/** The score of starting at token k: the sum of the weights of startFeatures(ctx, c, first, k, side). */
export function startScore(model: BoundaryModel, ctx: AttributionContext, c: Candidate, first: number, k: number, side: Side): number {
  const d = Math.max(-MOVE_OFFSET, Math.min(MOVE_OFFSET, k - first)) + MOVE_OFFSET;
  let z = side === "after" ? tokenPart(model, ctx, k) : tokenScore(model, ctx, k, side);
  z += (model.sideMoves[side][d] as number) + ((model.lemmaMoves.get(c.cue.lemma) ?? NO_MOVES)[d] as number);
  const byPrev = model.lemmaPrev.get(c.cue.lemma);
  if (byPrev) z += byPrev.get(wordFrom(ctx, k, k - 1)) ?? 0;
  const flags = flagBits(ctx, first, k);
  for (let i = 0; i < FLAG_COUNT; i++) z += model.flags[(i * 2 + ((flags >> i) & 1)) * MOVES + d] as number;
  return z;
}

/**
 * Only a content after its cue ("X said on Monday that …") is moved: before the cue the rules
 * start at a quotation or the sentence, and moving those lowered PolNeAR dev content overlap F1
 * 0.806 → 0.804 and exact 0.534 → 0.531.
 */
export function movesStart(ctx: AttributionContext, c: Candidate, first: number, last: number, side: Side): boolean {
  return c.contents.length === 1 && side === "after" && first <= last && last < ctx.tokens.length;
}

/** The candidate with its single content range moved to start at the model's best position. */
export function refineStart(ctx: AttributionContext, c: Candidate, model: BoundaryModel): Candidate {
  const range = c.contents[0] as [number, number];
  const { first, last, side } = contentTokens(ctx, c, range);
  if (!movesStart(ctx, c, first, last, side) || model.stay.has(wordFrom(ctx, first, first))) return c;
  let start = first;
  let best = Number.NEGATIVE_INFINITY;
  for (const k of startPositions(ctx, c, first, last)) {
    const z = startScore(model, ctx, c, first, k, side);
    if (z > best) [start, best] = [k, z];
  }
  return start === first ? c : { ...c, contents: [[(ctx.tokens[start] as Token).start, range[1]]] };
}

export const BOUNDARY_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../data/models/attribution-boundaries.json");

let loaded: BoundaryModel | null | undefined;

/** The trained boundary model, or null when the model file is absent (the rules' starts stand). */
export function boundaryModel(path = BOUNDARY_MODEL_PATH): BoundaryModel | null {
  if (loaded === undefined)
    loaded = existsSync(path) ? boundaryModelFrom(JSON.parse(readFileSync(path, "utf8")) as BoundaryModelFile) : null;
  return loaded;
}
