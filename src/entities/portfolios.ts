/**
 * A minister's portfolio is part of the title, not a name: in "Serbian Labour Minister Zoran
 * Milosevic" the tagger often reads "Serbian Labour" as an organisation (a party name). A name
 * span that ends in portfolio words right before "Minister" or "Secretary" stops before them;
 * what is left ("Serbian") is read again by the KB (a demonym), or nothing is left.
 */
import type { Token } from "../nlp/index.js";
import { PORTFOLIO_TITLES, PORTFOLIO_WORDS } from "./heuristics.js";
import type { Candidate, TextView } from "./types.js";

export function cutPortfolioTitles(view: TextView, spans: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of spans) {
    const next = view.tokens[c.end];
    if (!next || !PORTFOLIO_TITLES.has(next.normal)) {
      out.push(c);
      continue;
    }
    let end = c.end;
    while (end > c.first && PORTFOLIO_WORDS.has((view.tokens[end - 1] as Token).normal)) end--;
    if (end === c.end) out.push(c);
    else if (end > c.first) out.push({ ...c, end });
  }
  return out;
}
