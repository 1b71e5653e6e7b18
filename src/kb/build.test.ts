import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCountryInfo, personNames, singularTitle } from "./build/countryinfo.js";
import { padDate, parseCuratedLeaders } from "./build/curated-leaders.js";
import { KbBuilder } from "./build/model.js";
import { parseActors, parseAgents } from "./build/phoenix.js";
import { addPhoenixPlaces } from "./build/phoenix-places.js";
import { decodeMixed, parseDictDate, phraseText, slug, titleCase } from "./build/text.js";
import { foldToken, splitTokens, surfaceKey } from "./normalize.js";

// Fixtures are invented examples in the upstream formats, not upstream text.

describe("kb build: text helpers", () => {
  it("title-cases dictionary names and makes slugs", () => {
    assert.equal(titleCase("JOHN_DOE_OF_EXAMPLIA_"), "John Doe of Examplia");
    assert.equal(titleCase("ABU_SAMPLE_AL-TESTI_"), "Abu Sample al-Testi");
    assert.equal(slug("Ann-Marie O'Example"), "ann-marie-oexample");
    assert.equal(slug("Émile Ñandú"), "emile-nandu");
  });

  it("decodes mixed UTF-8 and Latin-1 lines and drops unbalanced brackets", () => {
    const bytes = new Uint8Array([...Buffer.from("Davuto\u011flu\n"), 0x43, 0xf4, 0x74, 0x65]);
    assert.equal(decodeMixed(bytes), "Davutoğlu\nCôte");
    assert.equal(phraseText("+SAMPLE_NAME)_"), "SAMPLE NAME");
    assert.equal(phraseText("EXAMPLE_ARMY_(EA)_"), "EXAMPLE ARMY (EA)");
  });

  it("parses six- and eight-digit dictionary dates, clamping impossible days", () => {
    assert.equal(parseDictDate("990809"), "1999-08-09");
    assert.equal(parseDictDate("050120"), "2005-01-20");
    assert.equal(parseDictDate("20100631"), "2010-06-30");
    assert.equal(parseDictDate("2004017"), null);
  });

  it("tokenises like wink (hyphens split, abbreviations kept) and folds", () => {
    assert.deepEqual(splitTokens("U.S.-led talks"), ["U.S.", "-", "led", "talks"]);
    assert.deepEqual(splitTokens("Hay'at  (HTS)"), ["Hay'at", "(", "HTS", ")"]);
    assert.equal(foldToken("Zürich"), "zurich");
    assert.equal(foldToken("Łódź"), "lodz");
    assert.equal(surfaceKey("  The   KREMLIN "), "the kremlin");
    // possessives split off as wink splits them in text
    assert.equal(surfaceKey("Farmers' Union"), "farmers ' union");
    assert.equal(surfaceKey("Nation's Voice"), "nation 's voice");
  });
});

describe("kb build: CountryInfo format", () => {
  const block = [
    "<Country>",
    "<CountryCode>XXA</CountryCode>",
    "<CountryName>REPUBLIC_OF_EXAMPLIA</CountryName>",
    "<ISO3166-alpha2>XA</ISO3166-alpha2>",
    "<ISO3166-alpha3>XXA</ISO3166-alpha3>",
    "<Nationality>",
    "\tEXAMPLIAN_",
    "\tEXAMPLELAND_",
    "</Nationality>",
    "<Capital>",
    "\tSAMPLE_CITY_",
    "</Capital>",
    "<MajorCities>",
    "\tPORT_TEST_",
    "#\tOLD_TOWN_",
    "</MajorCities>",
    "<Leaders>",
    "\t<Prime ministers>",
    "\t\tJANE_ROE_\t[19990101 - 20030315]  [>20070101]  [B:19500101]",
    "\t</Prime ministers>",
    "\t<Presidents of the council>",
    "\t\t{JOHN_DOE_}{JONATHAN_DOE_}\t[20030315 - 20080101]",
    "\t</Presidents of the council>",
    "</Leaders>",
    "<Government>",
    "\tRICHARD_ROE_\t[XXAGOVMIL 20050101 - 20060531][XXAGOV <20041231]\t# Minister of Defense & Minister of Sport",
    "</Government>",
    "</Country>",
    "",
  ].join("\n");
  const [c] = parseCountryInfo(`header\n${block}`);

  it("reads codes, names, places and people", () => {
    assert.equal(c?.code, "XXA");
    assert.equal(c?.iso2, "XA");
    assert.deepEqual(c?.nationality, ["EXAMPLIAN_", "EXAMPLELAND_"]);
    assert.deepEqual(c?.capitals, ["SAMPLE_CITY_"]);
    assert.deepEqual(c?.cities, ["PORT_TEST_"]);
    assert.equal(c?.leaders.length, 2);
    assert.deepEqual(c?.leaders[0]?.roles, [
      { title: "Prime minister", code: null, start: "1999-01-01", end: "2003-03-15" },
      { title: "Prime minister", code: null, start: "2007-01-01", end: "2011-02-28" },
    ]);
    assert.deepEqual(c?.leaders[1]?.names, ["JOHN_DOE_", "JONATHAN_DOE_"]);
    assert.equal(c?.leaders[1]?.roles[0]?.title, "President of the council");
    const gov = c?.government[0];
    assert.equal(gov?.roles.length, 2);
    assert.equal(gov?.roles[0]?.code, "XXAGOVMIL");
    assert.equal(gov?.roles[1]?.start, null);
    assert.equal(gov?.roles[1]?.end, "2004-12-31");
  });

  it("singularises section headings and splits synonym names", () => {
    assert.equal(singularTitle("Prime ministers"), "Prime minister");
    assert.equal(singularTitle("Kings"), "King");
    assert.equal(singularTitle("Presidents of the republic"), "President of the republic");
    assert.equal(singularTitle("Chairman of the military council"), "Chairman of the military council");
    assert.deepEqual(personNames("{A_B_}{C_D_}"), ["A_B_", "C_D_"]);
    assert.deepEqual(personNames("E_F_"), ["E_F_"]);
  });
});

