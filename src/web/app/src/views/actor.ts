/** Actor page: profile, counterparts, event timeline, events, quotes by and about. */
import type { ActorPage, Page } from "../../../../server/dto.ts";
import type { EventRecord, TimelinePoint } from "../../../../store/types.ts";
import { get } from "../api.ts";
import { timelineChart } from "../chart.ts";
import { clear, h, href, qs } from "../dom.ts";
import type { Route } from "../main.ts";
import { eventItem, quoteItem, section } from "./common.ts";

export function toChartPoints(timeline: readonly TimelinePoint[]) {
  return timeline.map((t) => ({
    period: t.period,
    cooperation: t.byQuad.verbalCooperation + t.byQuad.materialCooperation,
    conflict: t.byQuad.verbalConflict + t.byQuad.materialConflict,
  }));
}

/** Bucket start (YYYY-MM or YYYY-MM-DD) → [from, to] dates covering it. */
export function periodRange(period: string, granularity: string): [string, string] {
  if (/^\d{4}-\d{2}$/.test(period)) {
    const [y, m] = period.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${period}-01`, `${period}-${String(last).padStart(2, "0")}`];
  }
  const days = granularity === "week" ? 6 : 0;
  const end = new Date(Date.parse(`${period}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return [period, end];
}

export async function actorView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const key = route.parts[1] ?? "";
  const [profile, events] = await Promise.all([
    get<ActorPage>(`/api/actors/${encodeURIComponent(key)}`, signal),
    get<Page<EventRecord>>(`/api/events${qs({ involving: key, limit: 50 })}`, signal),
  ]);
  const a = profile.actor;
  const typeCounts = Object.entries(profile.byType).sort((x, y) => y[1] - x[1]);
  clear(
    root,
    h("h1", { class: "actor-name" }, a.name),
    h(
      "p",
      { class: "muted" },
      [
        profile.details.kind ?? a.level,
        profile.details.country && profile.details.kind !== "country" ? `country ${profile.details.country}` : null,
        profile.details.sector ? `sector ${profile.details.sector}` : null,
        `key ${a.key}`,
        `${profile.events.asActor} events as actor`,
        `${profile.events.asRecipient} as recipient`,
      ]
        .filter(Boolean)
        .join(" · "),
      " ",
      h("a", { href: `#/search${qs({ actor: a.key })}` }, "articles →"),
      " ",
      h("a", { href: `#/quotes${qs({ speaker: a.key })}` }, "quotes →"),
    ),
    profile.details.roles.length
      ? h(
          "p",
          { class: "roles" },
          "Roles: ",
          profile.details.roles.map((r) => `${r.title}${r.affiliation ? ` (${r.affiliation})` : ""}`).join("; "),
        )
      : null,
    h(
      "div",
      { class: "type-chips" },
      typeCounts.map(([t, n]) => h("span", { class: "chip" }, `${t} ${n}`)),
    ),
    section(
      "Counterparts",
      profile.topCounterparts.length === 0
        ? h("p", { class: "empty" }, "No events with other actors yet.")
        : h(
            "table",
            { class: "counterparts" },
            h(
              "thead",
              null,
              h(
                "tr",
                null,
                h("th", null, "Counterpart"),
                h("th", null, "events"),
                h("th", null, "cooperation"),
                h("th", null, "conflict"),
                h("th", null, ""),
              ),
            ),
            h(
              "tbody",
              null,
              profile.topCounterparts.map((c) =>
                h(
                  "tr",
                  null,
                  h("td", null, h("a", { href: href("actor", c.key) }, c.name)),
                  h("td", null, String(c.events)),
                  h("td", { class: "coop" }, String(c.cooperation)),
                  h("td", { class: "conf" }, String(c.conflict)),
                  h("td", null, h("a", { href: href("dyad", a.key, c.key), class: "dyad-link" }, "relations over time →")),
                ),
              ),
            ),
          ),
    ),
    section(
      "Event timeline",
      profile.timeline.length
        ? timelineChart(toChartPoints(profile.timeline), (period) => {
            location.hash = `#/search${qs({
              actor: a.key,
              ...Object.fromEntries([
                ["from", periodRange(period, "month")[0]],
                ["to", periodRange(period, "month")[1]],
              ]),
            })}`;
          })
        : h("p", { class: "empty" }, "No dated events."),
    ),
    section(
      "Events",
      events.items.length ? h("ul", { class: "event-list" }, events.items.map(eventItem)) : h("p", { class: "empty" }, "No events."),
    ),
    h(
      "div",
      { class: "two-col" },
      section(
        "Quotes by",
        profile.quotesBy.length ? h("ul", { class: "quote-list" }, profile.quotesBy.map(quoteItem)) : h("p", { class: "empty" }, "None."),
      ),
      section(
        "Quotes about",
        profile.quotesAbout.length
          ? h("ul", { class: "quote-list" }, profile.quotesAbout.map(quoteItem))
          : h("p", { class: "empty" }, "None."),
      ),
    ),
  );
}
