/** Dyad page: cooperation/conflict timeline between two actors; clicking a period lists the evidence sentences. */
import type { DyadResult, Page } from "../../../../server/dto.ts";
import type { EventRecord } from "../../../../store/types.ts";
import { get } from "../api.ts";
import { timelineChart } from "../chart.ts";
import { clear, h, href, qs } from "../dom.ts";
import type { Route } from "../main.ts";
import { periodRange, toChartPoints } from "./actor.ts";
import { eventItem, section } from "./common.ts";

export async function dyadView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const a = route.parts[1] ?? "";
  const b = route.parts[2] ?? "";
  const granularity = route.params.get("granularity") ?? "month";
  const base = `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const dyad = await get<DyadResult>(`${base}${qs({ granularity })}`, signal);
  const evidenceBox = h("div", { class: "evidence-box" });

  const showEvidence = async (from: string | null, to: string | null, label: string) => {
    clear(evidenceBox, h("p", { class: "loading" }, "Loading evidence…"));
    const page = await get<Page<EventRecord>>(`${base}/evidence${qs({ from, to, limit: 100 })}`, signal);
    clear(
      evidenceBox,
      h("h3", null, `${label}: ${page.total} events`),
      page.items.length ? h("ul", { class: "event-list" }, page.items.map(eventItem)) : h("p", { class: "empty" }, "No events."),
    );
  };

  const granularityLinks = ["week", "month"].map((g) =>
    g === granularity ? h("strong", null, g) : h("a", { href: `${href("dyad", a, b)}${qs({ granularity: g })}` }, g),
  );
  clear(
    root,
    h(
      "h1",
      null,
      h("a", { href: href("actor", dyad.a.key) }, dyad.a.name),
      " ⇄ ",
      h("a", { href: href("actor", dyad.b.key) }, dyad.b.name),
    ),
    h(
      "p",
      { class: "muted" },
      "Bars count distinct events per period in both directions; click a bar for the evidence. Period: ",
      granularityLinks[0]!,
      " · ",
      granularityLinks[1]!,
    ),
    section(
      "Cooperation and conflict",
      dyad.timeline.length
        ? timelineChart(toChartPoints(dyad.timeline), (period) => {
            const [from, to] = periodRange(period, granularity);
            void showEvidence(from, to, period);
          })
        : h("p", { class: "empty" }, "No dated events between these two."),
    ),
    section("Evidence", evidenceBox),
  );
  await showEvidence(null, null, "All periods");
}
