/**
 * Builds the knowledge base into data/kb/*.json from the upstream dictionaries in
 * ../shared/data/kb-cameo-phoenix (CountryInfo CC BY-SA 3.0; Phoenix and text_to_CAMEO MIT) and the
 * curated tables in scripts/kb-curated. Deterministic: same inputs → byte-identical output.
 *
 *   npx tsx scripts/build-kb.ts [--src DIR] [--out DIR]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addCountries, ciIso3 } from "../src/kb/build/countries.js";
import { parseCountryInfo } from "../src/kb/build/countryinfo.js";
import { parseCuratedLeaders } from "../src/kb/build/curated-leaders.js";
import { givenNames } from "../src/kb/build/given-names.js";
import { KbBuilder } from "../src/kb/build/model.js";
import { addOrganisations } from "../src/kb/build/orgs.js";
import { addPeople } from "../src/kb/build/people.js";
import { parseActors, parseAgents } from "../src/kb/build/phoenix.js";
import { addPhoenixPlaces } from "../src/kb/build/phoenix-places.js";
import { decodeMixed } from "../src/kb/build/text.js";
import { AGENT_OVERRIDES } from "./kb-curated/agents.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const root = resolve(import.meta.dirname, "..");
const src = resolve(arg("--src", join(root, "..", "shared", "data", "kb-cameo-phoenix")));
const out = resolve(arg("--out", join(root, "data", "kb")));

/** Upstream files are mostly ASCII with some UTF-8 and some Latin-1 lines. */
const read = (name: string) => decodeMixed(readFileSync(join(src, name)));

const t0 = performance.now();
// CountryInfo mixes Latin-1 bytes into otherwise ASCII text.
const countryInfo = parseCountryInfo(read("CountryInfo.120116.txt"));
const countryNames = read("text_to_CAMEO.countrynames.txt")
  .split("\n")
  .map((l) => l.split("\t"))
  .filter((p): p is [string, string, string] => p.length >= 2 && !!p[0] && !!p[1] && p[1] !== "---");

const kb = new KbBuilder();
addCountries(kb, countryInfo, countryNames);
const international = parseActors(read("Phoenix.International.actors.txt"));
addOrganisations(kb, {
  international,
  milNonState: parseActors(read("Phoenix.MilNonState.actors.txt")),
});

const curatedDir = join(root, "scripts", "kb-curated");
const curated = readdirSync(curatedDir)
  .filter((f) => /^leaders-.*\.txt$/.test(f))
  .sort()
  .flatMap((f) => parseCuratedLeaders(readFileSync(join(curatedDir, f), "utf8"), f));
const phoenixCountries = parseActors(read("Phoenix.Countries.actors.txt"));
addPeople(
  kb,
  {
    curated,
    countryInfo,
    leadersCsv: read("CountryInfo.people_leaders.csv"),
    phoenixCountries,
    phoenixInternational: international,
  },
  ciIso3,
);
const phoenixPlaces = addPhoenixPlaces(kb, phoenixCountries);

const agents = parseAgents(read("Phoenix.agents.txt"));
for (const [noun, sector] of Object.entries(AGENT_OVERRIDES)) agents.set(noun, sector);

const files = kb.files(agents);
mkdirSync(out, { recursive: true });
const sizes: string[] = [];
for (const [name, value] of Object.entries({ ...files, "given-names": givenNames(kb) })) {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(join(out, `${name}.json`), text);
  sizes.push(`${name}.json ${(text.length / 1024).toFixed(0)} KiB`);
}
const people = Object.keys(files.roles.people).length;
const roles = Object.values(files.roles.people).reduce((n, r) => n + r.length, 0);
console.log(
  `kb: ${files.entries.length} entries (${people} people with ${roles} roles; ${phoenixPlaces} places from Phoenix country synonyms), ${Object.keys(files.surfaces).length} surfaces, ` +
    `${Object.keys(files.agents).length} agent nouns in ${(performance.now() - t0).toFixed(0)} ms → ${out}`,
);
console.log(sizes.join(", "));
