/** A registry of API routes that produces the OpenAPI 3.1 document from the same zod schemas that validate requests. */
import { z } from "zod";

export interface RouteDoc {
  method: "get" | "post";
  /** Hono-style path, e.g. /api/articles/:id */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Media type of the success response. */
  produces?: string;
}

const ERROR_SCHEMA = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" } },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

function parameters(where: "query" | "path", schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = toJsonSchema(field as z.ZodType);
    const { description, ...rest } = fieldSchema;
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function buildOpenApi(routes: readonly RouteDoc[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters("path", r.params), ...parameters("query", r.query)],
      responses: {
        "200": { description: "OK", content: { [r.produces ?? "application/json"]: {} } },
        "4XX": { description: "Invalid request", content: { "application/json": { schema: ERROR_SCHEMA } } },
      },
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: toJsonSchema(r.body) } } };
    paths[path] ??= {};
    paths[path][r.method] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "entente explorer API",
      version,
      description: "Articles, actors, dyads, events, quotes and blocs, each item linked to its evidence.",
    },
    paths,
  };
}
