import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runNlp } from "../../nlp/index.js";
import { allFeatures, prepareSentence } from "./features.js";
import { kbHashes } from "./gazetteer.js";
import { taggerCandidates } from "./index.js";
import { LABELS, NL, TaggerWeights } from "./model.js";
import { Tagger } from "./scorer.js";
import { defaultWeights, packWeights, type StoredModel, unpackWeights } from "./storage.js";

/** The tagger's own PER/ORG/LOC spans in `text`, as "type:text". */
function tagged(text: string): string[] {
  const nlp = runNlp(text);
  const { candidates } = taggerCandidates({ text, tokens: nlp.tokens, sentenceTokens: nlp.sentenceTokens, publishedAt: null });
  return candidates.map(
    (c) => `${c.type}:${text.slice((nlp.tokens[c.first] as { start: number }).start, (nlp.tokens[c.end - 1] as { end: number }).end)}`,
  );
}

describe("tagger decoding", () => {
  it("scores with cached word-type rows exactly as the sum over every feature", () => {
    const weights = defaultWeights();
    const tagger = new Tagger(weights);
    const text = "Foreign Minister Amara Okafor of Nigeria told the Ministry of Finance in Lagos that talks would resume.";
    const nlp = runNlp(text);
    const ctx = prepareSentence(nlp.tokens, kbHashes(nlp.tokens, nlp.sentenceTokens));
    const feats: number[] = [];
    for (let i = 0; i < ctx.n; i++) {
      for (const [prev, prev2] of [
        [0, 0],
        [1, 0],
        [2, 1],
      ] as const) {
        const fast = Array.from(tagger.scoresAt(ctx, i, prev, prev2));
        feats.length = 0;
        allFeatures(ctx, i, prev, prev2, feats);
        const slow = new Array<number>(NL).fill(0);
        for (const f of feats) {
          const row = weights.rowOf(f);
          if (row >= 0) for (let l = 0; l < NL; l++) slow[l] = (slow[l] as number) + (weights.w[row + l] as number);
        }
        for (let l = 0; l < NL; l++) assert.ok(Math.abs((fast[l] as number) - (slow[l] as number)) < 1e-3, `token ${i} label ${l}`);
      }
    }
  });

  it("never outputs I-X after a label of another type", () => {
    const tagger = new Tagger(defaultWeights());
    const nlp = runNlp("The New Harbour Shipping Company of Westport and Mr. Tobias van der Linde met in Old Riverton.");
    const labels = tagger.tag(nlp.tokens, kbHashes(nlp.tokens, nlp.sentenceTokens));
    for (let i = 0; i < labels.length; i++) {
      const l = LABELS[labels[i] as number] as string;
      if (!l.startsWith("I-")) continue;
      const p = LABELS[labels[i - 1] as number] as string;
      assert.ok(p !== "O" && p.slice(2) === l.slice(2), `I- after ${p} at ${i}`);
    }
  });

  it("round-trips weights through compact storage and rejects unknown formats", () => {
    const w = TaggerWeights.empty(4);
    w.w[3 * NL + 1] = 2.5;
    w.w[3 * NL + 4] = -1.25;
    w.w[7 * NL + 0] = 0.1;
    const stored = packWeights(w, 0.5, { alwaysOutside: new Set(["The"]), inside: new Set(["of"]) }, ["test"]);
    const back = unpackWeights(stored);
    const row = back.rowOf(3);
    assert.ok(row >= 0);
    assert.ok(Math.abs((back.w[row + 1] as number) * stored.scale - 2.5) < 1e-3);
    assert.ok(Math.abs((back.w[row + 4] as number) * stored.scale + 1.25) < 1e-3);
    assert.equal(back.rowOf(7), -1, "weights under the pruning threshold are dropped");
    assert.ok(back.lists.alwaysOutside.has("The") && back.lists.inside.has("of"));
    assert.throws(() => unpackWeights({ ...stored, features: -1 } as StoredModel), { code: "E_DATA" });
  });
});

describe("tagger names (own sentences)", () => {
  it("finds multi-token person names after titles, without the title", () => {
    const out = tagged("Prime Minister Halvard Brenning met President Anna Marquetti in Rome on Tuesday.");
    assert.ok(out.includes("PER:Halvard Brenning"), out.join());
    assert.ok(out.includes("PER:Anna Marquetti"), out.join());
    assert.ok(out.includes("LOC:Rome"), out.join());
  });

  it("keeps name particles inside person names", () => {
    const out = tagged("The committee heard from Khalid bin Rashad on Friday.");
    assert.ok(out.includes("PER:Khalid bin Rashad"), out.join());
  });

  it("reads Ministry of … and University names as organisations", () => {
    const out = tagged("A statement from the Ministry of Foreign Affairs said the University of Eastmarsh would advise the army.");
    assert.ok(out.includes("ORG:Ministry of Foreign Affairs"), out.join());
    assert.ok(out.includes("ORG:University of Eastmarsh"), out.join());
  });

  it("does not tag sentence-initial capitals of ordinary words", () => {
    const out = tagged("However, the talks stalled. Yesterday the envoy left Nairobi.");
    assert.ok(!out.some((x) => x.endsWith(":However") || x.endsWith(":Yesterday")), out.join());
    assert.ok(out.includes("LOC:Nairobi"), out.join());
  });

  it("does not tag a Title-Case link fragment in the middle of a sentence as a name", () => {
    const out = tagged("Analysts doubt that the country does as well Help Russia With war supplies, officials said.");
    assert.ok(!out.some((x) => /Help|With/.test(x)), out.join());
  });
});
