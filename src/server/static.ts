/** Serves the built web app (src/web/dist): files by path, index.html for every other non-API GET. */
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "hono";

export const DEFAULT_WEB_DIR = resolve(fileURLToPath(new URL("../web/dist", import.meta.url)));

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Vite puts content-hashed files under assets/, so they can be cached for good. */
const IMMUTABLE_PREFIX = "/assets/";

/** Content security policy: the app's own scripts only, no inline script, no remote anything. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

export function webDirExists(dir: string): boolean {
  try {
    return statSync(join(dir, "index.html")).isFile();
  } catch {
    return false;
  }
}

function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function staticHandler(webDir: string) {
  const root = resolve(webDir);
  const cache = new Map<string, Buffer>();
  const read = (file: string) => {
    let bytes = cache.get(file);
    if (!bytes) {
      bytes = readFileSync(file);
      cache.set(file, bytes);
    }
    return bytes;
  };
  return (c: Context) => {
    const path = c.req.path;
    const found = fileUnder(root, path);
    // A missing file with an extension is a real 404; anything else is a client-side route.
    if (!found && extname(path) !== "") return c.json({ error: { code: "E_NOT_FOUND", message: `no file ${path}` } }, 404);
    const file = found ?? join(root, "index.html");
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = {
      "content-type": type,
      "x-content-type-options": "nosniff",
      "cache-control": path.startsWith(IMMUTABLE_PREFIX) ? "public, max-age=31536000, immutable" : "no-cache",
    };
    if (type.startsWith("text/html")) headers["content-security-policy"] = CSP;
    return c.body(new Uint8Array(read(file)), 200, headers);
  };
}
