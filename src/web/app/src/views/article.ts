/** Article page: metadata and the highlighted reader. */
import type { ArticleDetail } from "../../../../server/dto.ts";
import { get } from "../api.ts";
import { clear, h } from "../dom.ts";
import type { Route } from "../main.ts";
import { renderReader } from "../reader.ts";
import { externalLink } from "./common.ts";

export async function articleView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.parts[1] ?? "";
  const a = await get<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`, signal);
  const meta = [a.article.publisher, a.article.byline, a.article.publishedAt?.slice(0, 10)].filter(Boolean).join(" · ");
  clear(
    root,
    h(
      "article",
      { class: "article-page" },
      h("h1", { class: "article-title" }, a.article.title ?? `Article ${a.article.id}`),
      h("p", { class: "muted" }, meta, " ", externalLink(a.article.url, "source ↗")),
      renderReader(a.analysis),
    ),
  );
}
