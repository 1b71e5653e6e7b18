/** WARC / WARC.gz archives (warcio): HTML responses only, decoded with their declared charset. */
import { createReadStream } from "node:fs";
import { WARCParser } from "warcio";
import { toErrorInfo } from "../contract/errors.js";
import { decodeBody } from "./fetch.js";
import type { RawInput } from "./raw-input.js";

export type WarcRecordResult =
  | { ok: true; locator: string; input: RawInput }
  | { ok: false; locator: string; error: { code: string; message: string } };

/** Largest response payload read from an archive (same cap as fetched pages). */
export const MAX_WARC_PAYLOAD = 10 * 1024 * 1024;

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

function header(h: { get(name: string): string | null | undefined } | undefined, name: string): string | null {
  return h?.get(name) ?? null;
}

/** Stream the archive; yields one result per HTML response record (other records are skipped). */
export async function* readWarc(path: string): AsyncGenerator<WarcRecordResult> {
  const parser = new WARCParser(createReadStream(path));
  let n = 0;
  try {
    for await (const record of parser) {
      n++;
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        yield {
          ok: false,
          locator: `warc:${path}#record-${n}`,
          error: { code: "E_INPUT", message: `${path}: record ${n} is not a WARC record` },
        };
        return;
      }
      if (record.warcType !== "response") {
        await record.skipFully();
        continue;
      }
      const target = record.warcTargetURI ?? `record-${n}`;
      const locator = `warc:${path}#${target}`;
      const status = Number(record.httpHeaders?.statusCode ?? Number.NaN);
      if (!(status >= 100 && status < 600)) {
        await record.skipFully();
        yield { ok: false, locator, error: { code: "E_INPUT", message: `${target}: malformed WARC response (no HTTP status line)` } };
        continue;
      }
      const contentType = header(record.httpHeaders?.headers as never, "content-type");
      if (status !== 200 || !contentType || !HTML_TYPE.test(contentType)) {
        await record.skipFully();
        continue;
      }
      if (record.warcContentLength > MAX_WARC_PAYLOAD + 64 * 1024) {
        await record.skipFully();
        yield { ok: false, locator, error: { code: "E_TOO_LARGE", message: `${target}: record over ${MAX_WARC_PAYLOAD} bytes` } };
        continue;
      }
      try {
        const body = await record.readFully(true);
        const html = decodeBody(body, contentType);
        yield { ok: true, locator, input: { id: target, html, url: target, contentType, publishedAt: null } };
      } catch (e) {
        yield { ok: false, locator, error: toErrorInfo(e) };
      }
    }
    if (n === 0) yield { ok: false, locator: `warc:${path}`, error: { code: "E_INPUT", message: `${path}: no WARC records` } };
  } catch (e) {
    yield {
      ok: false,
      locator: `warc:${path}#record-${n + 1}`,
      error: { code: "E_INPUT", message: `malformed WARC record: ${toErrorInfo(e).message}` },
    };
  }
}
