import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KbBuilder } from "./build/model.js";
import { getKb } from "./index.js";
import { buildKb, sourceOf } from "./store.js";
import { queryTitleClass, roleTitleClasses } from "./titles.js";

const kb = getKb();
const holder = (q: { country?: string; org?: string; title: string }, date: string | null) => kb.holderOf(q, date)?.name;

describe("kb date-bounded roles (curated office-holders)", () => {
  it("resolves the same title to different people at different dates", () => {
    assert.equal(holder({ country: "USA", title: "president" }, "2010-06-01"), "Barack Obama");
    assert.equal(holder({ country: "USA", title: "President" }, "2024-05-14"), "Joe Biden");
    assert.equal(holder({ country: "GBR", title: "prime minister" }, "2010-03-01"), "Gordon Brown");
    assert.equal(holder({ country: "GBR", title: "prime minister" }, "2024-05-14"), "Rishi Sunak");
    assert.equal(holder({ country: "GBR", title: "prime minister" }, "2024-07-05"), "Keir Starmer");
    assert.equal(holder({ country: "RUS", title: "president" }, "2024-05-14"), "Vladimir Putin");
    assert.equal(holder({ country: "RUS", title: "president" }, "2010-01-01"), "Dmitry Medvedev");
  });

  it("normalises title phrasings", () => {
    assert.equal(holder({ country: "CHN", title: "premier" }, "2015-01-01"), "Li Keqiang");
    assert.equal(holder({ country: "CHN", title: "leader" }, "2015-01-01"), "Xi Jinping");
    assert.equal(holder({ country: "RUS", title: "foreign minister" }, "2024-01-01"), "Sergei Lavrov");
    assert.equal(holder({ country: "USA", title: "secretary of state" }, "2024-01-01"), "Antony Blinken");
    assert.equal(holder({ country: "USA", title: "defense secretary" }, "2024-01-01"), "Lloyd Austin");
    assert.equal(holder({ country: "UKR", title: "defence minister" }, "2023-01-01"), "Oleksii Reznikov");
    assert.equal(holder({ country: "FRA", title: "head of state" }, "2010-01-01"), "Nicolas Sarkozy");
    assert.equal(holder({ country: "DEU", title: "head of government" }, "2010-01-01"), "Angela Merkel");
    assert.equal(holder({ country: "IRN", title: "supreme leader" }, null), "Ali Khamenei");
  });

  it("knows IGO heads", () => {
    assert.equal(holder({ org: "IGO:UN", title: "secretary-general" }, "2010-01-01"), "Ban Ki-moon");
    assert.equal(holder({ org: "IGO:NATO", title: "chief" }, "2020-01-01"), "Jens Stoltenberg");
    assert.equal(holder({ org: "IGO:NATO", title: "secretary general" }, "2025-01-01"), "Mark Rutte");
    assert.equal(holder({ org: "IGO:IAEA", title: "director general" }, "2023-01-01"), "Rafael Grossi");
    assert.equal(holder({ org: "IGO:WHO", title: "chief" }, "2021-01-01"), "Tedros Adhanom Ghebreyesus");
  });

  it("has historical depth from the upstream dictionaries", () => {
    // CountryInfo covers offices outside the curated table, up to its 2011 edition.
    assert.equal(holder({ country: "NOR", title: "prime minister" }, "2008-01-01"), "Jens Stoltenberg");
    assert.equal(holder({ country: "AFG", title: "president" }, "1990-01-01"), "Mohammad Najibullah");
  });

  it("lists a person's roles at a date, and the latest ones for a null date", () => {
    const putin = kb.lookup("Vladimir Putin")[0]?.entry;
    assert.equal(putin?.kind, "person");
    assert.equal(putin?.country, "RUS");
    const id = putin?.id as string;
    assert.deepEqual(
      kb.rolesAt(id, "2010-06-01").map((r) => r.title),
      ["Prime Minister"],
    );
    assert.ok(kb.rolesAt(id, null).some((r) => r.title === "President" && r.end === null));
    assert.deepEqual(kb.rolesAt(id, "1950-01-01"), []);
    assert.deepEqual(kb.rolesAt("PER:nobody-at-all", null), []);
    assert.equal(kb.lookup("Putin")[0]?.entry.id, id);
  });

  it("answers undefined when nobody matches", () => {
    assert.equal(kb.holderOf({ country: "USA", title: "president" }, "1700-01-01"), undefined);
    assert.equal(kb.holderOf({ title: "president" }, "2020-01-01"), undefined);
    assert.equal(kb.holderOf({ country: "ZZZ", title: "president" }, "2020-01-01"), undefined);
  });
});

