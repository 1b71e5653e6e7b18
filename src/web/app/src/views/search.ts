/** Search: full-text query with date and actor filters, result and facet counts. */
import type { ArticleSearchResult, Stats } from "../../../../server/dto.ts";
import { get } from "../api.ts";
import { type Child, clear, h, href, qs } from "../dom.ts";
import type { Route } from "../main.ts";

const PAGE = 20;

/** FTS snippets mark matches with [ and ]; split them into text and <mark> nodes. */
function snippet(text: string): Child[] {
  return text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith("[") && part.endsWith("]") ? h("mark", null, part.slice(1, -1)) : part));
}

/** With an actor filter, a link to that actor's own page. */
function actorPageLink(actor: string): Child {
  return actor ? h("a", { href: href("actor", actor), class: "actor-page-link" }, ` ${actor}'s profile →`) : null;
}

export async function searchView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const p = route.params;
  const q = p.get("q") ?? "";
  const from = p.get("from") ?? "";
  const to = p.get("to") ?? "";
  const actor = p.get("actor") ?? "";
  const type = p.get("type") ?? "";
  const offset = Number(p.get("offset") ?? "0") || 0;
  const [stats, result] = await Promise.all([
    get<Stats>("/api/stats", signal),
    get<ArticleSearchResult>(`/api/articles${qs({ q, from, to, actor, type, limit: PAGE, offset })}`, signal),
  ]);
  const input = (name: string, value: string, attrs: Record<string, string> = {}) => h("input", { name, value, ...attrs });
  const form = h(
    "form",
    { class: "search-form", role: "search" },
    input("q", q, { type: "search", placeholder: "Search articles (e.g. ceasefire, sanctions)", "aria-label": "search text", class: "q" }),
    h("label", null, "actor ", input("actor", actor, { placeholder: "RUS, name or key", size: "14" })),
    h("label", null, "from ", input("from", from, { type: "date" })),
    h("label", null, "to ", input("to", to, { type: "date" })),
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = `#/search${qs({ q: String(data.get("q") ?? ""), actor: String(data.get("actor") ?? ""), from: String(data.get("from") ?? ""), to: String(data.get("to") ?? ""), type })}`;
  });
  const current = { q, from, to, actor, type };
  const withOffset = (o: number) => `#/search${qs({ ...current, offset: o || null })}`;
  const without = (key: keyof typeof current) => `#/search${qs({ ...current, [key]: null })}`;
  const active = (["actor", "type", "from", "to"] as const).filter((k) => current[k]);
  const facetList = (title: string, facets: ArticleSearchResult["facets"]["year"], link: (v: string) => string) =>
    facets.length === 0
      ? null
      : h(
          "div",
          { class: "facet" },
          h("h3", null, title),
          h(
            "ul",
            null,
            facets.map((f) => h("li", null, h("a", { href: link(f.value) }, f.value), h("span", { class: "count" }, String(f.count)))),
          ),
        );
  clear(
    root,
    h(
      "p",
      { class: "stats" },
      `${stats.articles} articles · ${stats.events} events · ${stats.attributions} quotes · ${stats.entities} entities`,
    ),
    form,
    h(
      "div",
      { class: "search-layout" },
      h(
        "aside",
        { class: "facets" },
        facetList("Year", result.facets.year, (v) => `#/search${qs({ ...current, from: `${v}-01-01`, to: `${v}-12-31` })}`),
        facetList("Countries", result.facets.country, (v) => `#/search${qs({ ...current, actor: v })}`),
        facetList("Event types", result.facets.eventType, (v) => `#/search${qs({ ...current, type: v })}`),
      ),
      h(
        "div",
        { class: "results" },
        h("p", { class: "result-count" }, `${result.total} ${result.total === 1 ? "article" : "articles"}${q ? ` match “${q}”` : ""}`),
        active.length
          ? h(
              "p",
              { class: "active-filters" },
              active.map((k) => h("a", { href: without(k), class: "chip", title: "remove this filter" }, `${k}: ${current[k]} ×`)),
              actorPageLink(actor),
            )
          : null,
        h(
          "ol",
          { class: "result-list", start: offset + 1 },
          result.items.map((a) =>
            h(
              "li",
              { class: "result" },
              h("a", { href: href("article", a.id), class: "title" }, a.title ?? `Article ${a.id}`),
              h("div", { class: "muted" }, [a.publisher, a.publishedAt?.slice(0, 10)].filter(Boolean).join(" · ")),
              a.snippet ? h("p", { class: "snippet" }, snippet(a.snippet)) : null,
            ),
          ),
        ),
        h(
          "div",
          { class: "pager" },
          offset > 0 ? h("a", { href: withOffset(Math.max(0, offset - PAGE)) }, "← previous") : null,
          offset + PAGE < result.total ? h("a", { href: withOffset(offset + PAGE), class: "next" }, "next →") : null,
        ),
      ),
    ),
  );
}
