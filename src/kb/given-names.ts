/**
 * The given-name list built with the KB (data/kb/given-names.json, see build/given-names.ts),
 * loaded on first use. Words are folded like KB surfaces (lower case, no diacritics).
 */
import { readFileSync } from "node:fs";
import { EntenteError } from "../contract/errors.js";
import { kbDir } from "./store.js";

let names: Set<string> | null = null;

export function givenNameSet(): ReadonlySet<string> {
  if (!names) {
    try {
      names = new Set(JSON.parse(readFileSync(new URL("given-names.json", kbDir()), "utf8")) as string[]);
    } catch (err) {
      throw new EntenteError("E_DATA", "KB file given-names.json is missing or malformed: run npx tsx scripts/build-kb.ts", {
        cause: err,
      });
    }
  }
  return names;
}
