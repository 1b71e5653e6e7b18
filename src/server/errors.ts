/** HTTP error bodies {error: {code, message}} and the status each error code maps to. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { EntenteError, toErrorInfo } from "../contract/errors.js";

/** Codes the server adds to the contract's list (routing and validation). */
export type HttpErrorCode = "E_NOT_FOUND" | "E_VALIDATION" | "E_METHOD" | "E_NO_STORE";

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: HttpErrorCode | string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Input problems are the client's fault (4xx); fetch failures are an upstream problem (502). */
const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  E_ARGS: 400,
  E_INPUT: 400,
  E_EMPTY: 422,
  E_BINARY: 415,
  E_ENCODING: 415,
  E_UNSUPPORTED: 415,
  E_TOO_LARGE: 413,
  E_TIMEOUT: 504,
  E_FETCH: 502,
  E_IO: 500,
  E_DATA: 500,
  E_INTERNAL: 500,
};

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** The one error handler: every thrown value becomes a JSON body with a stable code. */
export function respondWithError(err: unknown, c: Context) {
  if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof EntenteError) return c.json(errorBody(err.code, err.message), STATUS_BY_CODE[err.code] ?? 500);
  const info = toErrorInfo(err);
  return c.json(errorBody(info.code, info.message), 500);
}
