import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Analysis, Attribution, Quantity } from "../contract/analysis.js";
import { runNlp } from "../nlp/index.js";
import { analyzeDocument, documentFromText } from "../pipeline/analyze.js";
import { span } from "../text/span.js";
import { findTimes } from "../time/index.js";
import { findQuantities } from "./index.js";

/** An Analysis holding only the nlp, time and quantity layers (text kept as is), for the span invariant. */
function analysisOf(text: string, publishedAt: string): Analysis {
  return analyzeDocument("fixture", documentFromText(text, publishedAt), { only: ["time", "quantities"] });
}

function quantities(text: string, attributions: Attribution[] = [], pub = "2024-05-14") {
  const nlp = runNlp(text);
  const times = findTimes(text, nlp, pub);
  return { times, qs: findQuantities(text, nlp, times, attributions) };
}

/** "text|kind|value|unit|approx|measures" of every quantity. */
function brief(text: string): string[] {
  return quantities(text).qs.map((q: Quantity) =>
    [q.text, q.kind, String(q.value), q.unit ?? "-", q.approx, q.measures?.text ?? "-"].join("|"),
  );
}

describe("quantities: issue examples", () => {
  it("record $240 billion last year measures trade in 2023", () => {
    const text = "Bilateral trade reached a record $240 billion last year.";
    const { times, qs } = quantities(text);
    assert.equal(qs.length, 1);
    const q = qs[0] as Quantity;
    assert.equal(q.text, "$240 billion");
    assert.equal(q.value, 2.4e11);
    assert.equal(q.unit, "USD");
    assert.equal(q.kind, "money");
    assert.equal(q.measures?.text, "trade");
    const t = times.find((x) => x.id === q.timeId);
    assert.equal(t?.text, "last year");
    assert.equal(t?.value, "2023");
  });
  it("more than 35,000 people died", () => {
    assert.deepEqual(brief("More than 35,000 people died in the fighting."), ["35,000|count|35000|-|more-than|people"]);
  });
  it("links a figure to the attribution that contains it", () => {
    const text = "The ministry said 120 soldiers were wounded.";
    const content = span(text, 18, 43);
    const attribution: Attribution = { id: "a1", kind: "indirect", source: null, cue: null, content, stance: "asserts" };
    const { qs } = quantities(text, [attribution]);
    assert.equal(qs[0]?.attributionId, "a1");
    assert.equal(qs[0]?.measures?.text, "soldiers");
  });
});

describe("quantities: money", () => {
  it("reads symbols, codes, names and multipliers", () => {
    assert.deepEqual(brief("Aid of €3.2bn was pledged."), ["€3.2bn|money|3200000000|EUR|exact|Aid"]);
    assert.deepEqual(brief("A loan of EUR 500 million."), ["EUR 500 million|money|500000000|EUR|exact|loan"]);
    assert.deepEqual(brief("They paid 10 million euros."), ["10 million euros|money|10000000|EUR|exact|-"]);
    assert.deepEqual(brief("A penalty of 1.5 trillion yen."), ["1.5 trillion yen|money|1500000000000|JPY|exact|penalty"]);
    assert.deepEqual(brief("It raised US$5m from donors."), ["US$5m|money|5000000|USD|exact|-"]);
    assert.deepEqual(brief("Sales of 240bn yuan."), ["240bn yuan|money|240000000000|CNY|exact|Sales"]);
    assert.deepEqual(brief("It cost 40 Canadian dollars."), ["40 Canadian dollars|money|40|CAD|exact|-"]);
  });
  it("reads ranges and hedges", () => {
    const { qs } = quantities("The deal is worth between $10 million and $12 million, or up to £9 million.");
    assert.equal(qs[0]?.value, 1e7);
    assert.equal(qs[0]?.valueMax, 1.2e7);
    assert.equal(qs[1]?.approx, "up-to");
    assert.equal(qs[1]?.unit, "GBP");
    const r = quantities("Losses of $10-12 million.").qs[0];
    assert.deepEqual([r?.value, r?.valueMax], [1e7, 1.2e7]);
  });
});

