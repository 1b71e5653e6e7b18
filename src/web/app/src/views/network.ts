/** Network of countries: force layout, edges by cooperation (green) / conflict (red), nodes coloured by bloc, time-window slider. */
import type { NetworkResult } from "../../../../server/dto.ts";
import { get } from "../api.ts";
import { clear, h, href, qs, s } from "../dom.ts";
import { layout } from "../force.ts";
import type { Route } from "../main.ts";

const W = 820;
const H = 560;
/** Distinct colours for up to ten blocs; more blocs reuse them. */
const BLOC_COLOURS = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#2ca02c", "#d62728"];

function monthsBetween(min: string, max: string): string[] {
  const out: string[] = [];
  let [y, m] = min.slice(0, 7).split("-").map(Number) as [number, number];
  const [ey, em] = max.slice(0, 7).split("-").map(Number) as [number, number];
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** An edge counts as mixed unless one side outweighs the other by this factor. */
const DOMINANCE = 1.5;

function edgeTone(cooperation: number, conflict: number): "coop" | "conf" | "mixed" {
  if (cooperation > conflict * DOMINANCE) return "coop";
  if (conflict > cooperation * DOMINANCE) return "conf";
  return "mixed";
}

function draw(net: NetworkResult): SVGElement {
  const pos = layout(
    net.nodes.map((n) => n.key),
    net.edges.map((e) => ({ a: e.a, b: e.b, weight: e.cooperation + e.conflict })),
    W,
    H,
  );
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.cooperation + e.conflict));
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const svg = s("svg", { class: "network", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "network of countries" });
  for (const e of net.edges) {
    const p = pos.get(e.a);
    const q = pos.get(e.b);
    if (!p || !q) continue;
    const total = e.cooperation + e.conflict;
    const cls = `edge ${edgeTone(e.cooperation, e.conflict)}`;
    svg.append(
      s(
        "line",
        { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: cls, "stroke-width": 1 + (5 * total) / maxEdge, "data-a": e.a, "data-b": e.b },
        s("title", null, `${e.a}–${e.b}: ${e.cooperation} cooperation, ${e.conflict} conflict`),
      ),
    );
  }
  for (const n of net.nodes) {
    const p = pos.get(n.key)!;
    const link = s(
      "a",
      { href: href("actor", n.key), class: "node", "data-key": n.key },
      s("circle", { cx: p.x, cy: p.y, r: 6 + (12 * n.events) / maxNode, fill: BLOC_COLOURS[n.bloc % BLOC_COLOURS.length] ?? "#888" }),
      s("text", { x: p.x + 10, y: p.y + 4, class: "label" }, n.name),
      s("title", null, `${n.name}: ${n.events} events, bloc ${n.bloc + 1}`),
    );
    svg.append(link);
  }
  return svg;
}

export async function networkView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const from = route.params.get("from");
  const to = route.params.get("to");
  const net = await get<NetworkResult>(`/api/network${qs({ from, to })}`, signal);
  const months = net.range.min && net.range.max ? monthsBetween(net.range.min, net.range.max) : [];
  const startIdx = from ? Math.max(0, months.indexOf(from.slice(0, 7))) : 0;
  const endIdx = to ? Math.max(0, months.indexOf(to.slice(0, 7))) : months.length - 1;
  const startInput = h("input", {
    type: "range",
    min: 0,
    max: Math.max(0, months.length - 1),
    value: startIdx,
    "aria-label": "window start",
  });
  const endInput = h("input", { type: "range", min: 0, max: Math.max(0, months.length - 1), value: endIdx, "aria-label": "window end" });
  const label = h("span", { class: "window-label" });
  const showLabel = () => {
    label.textContent = months.length ? `${months[Number(startInput.value)]} → ${months[Number(endInput.value)]}` : "no dated events";
  };
  showLabel();
  const apply = () => {
    let a = Number(startInput.value);
    let b = Number(endInput.value);
    if (a > b) [a, b] = [b, a];
    const fromDate = `${months[a]}-01`;
    const [y, m] = (months[b] ?? "2000-01").split("-").map(Number) as [number, number];
    const toDate = `${months[b]}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
    location.hash = `#/network${qs({ from: fromDate, to: toDate })}`;
  };
  for (const input of [startInput, endInput]) {
    input.addEventListener("input", showLabel);
    input.addEventListener("change", apply);
  }
  const legend = h(
    "div",
    { class: "legend-row" },
    net.blocs.map((b) =>
      h(
        "span",
        { class: "bloc-chip" },
        h("span", { class: "swatch", style: `background:${BLOC_COLOURS[b.id % BLOC_COLOURS.length]}` }),
        ` bloc ${b.id + 1}: ${b.members.join(", ")}`,
      ),
    ),
  );
  clear(
    root,
    h("h1", null, "Network of countries"),
    h("div", { class: "window" }, "Time window ", startInput, endInput, label),
    h(
      "p",
      { class: "muted" },
      `${net.nodes.length} countries · ${net.edges.length} pairs · edges: green = mostly cooperation, red = mostly conflict, amber = mixed, width = events · node colour = bloc, size = events`,
    ),
    legend,
    net.nodes.length ? draw(net) : h("p", { class: "empty" }, "No events between countries in this window."),
  );
}
