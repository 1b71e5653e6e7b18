/** `entente analyze`: one article (FILE, URL or -) or a JSONL stream, to JSON. */
import { createReadStream } from "node:fs";
import type { Writable } from "node:stream";
import { fetchArticle } from "../acquire/fetch-article.js";
import { isUrl, readArticleFile, readStdin } from "../acquire/file.js";
import { readJsonl } from "../acquire/jsonl.js";
import type { RawInput } from "../acquire/raw-input.js";
import { EntenteError, toErrorInfo } from "../contract/errors.js";
import { analyze } from "../pipeline/analyze.js";

export interface AnalyzeCliOptions {
  jsonl?: boolean;
  published?: string;
  pretty?: boolean;
}

function write(out: Writable, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(s)) resolve();
    else out.once("drain", () => resolve());
  });
}

export async function runAnalyzeBatch(source: string | undefined, out: Writable, published?: string): Promise<number> {
  let stream: NodeJS.ReadableStream;
  if (!source || source === "-") stream = process.stdin;
  else {
    stream = createReadStream(source);
    await new Promise<void>((resolve, reject) => {
      (stream as ReturnType<typeof createReadStream>).once("open", () => resolve());
      stream.once("error", (e) => reject(new EntenteError("E_IO", `cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? e}`)));
    });
  }
  let n = 0;
  for await (const rec of readJsonl(stream as never)) {
    n++;
    let line: string;
    if (!rec.ok) line = JSON.stringify({ id: rec.id, error: toErrorInfo(rec.error) });
    else {
      try {
        const input = rec.input;
        if (!input.publishedAt && published) input.publishedAt = published;
        line = JSON.stringify(analyze(input));
      } catch (e) {
        line = JSON.stringify({ id: rec.input.id, error: toErrorInfo(e) });
      }
    }
    await write(out, `${line}\n`);
  }
  return n;
}

export async function runAnalyzeOne(target: string, opts: AnalyzeCliOptions, out: Writable): Promise<void> {
  let input: RawInput;
  if (target === "-") input = { id: "stdin", bytes: await readStdin() };
  else if (isUrl(target)) input = await fetchArticle(target);
  else input = readArticleFile(target);
  if (opts.published) input.publishedAt = opts.published;
  const analysis = analyze(input);
  await write(out, `${opts.pretty ? JSON.stringify(analysis, null, 2) : JSON.stringify(analysis)}\n`);
}
