/** Computes the memoised whole-store aggregates before the URL is printed, so the first page a user opens is fast. */
import type { Store } from "../store/index.js";
import { searchArticles } from "./queries/articles.js";
import { countryNetwork } from "./queries/network.js";

export function warmUp(store: Store): void {
  searchArticles(store, { limit: 20, offset: 0 });
  countryNetwork(store);
}
