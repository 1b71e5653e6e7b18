/** zod validation of query strings, path parameters and JSON bodies, turned into 400 errors. */
import type { Context } from "hono";
import { z } from "zod";
import { HttpError } from "./errors.js";

function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join(".");
      return path ? `${where} ${path}: ${issue.message}` : `${where}: ${issue.message}`;
    })
    .join("; ");
}

/** Parse `value` with `schema` or throw a 400 E_VALIDATION naming the bad field. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, "E_VALIDATION", describeIssues(where, result.error));
  return result.data;
}

/** Query parameters; a strict schema rejects unknown names so typos are not silently ignored. */
export function query<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseOr400(schema, c.req.query(), "query parameter");
}

export function params<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseOr400(schema, c.req.param(), "path parameter");
}

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, "E_VALIDATION", "the request body is not valid JSON");
  }
  return parseOr400(schema, body, "body field");
}

/** Shared parameter schemas. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a calendar date");

export const Limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
export const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0);
