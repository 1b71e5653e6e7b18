/** Starts the explorer on a local port and resolves with its URL once it listens. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { EntenteError } from "../contract/errors.js";
import type { AppOptions, createApp } from "./app.js";

/** Loopback only by default: the API can fetch URLs, so it should not be open to the network unasked. */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8787;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(app: ReturnType<typeof createApp>, port: number, host = DEFAULT_HOST): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once("error", (e: NodeJS.ErrnoException) => {
      reject(
        new EntenteError("E_IO", e.code === "EADDRINUSE" ? `port ${port} is already in use (try --port)` : `cannot listen: ${e.message}`),
      );
    });
  });
}

export type { AppOptions };
