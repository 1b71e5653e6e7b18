/** Lengths written as adjectives: "a day-long meeting", "a decades-long dispute", "a year-long war". */
import { UNITS } from "./lexicon.js";
import { normalAt, type Rule } from "./match.js";
import { durationValue } from "./rules-relative.js";

/** "day-long", "weeks-long": one unit, or (plural) an unspecified number of them. */
export const unitLong: Rule = (ws, i) => {
  const unit = UNITS.get(normalAt(ws, i));
  if (!unit || normalAt(ws, i + 1) !== "-" || normalAt(ws, i + 2) !== "long") return null;
  const value = durationValue(unit.plural ? null : 1, unit);
  return [{ first: i, end: i + 3, type: "DURATION", sem: { k: "value", value }, mod: null }];
};
