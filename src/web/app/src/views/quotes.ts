/** Quotes browser: full-text over quoted content, by speaker, about an actor. */
import type { QuotePage } from "../../../../server/dto.ts";
import { get } from "../api.ts";
import { clear, h, qs } from "../dom.ts";
import type { Route } from "../main.ts";
import { quoteItem } from "./common.ts";

const PAGE = 30;

export async function quotesView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const p = route.params;
  const q = p.get("q") ?? "";
  const speaker = p.get("speaker") ?? "";
  const about = p.get("about") ?? "";
  const offset = Number(p.get("offset") ?? "0") || 0;
  const page = await get<QuotePage>(`/api/quotes${qs({ q, speaker, about, limit: PAGE, offset })}`, signal);
  const form = h(
    "form",
    { class: "search-form" },
    h("input", { name: "q", value: q, type: "search", placeholder: "words in the quote", class: "q" }),
    h("label", null, "speaker ", h("input", { name: "speaker", value: speaker, size: 14 })),
    h("label", null, "about ", h("input", { name: "about", value: about, size: 14 })),
    h("button", { type: "submit" }, "Find quotes"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const d = new FormData(form);
    location.hash = `#/quotes${qs({ q: String(d.get("q") ?? ""), speaker: String(d.get("speaker") ?? ""), about: String(d.get("about") ?? "") })}`;
  });
  const link = (o: number) => `#/quotes${qs({ q, speaker, about, offset: o || null })}`;
  clear(
    root,
    h("h1", null, "Quotes"),
    form,
    h(
      "p",
      { class: "result-count" },
      page.items.length ? `quotes ${offset + 1}–${offset + page.items.length}${page.more ? " (more on the next page)" : ""}` : "no quotes",
    ),
    h("ul", { class: "quote-list" }, page.items.map(quoteItem)),
    h(
      "div",
      { class: "pager" },
      offset > 0 ? h("a", { href: link(Math.max(0, offset - PAGE)) }, "← previous") : null,
      page.more ? h("a", { href: link(offset + PAGE) }, "next →") : null,
    ),
  );
}
