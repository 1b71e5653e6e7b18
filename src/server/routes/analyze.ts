/** POST /api/analyze: text, HTML or a URL → Analysis, without storing anything. */
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { RawInput } from "../../acquire/raw-input.js";
import type { ApiRouter } from "../api.js";
import { HttpError } from "../errors.js";
import type { ArticleFetcher } from "../fetch-article.js";
import { IsoDate, jsonBody } from "../validate.js";

/** Analysis runs on the event loop, so a request's text is capped well above a long article (~60k chars). */
export const MAX_ANALYZE_CHARS = 300_000;
/** JSON escaping can double a text's size; the body limit leaves room for that. */
export const MAX_ANALYZE_BODY_BYTES = 2 * MAX_ANALYZE_CHARS + 4096;

export const AnalyzeBody = z
  .strictObject({
    text: z.string().max(MAX_ANALYZE_CHARS).optional().describe("Plain article text"),
    html: z.string().max(MAX_ANALYZE_CHARS).optional().describe("Article HTML (boilerplate is removed)"),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe("http(s) URL to fetch and analyse"),
    publishedAt: IsoDate.optional().describe("Publication date YYYY-MM-DD; anchors relative dates"),
  })
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, {
    message: "give exactly one of text, html or url",
  });

export function registerAnalyze(api: ApiRouter, fetchArticle: ArticleFetcher): void {
  api.route(
    { method: "post", path: "/api/analyze", summary: "Analyse one article given as text, HTML or URL", tag: "analyze", body: AnalyzeBody },
    async (c) => {
      const body = await jsonBody(c, AnalyzeBody);
      let input: RawInput;
      if (body.url !== undefined) {
        input = await fetchArticle(body.url);
        if (input.bytes && input.bytes.length > MAX_ANALYZE_BODY_BYTES) {
          throw new HttpError(413, "E_TOO_LARGE", `the page is ${input.bytes.length} bytes; the limit is ${MAX_ANALYZE_BODY_BYTES}`);
        }
      } else if (body.html !== undefined) input = { id: "pasted", html: body.html };
      else input = { id: "pasted", text: body.text };
      if (body.publishedAt) input.publishedAt = body.publishedAt;
      // loaded on first use: the NLP model and knowledge base are not needed to browse a store
      const { analyze } = await import("../../pipeline/analyze.js");
      return c.json(analyze(input));
    },
  );
}

/** Refuse oversized bodies before reading them. */
export const analyzeBodyLimit = bodyLimit({
  maxSize: MAX_ANALYZE_BODY_BYTES,
  onError: () => {
    throw new HttpError(413, "E_TOO_LARGE", `the request body is larger than ${MAX_ANALYZE_BODY_BYTES} bytes`);
  },
});
