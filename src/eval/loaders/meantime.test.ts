import assert from "node:assert/strict";
import { test } from "node:test";
import { nameCore, parseMeantime, withoutTitles } from "./meantime.js";

const core = (np: string, person = false): string => {
  const words = np.split(" ");
  let c = nameCore(words);
  if (!c) return "";
  if (person) c = withoutTitles(words, c);
  return words.slice(c[0], c[1]).join(" ");
};

test("the proper-name core of a whole noun phrase", () => {
  assert.equal(core("the Dutch shipbuilder , Van Rijn Werf"), "Van Rijn Werf");
  assert.equal(core("The Harbour Authority"), "Harbour Authority");
  assert.equal(core("Bank of Lisbon ( BoL )"), "Bank of Lisbon");
  assert.equal(core("the new plant"), "");
});

test("a person's leading titles are left out only when a plain name follows", () => {
  assert.equal(core("Senator Maria Okafor", true), "Maria Okafor");
  assert.equal(core("Mr. Tan Wei Ling", true), "Tan Wei Ling");
  assert.equal(core("Vice President Ana Costa", true), "Ana Costa");
  assert.equal(core("Prime Minister of Norland", true), "Prime Minister of Norland");
  assert.equal(core("President", true), "President");
  // organisations keep their words ("General" starts a company name)
  assert.equal(core("General Turbines", false), "General Turbines");
});

test("nested name mentions that shrink to the same core are one gold name", () => {
  // A made-up document in the MEANTIME XML layout: "the shipbuilder Norwerf" (NAM) holds "Norwerf" (NAM).
  const words = ["Orders", "rose", "at", "the", "shipbuilder", "Norwerf", "."];
  const tokens = words.map((w, i) => `<token t_id="${i + 1}" sentence="0" number="${i}">${w}</token>`).join("");
  const mention = (id: number, from: number, to: number) =>
    `<ENTITY_MENTION m_id="${id}" syntactic_type="NAM">${Array.from({ length: to - from + 1 }, (_, k) => `<token_anchor t_id="${from + k}"/>`).join("")}</ENTITY_MENTION>`;
  const xml =
    `<Document>${tokens}<Markables>${mention(1, 4, 6)}${mention(2, 6, 6)}<ENTITY m_id="9" ent_type="ORG"/></Markables>` +
    `<Relations><REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="9"/></REFERS_TO></Relations></Document>`;
  const doc = parseMeantime(xml, "d1", "t");
  assert.deepEqual(
    doc.names.map((n) => doc.text.slice(n.start, n.end)),
    ["Norwerf"],
  );
});
