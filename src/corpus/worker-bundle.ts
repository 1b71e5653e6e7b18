/**
 * The analysis worker as one pre-bundled ES module. Loading ~150 TypeScript files through tsx's
 * loader thread cost each worker about 2 s of CPU at start-up (a third of a small ingest); one
 * bundled file loads in a fraction of that. The bundle is rebuilt from the sources at every pool
 * start (esbuild, ~0.2 s off the JS threads) and rewritten only when it changed, so it is never stale.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Inside node_modules, so the bundle's bare imports (wink-nlp, chrono-node, …) resolve as from the package. */
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/entente/", import.meta.url));

/** Modules find their data files relative to `import.meta.url`; in a bundle each keeps its own source URL. */
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;

/**
 * Bundles `entry` (a .ts module path) and returns the bundle's file URL, or null when bundling is
 * unavailable (esbuild missing, read-only install): callers then load the sources through tsx.
 */
export async function bundleModule(entry: string): Promise<URL | null> {
  try {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      logLevel: "silent",
      plugins: [
        {
          name: "own-import-meta-url",
          setup(b) {
            b.onLoad({ filter: /\.ts$/ }, (args) => ({
              contents: readFileSync(args.path, "utf8").replace(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)),
              loader: "ts",
            }));
          },
        },
      ],
    });
    const code = result.outputFiles[0]?.text;
    if (!code) return null;
    // named by the entry's path, so bundles of different entries never overwrite each other
    const tag = createHash("sha256").update(entry).digest("hex").slice(0, 8);
    const file = join(CACHE_DIR, `${basename(entry, ".ts")}-${tag}.mjs`);
    let current: string | null = null;
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // first run
    }
    if (current !== code) {
      mkdirSync(dirname(file), { recursive: true });
      // write then rename: a concurrent ingest never loads a half-written file
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, file);
    }
    return pathToFileURL(file);
  } catch {
    return null;
  }
}
