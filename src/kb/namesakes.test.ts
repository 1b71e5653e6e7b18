import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntitiesInText } from "../entities/index.js";
import { dropBorrowedWords } from "./build/borrowed.js";
import { KbBuilder } from "./build/model.js";
import { namesConflict, People } from "./build/person-registry.js";
import { getKb } from "./index.js";

// Invented people and places, except the last tests, which read the generated KB.

describe("kb build: namesakes and borrowed words", () => {
  it("keeps apart two people who share a short name but not their middle names", () => {
    const kb = new KbBuilder();
    const people = new People(kb);
    const father = people.ensure(["Arlen Q. Vesk", "Arlen Quinton Vesk", "Arlen Vesk"], "USA");
    const son = people.ensure(["Arlen R. T. Vesk", "Arlen Rowan Tobias Vesk", "Arlen Vesk"], "USA");
    assert.ok(father && son);
    assert.notEqual(father.id, son.id);
    // the same person under a spelling variant of the same length still merges
    const again = people.ensure(["Arlen Quintin Vesk", "Arlen Quinton Vesk"], "USA");
    assert.equal(again?.id, father.id);
  });

  it("treats punctuation inside names as word breaks when comparing middles", () => {
    assert.equal(namesConflict(new Set(["mara wolde-tesh"]), new Set(["mara wolde tesh"])), false);
    assert.equal(namesConflict(new Set(["mara t. vell"]), new Set(["mara s. t. vell"])), true);
  });

  it("drops a curated demonym and a capital that another country's upstream record borrowed", () => {
    const kb = new KbBuilder();
    kb.add({ id: "SRB", name: "Serbia", kind: "country", country: "SRB", sector: null });
    kb.add({ id: "MNE", name: "Montenegro", kind: "country", country: "MNE", sector: null });
    kb.add({ id: "LOC:SRB:belgrade", name: "Belgrade", kind: "location", country: "SRB", sector: null, extra: { v: "capital" } });
    kb.add({ id: "LOC:MNE:podgorica", name: "Podgorica", kind: "location", country: "MNE", sector: null, extra: { v: "capital" } });
    kb.add({ id: "MNEGOV", name: "Government of Montenegro", kind: "organization", country: "MNE", sector: "GOV" });
    kb.alias("LOC:MNE:podgorica", "Belgrade");
    kb.alias("MNE", "Serbian");
    kb.link("Serb", "MNE", "demonym");
    kb.link("Serb", "SRB", "demonym");
    kb.link("Belgrade", "MNEGOV", "metonym");
    dropBorrowedWords(kb);
    assert.deepEqual(
      kb.links.map(([s, id]) => `${s}→${id}`),
      ["Serb→SRB"],
    );
    assert.deepEqual(kb.entries.get("LOC:MNE:podgorica")?.aliases, []);
    assert.deepEqual(kb.entries.get("MNE")?.aliases, []);
  });

  it("the generated KB reads Serb as Serbia and Montenegrin as Montenegro", () => {
    const kb = getKb();
    assert.equal(kb.demonymCountry("Serb"), "SRB");
    assert.equal(kb.demonymCountry("Serbs"), "SRB");
    assert.equal(kb.demonymCountry("Montenegrin"), "MNE");
  });

  it("a namesake president resolves by the article's date", () => {
    const at = (date: string) => findEntitiesInText("George Bush met reporters on Monday.", date)[0]?.kbId;
    const early = at("1990-06-01");
    const late = at("2005-06-01");
    assert.ok(early && late);
    assert.notEqual(early, late);
    assert.equal(late, findEntitiesInText("George W. Bush met reporters.", "2005-06-01")[0]?.kbId);
  });
});
