/** Pieces shared by views: evidence sentences with the trigger marked, safe external links, event rows. */
import type { EventRecord, QuoteRecord } from "../../../../store/types.ts";
import { type Child, h, href } from "../dom.ts";

/** Only http(s) URLs become links: a stored `javascript:` URL must never be clickable. */
export function externalLink(url: string | null, label: string): Child {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "external" }, label);
}

/** The evidence sentence with the trigger span marked (offsets are into the article text). */
export function evidenceSentence(ev: Pick<EventRecord, "evidence" | "trigger">): HTMLElement {
  const text = ev.evidence.text;
  const a = Math.max(0, ev.trigger.start - ev.evidence.start);
  const b = Math.min(text.length, ev.trigger.end - ev.evidence.start);
  if (a >= b) return h("blockquote", { class: "evidence" }, text);
  return h("blockquote", { class: "evidence" }, text.slice(0, a), h("mark", null, text.slice(a, b)), text.slice(b));
}

function participants(list: EventRecord["actors"]): Child {
  if (list.length === 0) return "?";
  return list.map((p, i) => [i ? ", " : "", h("a", { href: href("actor", p.country && !p.sector ? p.country : p.key) }, p.text)]);
}

export function eventItem(ev: EventRecord): HTMLElement {
  const polarity = ev.intensity >= 0 ? "coop" : "conf";
  return h(
    "li",
    { class: `event-row ${polarity}`, "data-event": ev.id },
    h(
      "div",
      { class: "event-head" },
      h("span", { class: `badge ${polarity}` }, ev.type),
      " ",
      participants(ev.actors),
      " → ",
      participants(ev.recipients),
      h("span", { class: "muted" }, ` · ${ev.modality} · ${ev.date ?? "undated"}${ev.reports > 1 ? ` · ${ev.reports} reports` : ""}`),
    ),
    evidenceSentence(ev),
    h(
      "div",
      { class: "source" },
      h("a", { href: href("article", ev.articleId) }, ev.article.title ?? `article ${ev.articleId}`),
      ev.article.publishedAt ? ` · ${ev.article.publishedAt.slice(0, 10)}` : "",
    ),
  );
}

export function quoteItem(q: QuoteRecord): HTMLElement {
  const speaker = q.speaker?.name ?? "unknown speaker";
  return h(
    "li",
    { class: "quote-row", "data-quote": q.id },
    h("blockquote", { class: `quote-text quote-${q.kind}` }, q.content.text),
    h(
      "div",
      { class: "source" },
      "— ",
      q.speaker?.key ? h("a", { href: href("actor", q.speaker.key) }, speaker) : speaker,
      h("span", { class: "muted" }, ` · ${q.kind} · ${q.stance}${q.cue ? ` · “${q.cue.text}”` : ""} · `),
      h("a", { href: href("article", q.articleId) }, q.article.title ?? `article ${q.articleId}`),
      q.article.publishedAt ? ` · ${q.article.publishedAt.slice(0, 10)}` : "",
    ),
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h("section", { class: "panel" }, h("h2", null, title), ...children);
}