describe("quantities: counts, percentages, measures", () => {
  it("reads counts in digits and words", () => {
    assert.deepEqual(brief("Two million refugees fled."), ["Two million|count|2000000|-|exact|refugees"]);
    assert.deepEqual(brief("A dozen soldiers were hurt."), ["A dozen|count|12|-|exact|soldiers"]);
    assert.deepEqual(brief("Nearly 500 Apple engineers attended."), ["500|count|500|-|nearly|engineers"]);
    assert.deepEqual(brief("The page has 1.2m followers."), ["1.2m|count|1200000|-|exact|followers"]);
    assert.deepEqual(brief("Thousands of protesters gathered."), ["Thousands|count|null|-|about|protesters"]);
    assert.deepEqual(brief("At least 40 of them were arrested."), ["40|count|40|-|at-least|-"]);
  });
  it("reads nested vague amounts, halves of multipliers and shares", () => {
    assert.deepEqual(brief("Tens of thousands of people fled."), ["Tens of thousands|count|null|-|about|people"]);
    assert.deepEqual(brief("Half a million refugees crossed."), ["Half a million|count|500000|-|exact|refugees"]);
    assert.deepEqual(brief("Nearly two-thirds of voters agreed."), ["two-thirds|percent|66.67|percent|nearly|voters"]);
    assert.deepEqual(brief("A third of the town burned."), ["A third|percent|33.33|percent|exact|town"]);
    assert.deepEqual(brief("Three quarters of the budget went on arms."), ["Three quarters|percent|75|percent|exact|budget"]);
  });
  it("reads percentages and percentage points", () => {
    assert.deepEqual(brief("Unemployment rose 3.5 percentage points."), [
      "3.5 percentage points|percent|3.5|percentage-point|exact|Unemployment",
    ]);
    assert.deepEqual(brief("About 45% of voters backed the plan."), ["45%|percent|45|percent|about|voters"]);
    assert.deepEqual(brief("Inflation fell to 4 per cent."), ["4 per cent|percent|4|percent|exact|Inflation"]);
  });
  it("reads measures with units", () => {
    assert.deepEqual(brief("A 12km road."), ["12km|measure|12|km|exact|road"]);
    assert.deepEqual(brief("They shipped 5,000 tonnes of grain."), ["5,000 tonnes|measure|5000|tonne|exact|grain"]);
    assert.deepEqual(brief("Output is 2 million barrels a day."), ["2 million barrels|measure|2000000|barrel|exact|-"]);
  });
});

describe("quantities: what is not a quantity", () => {
  it("skips years, dates, times, durations, ordinals, labels, phones and model numbers", () => {
    assert.deepEqual(brief("In 1998 the talks resumed on May 16 at 3:30 p.m. for two days."), []);
    assert.deepEqual(brief("On 12 May the envoy left; on 3 May, 2023 he had arrived."), []);
    assert.deepEqual(brief("In the first quarter he gave a quarter of an hour."), []);
    assert.deepEqual(brief("It was the 3rd round under Article 5 and Section 12 of Resolution 2231."), []);
    assert.deepEqual(brief("Call +1 202-555-0143 or No. 10 for details."), []);
    assert.deepEqual(brief("Boeing delivered its first 787 Dreamliner; more 787s followed."), []);
    assert.deepEqual(brief("The 3D model of iPhone 4 sold well."), []);
  });
  it("skips area codes, ages and house numbers, but keeps ranges", () => {
    assert.deepEqual(brief("Call the office on (202) 555-0143."), []);
    assert.deepEqual(brief("A 45-year-old man and a woman aged 38 years old were held."), []);
    assert.deepEqual(brief("Protesters gathered at 10 Downing Street."), []);
    assert.deepEqual(brief("Losses of 10-12 villages were reported."), ["10-12|count|10|-|exact|villages"]);
    assert.equal(quantities("Losses of 10-12 villages were reported.").qs[0]?.valueMax, 12);
    // A tally is kept whole (news annotation counts it) but is not a range.
    assert.deepEqual(
      quantities("The Senate vote was 52-35.").qs.map((q) => [q.text, q.value, q.valueMax]),
      [["52-35", 52, null]],
    );
  });
});

describe("quantities: odd input", () => {
  it("survives stray signs and malformed numbers", () => {
    const odd = "$ $$ € , 1,2,3 --5 12..5 bn million of $";
    const { qs } = quantities(odd);
    for (const q of qs) assert.equal(odd.slice(q.start, q.end), q.text);
    assert.deepEqual(brief(""), []);
  });
});

describe("quantities: offsets", () => {
  it("every quantity and measured head is a valid span", () => {
    const text = "Trade reached $240 billion last year.\n\nMore than 35,000 people died, officials said, and 45% of homes were lost.";
    const analysis = analysisOf(text, "2024-05-14");
    assertValidAnalysis(analysis);
    assert.equal(analysis.quantities.length, 3);
    for (const q of analysis.quantities) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.measures) assert.equal(text.slice(q.measures.start, q.measures.end), q.measures.text);
    }
  });
});
