/** Hash router: #/ search, #/article/ID, #/actor/KEY, #/dyad/A/B, #/network, #/quotes, #/analyze. */
import { ApiError } from "./api.ts";
import { clear, h } from "./dom.ts";
import { actorView } from "./views/actor.ts";
import { analyzeView } from "./views/analyze.ts";
import { articleView } from "./views/article.ts";
import { dyadView } from "./views/dyad.ts";
import { networkView } from "./views/network.ts";
import { quotesView } from "./views/quotes.ts";
import { searchView } from "./views/search.ts";

export interface Route {
  parts: string[];
  params: URLSearchParams;
}

type View = (root: HTMLElement, route: Route, signal: AbortSignal) => Promise<void>;

const VIEWS: Record<string, View> = {
  "": searchView,
  search: searchView,
  article: articleView,
  actor: actorView,
  dyad: dyadView,
  network: networkView,
  quotes: quotesView,
  analyze: analyzeView,
};

function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path = "", query = ""] = raw.split("?", 2);
  const parts = path
    .split("/")
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  return { parts, params: new URLSearchParams(query) };
}

const FIRST_VIEW_MARK = "entente:first-view";
let current: AbortController | null = null;

async function render(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseHash();
  const name = route.parts[0] ?? "";
  const root = document.getElementById("view")!;
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav a[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === (name || "search"));
  }
  const view = VIEWS[name];
  if (!view) {
    clear(root, h("p", { class: "error" }, `No page “${name}”.`));
    return;
  }
  clear(root, h("p", { class: "loading" }, "Loading…"));
  try {
    await view(root, route, controller.signal);
    // lets tests and users read the first-render time (ms since navigation start) from the Performance API
    if (performance.getEntriesByName(FIRST_VIEW_MARK).length === 0) performance.mark(FIRST_VIEW_MARK);
  } catch (e) {
    if (controller.signal.aborted) return;
    const msg = e instanceof ApiError ? `${e.code}: ${e.message}` : String(e);
    clear(root, h("p", { class: "error", role: "alert" }, msg));
  }
}

window.addEventListener("hashchange", () => void render());
void render();
