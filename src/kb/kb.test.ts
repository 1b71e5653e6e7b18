import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getKb, surfaceKey } from "./index.js";
import { buildKb, readKbSource } from "./store.js";

const kb = getKb();
const ids = (surface: string) => kb.lookup(surface).map((m) => `${m.entry.id}/${m.via}`);

describe("kb lookup normalisation", () => {
  it("folds case, periods and diacritics", () => {
    assert.equal(surfaceKey("U.S."), "us");
    assert.equal(surfaceKey("Côte d’Ivoire"), "cote d'ivoire");
    assert.equal(surfaceKey("Al-Qaeda's"), "al - qaeda 's");
    for (const s of ["U.S.", "US", "United States", "united states", "USA", "the United States"]) {
      assert.ok(ids(s).includes("USA/name") || ids(s).includes("USA/alias"), s);
    }
    assert.deepEqual(ids("COTE D'IVOIRE"), ids("Côte d'Ivoire"));
    assert.equal(kb.lookup("Türkiye")[0]?.entry.id, "TUR");
  });

  it("knows Kiev and Kyiv as the same capital", () => {
    assert.deepEqual(ids("Kiev"), ids("Kyiv"));
    assert.ok(ids("Kyiv").includes("LOC:UKR:kyiv/capital"));
  });

  it("returns nothing for unknown surfaces", () => {
    assert.deepEqual(kb.lookup("Zzyzx Qwerty"), []);
    assert.deepEqual(kb.lookup(""), []);
  });
});

describe("kb countries, metonyms and demonyms", () => {
  it("has ISO codes for countries", () => {
    const chn = kb.byId("CHN");
    assert.equal(chn?.kind, "country");
    assert.equal(chn?.iso2, "CN");
    assert.equal(kb.byId("UKR")?.name, "Ukraine");
    assert.equal(kb.byId("CHNGOV")?.country, "CHN");
    assert.equal(kb.byId("CHNGOV")?.sector, "GOV");
  });

  it("maps seats of power to governments", () => {
    assert.deepEqual(ids("the Kremlin"), ["RUSGOV/metonym"]);
    assert.deepEqual(ids("White House"), ["USAGOV/metonym"]);
    assert.deepEqual(ids("Downing Street"), ["GBRGOV/metonym"]);
    assert.deepEqual(ids("the Pentagon"), ["USAMIL/metonym"]);
    assert.ok(ids("Zhongnanhai").includes("CHNGOV/metonym"));
    assert.ok(ids("Elysee").includes("FRAGOV/metonym"));
    assert.ok(ids("Brussels").includes("IGO:EU/metonym"));
  });

  it("gives capitals both a place and a government reading", () => {
    for (const [city, iso] of [
      ["Beijing", "CHN"],
      ["Moscow", "RUS"],
      ["Washington", "USA"],
      ["Pyongyang", "PRK"],
      ["Tehran", "IRN"],
      ["Ankara", "TUR"],
    ]) {
      const m = ids(city as string);
      assert.ok(m.includes(`${iso}GOV/metonym`), `${city}: ${m}`);
      assert.ok(
        m.some((x) => x.startsWith(`LOC:${iso}:`) && x.endsWith("/capital")),
        `${city}: ${m}`,
      );
    }
    assert.ok(ids("Shanghai").includes("LOC:CHN:shanghai/city"));
  });

  it("knows regions and conflict areas as places with their country", () => {
    const gaza = kb.lookup("Gaza Strip")[0]?.entry;
    assert.equal(gaza?.kind, "location");
    assert.equal(gaza?.country, "PSE");
    assert.equal(kb.lookup("Crimea")[0]?.entry.country, "UKR");
    assert.equal(kb.lookup("Middle East")[0]?.entry.country, null);
    assert.ok(!ids("Gaza").some((x) => x.startsWith("GZA")), "Gaza is not a country");
  });

  it("resolves demonyms in adjective, plural and 'the' forms", () => {
    assert.equal(kb.demonymCountry("Chinese"), "CHN");
    assert.equal(kb.demonymCountry("the Chinese"), "CHN");
    assert.equal(kb.demonymCountry("Russians"), "RUS");
    assert.equal(kb.demonymCountry("Britons"), "GBR");
    assert.equal(kb.demonymCountry("Israeli"), "ISR");
    assert.equal(kb.demonymCountry("Frenchman"), "FRA");
    assert.equal(kb.demonymCountry("Ukraine"), null);
  });

  it("knows demonyms of several words", () => {
    assert.equal(kb.demonymCountry("Sierra Leonean"), "SLE");
    assert.equal(kb.demonymCountry("Papua New Guineans"), "PNG");
    assert.equal(kb.demonymCountry("Solomon Islander"), "SLB");
  });
});

