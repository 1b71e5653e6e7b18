import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runNlp } from "../../nlp/index.js";
import { prepareSentence } from "./features.js";
import { kbHashes } from "./gazetteer.js";
import { NL } from "./model.js";
import { Tagger } from "./scorer.js";
import { defaultWeights } from "./storage.js";

/** Every token's scores under each history of two labels, in one list. */
function allScores(tagger: Tagger, text: string): number[] {
  const nlp = runNlp(text);
  const ctx = prepareSentence(nlp.tokens, kbHashes(nlp.tokens, nlp.sentenceTokens));
  const out: number[] = [];
  for (let i = 0; i < ctx.n; i++) {
    for (let prev = 0; prev < NL; prev += 3) out.push(...tagger.scoresAt(ctx, i, prev, 0));
  }
  return out;
}

describe("tagger word block table", () => {
  const text =
    "Deputy Governor Ilse Varnholt of the Coastal Fisheries Board told reporters in Port Aldine that the quota talks " +
    "with Marenia and the Southern Isles Council would resume once Minister Tomas Quell returns.";

  it("scores the same when its word table starts afresh at almost every token", () => {
    // Five slots: one token's window; every new word past them empties the table.
    const tiny = allScores(new Tagger(defaultWeights(), 5), text);
    const roomy = allScores(new Tagger(defaultWeights()), text);
    assert.deepEqual(tiny, roomy);
    assert.ok(
      tiny.every((v) => Number.isFinite(v)),
      "no block is read before it is summed",
    );
  });

  it("two taggers sharing word types keep their own blocks", () => {
    const a = new Tagger(defaultWeights(), 7);
    const b = new Tagger(defaultWeights());
    const first = allScores(a, text);
    allScores(b, text);
    assert.deepEqual(allScores(a, text), first);
  });
});
