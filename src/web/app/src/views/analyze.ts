/** Paste an article (text or HTML) or give a URL and see its analysis live, without storing it. */
import type { Analysis } from "../../../../contract/analysis.ts";
import { ApiError, post } from "../api.ts";
import { clear, h } from "../dom.ts";
import type { Route } from "../main.ts";
import { renderReader } from "../reader.ts";

/** Wait this long after the last keystroke before analysing, so typing does not flood the server. */
const DEBOUNCE_MS = 600;

export async function analyzeView(root: HTMLElement, _route: Route, signal: AbortSignal): Promise<void> {
  const area = h("textarea", {
    class: "paste",
    rows: 10,
    placeholder: "Paste article text or HTML here, or a URL (https://…) on its own line",
    "aria-label": "article to analyse",
  });
  const date = h("input", { type: "date", "aria-label": "publication date" });
  const status = h("p", { class: "muted status" }, "The analysis appears as you type.");
  const out = h("div", { class: "analysis-out" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const run = async () => {
    const value = area.value.trim();
    if (!value) return;
    inflight?.abort();
    inflight = new AbortController();
    const body: Record<string, string> = /^https?:\/\/\S+$/.test(value)
      ? { url: value }
      : /^\s*</.test(value)
        ? { html: value }
        : { text: value };
    if (date.value) body.publishedAt = date.value;
    status.textContent = "Analysing…";
    const t0 = performance.now();
    try {
      const analysis = await post<Analysis>("/api/analyze", body, inflight.signal);
      status.textContent = `Analysed in ${Math.round(performance.now() - t0)} ms: ${analysis.entities.length} entities, ${analysis.events.length} events, ${analysis.attributions.length} quotes, ${analysis.times.length} dates, ${analysis.quantities.length} numbers.`;
      clear(out, analysis.document.title ? h("h2", null, analysis.document.title) : null, renderReader(analysis));
    } catch (e) {
      if ((e as Error).name === "AbortError") return;
      status.textContent = e instanceof ApiError ? `${e.code}: ${e.message}` : String(e);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  area.addEventListener("input", schedule);
  date.addEventListener("change", schedule);
  signal.addEventListener("abort", () => {
    clearTimeout(timer);
    inflight?.abort();
  });
  clear(
    root,
    h("h1", null, "Analyse an article"),
    area,
    h(
      "div",
      { class: "row" },
      h("label", null, "published ", date),
      h("button", { type: "button", onclick: () => void run() }, "Analyse now"),
    ),
    status,
    out,
  );
}