describe("kb organisations and groups", () => {
  it("knows IGOs, armed groups and state media", () => {
    assert.equal(kb.lookup("NATO")[0]?.entry.id, "IGO:NATO");
    assert.equal(kb.lookup("European Community")[0]?.entry.id, "IGO:EU");
    assert.equal(kb.lookup("North Atlantic Treaty Organization")[0]?.entry.id, "IGO:NATO");
    assert.equal(kb.lookup("IAEA")[0]?.entry.sector, "IGO");
    assert.equal(kb.lookup("Houthi rebels")[0]?.entry.id, "GRP:houthis");
    assert.equal(kb.lookup("Hezbollah")[0]?.entry.kind, "group");
    assert.equal(kb.lookup("Hezbollah")[0]?.entry.country, "LBN");
    assert.equal(kb.lookup("Daesh")[0]?.entry.id, "GRP:isis");
    assert.equal(kb.lookup("Xinhua")[0]?.entry.country, "CHN");
    assert.equal(kb.lookup("KCNA")[0]?.entry.sector, "MED");
  });
});

describe("kb token matching", () => {
  it("finds the longest alias starting at a token", () => {
    const toks = ["the", "white", "house", "said"];
    assert.equal(kb.matchTokens(toks, 0), null);
    const m = kb.matchTokens(toks, 1);
    assert.equal(m?.length, 2);
    assert.equal(m?.matches[0]?.entry.id, "USAGOV");
    const un = kb.matchTokens(["u.n.", "security", "council", "voted"], 0);
    assert.equal(un?.length, 3);
    assert.equal(un?.matches[0]?.entry.id, "IGO:UNSC");
    const aq = kb.matchTokens(["al", "-", "qaeda", "claimed"], 0);
    assert.equal(aq?.length, 3);
    assert.ok(kb.maxAliasTokens >= 3);
  });
});

describe("kb agent nouns", () => {
  it("maps lemmas and plurals to sectors", () => {
    assert.equal(kb.agentSector("minister"), "GOV");
    assert.equal(kb.agentSector("ministers"), "GOV");
    assert.equal(kb.agentSector("troops"), "MIL");
    assert.equal(kb.agentSector("soldiers"), "MIL");
    assert.equal(kb.agentSector("rebels"), "REB");
    assert.equal(kb.agentSector("journalist"), "JRN");
    assert.equal(kb.agentSector("Policemen"), "COP");
    assert.equal(kb.agentSector("judges"), "JUD");
    assert.equal(kb.agentSector("refugees"), "REF");
    assert.equal(kb.agentSector("spokesman"), null);
    assert.equal(kb.agentSector("banana"), null);
  });
});

describe("kb loading", () => {
  it("reports missing data files with a stable error code", () => {
    assert.throws(() => readKbSource(new URL("file:///nonexistent-entente-kb/")), { code: "E_DATA" });
  });

  /** Time to parse a synthetic JSON document of `bytes` size: a yardstick for how busy the machine is. */
  function parseYardstick(bytes: number): number {
    const row = '["PER:example-person","Example Person","p","XXA","GOV",["Another Name"]],';
    const text = `[${row.repeat(Math.ceil(bytes / row.length)).slice(0, -1)}]`;
    const t0 = performance.now();
    JSON.parse(text);
    return performance.now() - t0;
  }

  it("loads the generated files about as fast as parsing their size of JSON", () => {
    // Interleaved minimum of three runs each: busy shared machines slow both sides alike.
    let yardstick = Number.POSITIVE_INFINITY;
    let load = Number.POSITIVE_INFINITY;
    let entries = 0;
    for (let run = 0; run < 3; run++) {
      yardstick = Math.min(yardstick, parseYardstick(4_000_000));
      const t0 = performance.now();
      const fresh = buildKb(readKbSource());
      fresh.lookup("Beijing");
      load = Math.min(load, performance.now() - t0);
      entries = fresh.stats().entries;
    }
    // Loading is JSON.parse of ~4 MB plus a pass over the surface keys: it must stay within a small
    // factor of the yardstick (an absolute bound would fail on shared, busy machines).
    assert.ok(load < 4 * yardstick + 50, `load ${load.toFixed(0)} ms vs yardstick ${yardstick.toFixed(0)} ms`);
    assert.ok(entries > 20000);
  });
});
