/**
 * chrono-node alone, mapped to TIMEX3 the simple way, as the baseline the time stage is
 * measured against: a result with a certain hour is a TIME, otherwise a DATE whose value keeps
 * the components chrono was certain of (day → YYYY-MM-DD, month → YYYY-MM, year → YYYY).
 */
import * as chrono from "chrono-node";
import type { Time } from "../contract/analysis.js";
import { span } from "../text/span.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function chronoTimes(text: string, publishedAt: string | null): Time[] {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  // Local noon of the publication day, so that chrono's local-time arithmetic stays on that day.
  const ref = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date(0);
  const out: Time[] = [];
  for (const r of chrono.en.casual.parse(text, ref)) {
    const c = r.start;
    const date = `${pad(c.get("year") ?? 0, 4)}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
    let type: Time["type"] = "DATE";
    let value: string;
    if (c.isCertain("hour")) {
      type = "TIME";
      value = `${date}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
    } else if (c.isCertain("day") || c.isCertain("weekday") || !c.isCertain("month")) {
      value = c.isCertain("year") && !c.isCertain("month") ? pad(c.get("year") ?? 0, 4) : date;
    } else value = date.slice(0, 7);
    if (!m && !c.isCertain("year")) continue;
    out.push({ id: `t${out.length + 1}`, ...span(text, r.index, r.index + r.text.length), type, value, mod: null });
  }
  return out;
}