describe("kb role logic on a small built KB", () => {
  const b = new KbBuilder();
  b.add({ id: "XXA", name: "Examplia", kind: "country", country: "XXA", sector: null });
  b.add({ id: "PER:ann-one", name: "Ann One", kind: "person", country: "XXA", sector: "GOV" });
  b.add({ id: "PER:bob-two", name: "Bob Two", kind: "person", country: "XXA", sector: "GOV" });
  b.add({ id: "PER:cy-three", name: "Cy Three", kind: "person", country: "XXA", sector: "GOV" });
  const role = (title: string, start: string | null, end: string | null, curated = false) => ({
    title,
    country: "XXA",
    org: null,
    sector: "GOV",
    start,
    end,
    curated,
  });
  b.role("PER:ann-one", role("Premier", "2001-01-01", "2005-06-30", true));
  b.role("PER:bob-two", role("Prime Minister", "2005-06-30", null, true));
  // An upstream row that overlaps a curated one: the curated holder wins.
  b.role("PER:cy-three", role("Prime minister", "2005-01-01", "2006-01-01"));
  const small = buildKb(sourceOf(b.files(new Map([["envoy", "GOV"]]))));

  it("prefers the successor on handover day and curated rows over upstream ones", () => {
    assert.equal(small.holderOf({ country: "XXA", title: "PM" }, "2003-01-01")?.id, "PER:ann-one");
    assert.equal(small.holderOf({ country: "XXA", title: "PM" }, "2005-06-30")?.id, "PER:bob-two");
    assert.equal(small.holderOf({ country: "XXA", title: "prime minister" }, "2005-10-01")?.id, "PER:bob-two");
    assert.equal(small.holderOf({ country: "XXA", title: "head of government" }, null)?.id, "PER:bob-two");
    assert.equal(small.holderOf({ country: "XXA", title: "PM" }, "2000-01-01"), undefined);
    assert.equal(small.agentSector("envoys"), "GOV");
  });

  it("accepts partial and timestamped dates", () => {
    assert.equal(small.holderOf({ country: "XXA", title: "PM" }, "2003")?.id, "PER:ann-one");
    assert.equal(small.holderOf({ country: "XXA", title: "PM" }, "2010-02-03T10:00:00Z")?.id, "PER:bob-two");
  });
});

describe("kb title classes", () => {
  it("maps query phrasings to classes", () => {
    assert.equal(queryTitleClass("Premier"), "PM");
    assert.equal(queryTitleClass("head of state"), "HOS");
    assert.equal(queryTitleClass("Defence Minister"), "DM");
    assert.equal(queryTitleClass("minister of defense"), "DM");
    assert.equal(queryTitleClass("Secretary-General"), "SG");
    assert.equal(queryTitleClass("interior minister"), queryTitleClass("Minister of the Interior"));
  });

  it("keeps subordinate titles out of the office class", () => {
    assert.ok(roleTitleClasses("Prime Minister").includes("PM"));
    assert.ok(!roleTitleClasses("Deputy Prime Minister").includes("PM"));
    assert.ok(roleTitleClasses("Minister of Foreign Affairs").includes("FM"));
    assert.ok(roleTitleClasses("Vice President").includes("VP"));
    assert.ok(!roleTitleClasses("Vice President").includes("PRES"));
  });
});
