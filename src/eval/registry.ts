/** Suites are discovered from src/eval/suites/*.ts, each exporting `suite`. */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { EntenteError } from "../contract/errors.js";
import type { Suite } from "./types.js";

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), "suites");

export async function loadSuites(): Promise<Suite[]> {
  const files = readdirSync(suitesDir)
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  const suites: Suite[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(suitesDir, f)).href)) as { suite?: Suite };
    if (mod.suite) suites.push(mod.suite);
  }
  return suites;
}

export async function getSuite(name: string): Promise<Suite> {
  const suites = await loadSuites();
  const s = suites.find((x) => x.name === name);
  if (!s) throw new EntenteError("E_ARGS", `unknown suite "${name}"; available: ${suites.map((x) => x.name).join(", ")}`);
  return s;
}
