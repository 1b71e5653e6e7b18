/** A cooperation/conflict timeline in SVG: cooperation bars above the axis, conflict below; a bar click drills down. */
import { s } from "./dom.ts";

export interface ChartPoint {
  period: string;
  cooperation: number;
  conflict: number;
}

const W = 760;
const H = 220;
const PAD = { left: 36, right: 8, top: 12, bottom: 28 };
/** Label at most this many periods on the x axis so labels do not overlap. */
const MAX_LABELS = 12;

export function timelineChart(points: readonly ChartPoint[], onPick: (period: string) => void): SVGElement {
  const svg = s("svg", { class: "timeline", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "cooperation and conflict over time" });
  const max = Math.max(1, ...points.map((p) => Math.max(p.cooperation, p.conflict)));
  const plotH = H - PAD.top - PAD.bottom;
  const mid = PAD.top + plotH / 2;
  const half = plotH / 2;
  const step = (W - PAD.left - PAD.right) / Math.max(1, points.length);
  const barW = Math.max(2, Math.min(40, step * 0.7));
  svg.append(
    s("line", { x1: PAD.left, x2: W - PAD.right, y1: mid, y2: mid, class: "axis" }),
    s("text", { x: 4, y: PAD.top + 10, class: "tick" }, String(max)),
    s("text", { x: 4, y: H - PAD.bottom, class: "tick" }, String(max)),
    s("text", { x: PAD.left + 4, y: PAD.top + 10, class: "legend coop" }, "▲ cooperation"),
    s("text", { x: PAD.left + 4, y: H - PAD.bottom - 4, class: "legend conf" }, "▼ conflict"),
  );
  const every = Math.ceil(points.length / MAX_LABELS);
  points.forEach((p, i) => {
    const x = PAD.left + i * step + (step - barW) / 2;
    const up = (p.cooperation / max) * half;
    const down = (p.conflict / max) * half;
    const g = s(
      "g",
      {
        class: "bar",
        "data-period": p.period,
        tabindex: 0,
        role: "button",
        "aria-label": `${p.period}: ${p.cooperation} cooperation, ${p.conflict} conflict`,
      },
      s("title", null, `${p.period}: ${p.cooperation} cooperation, ${p.conflict} conflict — click for evidence`),
      s("rect", { x: PAD.left + i * step, y: PAD.top, width: step, height: plotH, class: "hit" }),
      up > 0 && s("rect", { x, y: mid - up, width: barW, height: up, class: "coop" }),
      down > 0 && s("rect", { x, y: mid, width: barW, height: down, class: "conf" }),
    );
    const pick = () => {
      for (const other of svg.querySelectorAll("g.bar.picked")) other.classList.remove("picked");
      g.classList.add("picked");
      onPick(p.period);
    };
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Enter") pick();
    });
    svg.append(g);
    if (i % every === 0)
      svg.append(s("text", { x: PAD.left + i * step + step / 2, y: H - 8, class: "tick", "text-anchor": "middle" }, p.period));
  });
  return svg;
}
