/** Reading one article from a file path or stdin into a RawInput. */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { gunzipSync } from "node:zlib";
import { EntenteError } from "../contract/errors.js";
import type { RawInput } from "./raw-input.js";

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw new EntenteError("E_TOO_LARGE", `standard input exceeds ${MAX_FILE_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function readArticleFile(path: string): RawInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new EntenteError("E_IO", `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new EntenteError("E_TOO_LARGE", `${path} is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`);
  let name = basename(path);
  if (name.endsWith(".gz")) {
    bytes = gunzipSync(bytes);
    name = name.slice(0, -3);
  }
  const ext = extname(name).toLowerCase();
  const contentType = ext === ".html" || ext === ".htm" ? "text/html" : null;
  return { id: name, bytes, contentType };
}
