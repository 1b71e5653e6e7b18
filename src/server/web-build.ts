/** Builds the web app with Vite when src/web/dist is missing or older than its sources (used by npm start and browser tests). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_WEB_DIR } from "./static.js";

const WEB_ROOT = resolve(fileURLToPath(new URL("../web", import.meta.url)));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(join(DEFAULT_WEB_DIR, "index.html")).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when a build ran. Vite is a dev dependency, so it is loaded only when needed. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  // an installed package may ship only the built app
  if (!existsSync(join(WEB_ROOT, "app"))) return false;
  const sources = Math.max(newestMtime(join(WEB_ROOT, "app")), statSync(join(WEB_ROOT, "vite.config.ts")).mtimeMs);
  if (builtAt() >= sources) return false;
  log("building the web app…");
  const { build } = await import("vite");
  await build({ configFile: join(WEB_ROOT, "vite.config.ts"), logLevel: "warn" });
  return true;
}
