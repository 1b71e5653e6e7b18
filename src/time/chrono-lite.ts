/**
 * chrono-node, trimmed to the two parsers the grammar hands work to: clock times ("3:30 p.m.",
 * "10 a.m") and slash dates ("10/27/98"). The full casual parser runs some thirty parsers on
 * every call; a clone with these two keeps the time stage fast.
 */
import * as chrono from "chrono-node";

const KEEP = new Set(["ENTimeExpressionParser", "SlashDateFormatParser"]);

let lite: chrono.Chrono | null = null;

function instance(): chrono.Chrono {
  if (!lite) {
    const c = chrono.en.casual.clone();
    c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
    // Refiners merge and filter results of several parsers; with one short string there is nothing to merge.
    c.refiners = [];
    lite = c;
  }
  return lite;
}

/** chrono's reading of a short string that the grammar already knows is a clock time or a slash date. */
export function chronoParse(text: string): chrono.ParsedResult | undefined {
  return instance().parse(text)[0];
}
