/** Registers a route on the Hono app and its description in the OpenAPI registry in one call. */
import type { Context, Hono } from "hono";
import type { RouteDoc } from "./openapi.js";

type Handler = (c: Context) => Response | Promise<Response>;

export class ApiRouter {
  readonly docs: RouteDoc[] = [];
  constructor(private readonly app: Hono) {}

  route(doc: RouteDoc, handler: Handler): void {
    this.docs.push(doc);
    if (doc.method === "get") this.app.get(doc.path, handler);
    else this.app.post(doc.path, handler);
  }
}
