import assert from "node:assert/strict";
import { test } from "node:test";
import { findEntitiesInText } from "./index.js";

test("one certain clue to a name's type outweighs the tagger's repeated guesses", () => {
  // "its European division, Velmont" says organisation; "jobs at Velmont" is read as a place by the tagger
  const text =
    "Carmaker to cut jobs at Velmont\n\nThe US car manufacturer General Motors said it would axe 10,000 jobs at its European division, Velmont. " +
    "The firm wanted to reduce costs at Velmont by 30%. Workers at Velmont protested on Friday, and unions at Velmont called a strike.";
  const kinds = findEntitiesInText(text, null)
    .filter((e) => e.mentions.some((m) => m.text === "Velmont"))
    .map((e) => e.kind);
  assert.deepEqual(kinds, ["organization"]);
});
