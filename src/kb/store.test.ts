import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getKb } from "./index.js";

const kb = getKb();

describe("kb store lookups", () => {
  it("never reads Object.prototype's names as surfaces", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      assert.deepEqual(kb.lookup(name), [], name);
      assert.equal(kb.matchTokens([name, "said"], 0), null, name);
    }
  });

  it("answers repeated role queries from the memo exactly as the first time", () => {
    const ask = () => [
      kb.holderOf({ country: "USA", title: "president" }, "2010-06-01")?.id,
      kb.holderOf({ country: "USA", title: "president" }, "2024-05-14")?.id,
      kb.holderOf({ country: "USA", title: "president" }, null)?.id,
      kb.holderOf({ country: "RUS", title: "president" }, "2010-06-01")?.id,
      kb.holderOf({ country: "RUS", title: "foreign minister" }, "2010-06-01")?.id,
      kb.rolesAt("USA", null).length,
    ];
    const first = ask();
    assert.notEqual(first[0], first[1], "the date is part of the question");
    assert.notEqual(first[0], first[3], "so is the country");
    assert.notEqual(first[3], first[4], "and the title");
    assert.deepEqual(ask(), first);
  });
});
