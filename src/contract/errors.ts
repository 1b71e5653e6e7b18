/** One error class with stable codes; batch paths turn it into an error line and go on. */

export const ERROR_CODES = {
  E_ARGS: "The command-line arguments cannot be used",
  E_IO: "The input could not be read",
  E_INPUT: "An input record is malformed (e.g. a JSONL line that is not a JSON object with id and text/html)",
  E_EMPTY: "The input has no text to analyse",
  E_BINARY: "The input is binary data, not text or HTML",
  E_TOO_LARGE: "The input is larger than the limit",
  E_TIMEOUT: "Analysis took longer than the per-document limit",
  E_ENCODING: "The input's character encoding could not be decoded",
  E_UNSUPPORTED: "This kind of input is not supported",
  E_FETCH: "The URL could not be fetched",
  E_DATA: "Evaluation or benchmark data is missing or malformed",
  E_INTERNAL: "An unexpected internal error (a bug: please report it)",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class EntenteError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options);
    this.code = code;
    this.name = "EntenteError";
  }
}

/** Any thrown value as {code, message}; unknown errors become E_INTERNAL. */
export function toErrorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof EntenteError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: "E_INTERNAL", message };
}
