/** Where the shared evaluation data lives, and a clear error when it is absent. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EntenteError } from "../contract/errors.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** ../shared/data next to the repository (or $ENTENTE_SHARED/data). */
export function sharedDataRoot(): string {
  const base = process.env.ENTENTE_SHARED ?? join(repoRoot, "..", "shared");
  return join(base, "data");
}

export function defaultDataDir(folder: string): string {
  return join(sharedDataRoot(), folder);
}

export function requireDir(dir: string, what: string): string {
  if (!existsSync(dir)) {
    throw new EntenteError("E_DATA", `${what} data not found at ${dir} (../shared is absent; pass --data DIR)`);
  }
  return dir;
}

export { repoRoot };