describe("kb build: Phoenix formats", () => {
  it("reads actor entries with aliases and dated codes", () => {
    const text = [
      "# comment",
      "JOHN_DOE_  # CountryInfo.txt",
      "+PRESIDENT_DOE_",
      "+J._DOE_",
      "\t[XXAGOV 990809-000507]",
      "\t[XXAGOV >080508]",
      "\t[XXAELI]",
      "EXAMPLE_LIBERATION_FRONT_ [XXAREB] # note",
      "+ELF_",
      "",
      "NO_CODE_ENTRY_",
    ].join("\n");
    const actors = parseActors(text);
    assert.equal(actors.length, 2);
    assert.equal(actors[0]?.name, "JOHN DOE");
    assert.ok(actors[0]?.fromCountryInfo);
    assert.deepEqual(actors[0]?.aliases, ["PRESIDENT DOE", "J. DOE"]);
    assert.deepEqual(actors[0]?.codes[0], { code: "XXAGOV", start: "1999-08-09", end: "2000-05-07" });
    assert.equal(actors[0]?.codes[1]?.end, "2014-01-30");
    assert.deepEqual(actors[1]?.codes, [{ code: "XXAREB", start: null, end: null }]);
  });

  it("reads agent nouns with substitution sets and plural lists", () => {
    const text = [
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
      "FARMER [~AGR]",
      "FISHER!PERSON! [~AGR]",
      "DEFENSE_MINIST [~GOVMIL]",
      "GENDARMERY {GENDARMERIE} [~COP]",
      "TRUCE_MONITOR [IGO~]",
    ].join("\n");
    const agents = parseAgents(text);
    assert.equal(agents.get("farmer"), "AGR");
    assert.equal(agents.get("fisherwomen"), "AGR");
    assert.equal(agents.get("defense ministry"), "GOV");
    assert.equal(agents.get("gendarmerie"), "COP");
    assert.equal(agents.get("truce monitor"), "IGO");
  });
});

describe("kb build: curated leaders format", () => {
  it("parses offices and holders, padding partial dates", () => {
    const rows = parseCuratedLeaders(
      ["# c", "@XXA | President | PRES,HOS | GOV", "Jane Roe|Roe ; 2001-05 ; 2005 ", "John Doe ; 2006-01-02 ; - ; LEADER"].join("\n"),
      "test.txt",
    );
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]?.names, ["Jane Roe", "Roe"]);
    assert.equal(rows[0]?.start, "2001-05-01");
    assert.equal(rows[0]?.end, "2005-12-31");
    assert.equal(rows[1]?.end, null);
    assert.deepEqual(rows[1]?.extraClasses, ["LEADER"]);
    assert.deepEqual(rows[1]?.classes, ["PRES", "HOS"]);
    assert.equal(padDate("2024-02", "end"), "2024-02-29");
  });

  it("rejects malformed lines with a stable error code", () => {
    assert.throws(() => parseCuratedLeaders("Jane Roe ; 2001 ; -", "t.txt"), { code: "E_DATA" });
    assert.throws(() => parseCuratedLeaders("@XXA | President | PRES | GOV\nJane ; 20x1 ; -", "t.txt"), {
      code: "E_DATA",
    });
  });
});

describe("kb build: places from Phoenix country synonyms", () => {
  it("adds a country's unknown synonyms as its places, not its other names or persons' surnames", () => {
    const kb = new KbBuilder();
    kb.add({ id: "XXA", name: "Examplia", kind: "country", country: "XXA", sector: null });
    kb.alias("XXA", "Republic of Examplia");
    kb.add({ id: "PER:jane-sampleton", name: "Jane Sampleton", kind: "person", country: "XXA", sector: "GOV" });
    const text = ["EXAMPLIA_ [XXA]", "+REPUBLIC_OF_EXAMPLIA_", "+NORTH_TESTVILLE_", "+SAMPLETON", "+PORT_OF_DEMO_"].join("\n");
    const added = addPhoenixPlaces(kb, parseActors(text));
    assert.equal(added, 2);
    assert.equal(kb.entries.get("LOC:XXA:north-testville")?.country, "XXA");
    assert.ok(kb.entries.has("LOC:XXA:port-of-demo"));
    assert.ok(![...kb.entries.keys()].some((id) => id.includes("sampleton") && id.startsWith("LOC")));
  });
});
