/**
 * chrono-node alone, mapped to TIMEX3, as the baseline the time stage must beat.
 * Mapping: a result with a known hour → TIME (value YYYY-MM-DDTHH:MM); otherwise DATE with as
 * much of YYYY-MM-DD as chrono marks certain (or implied, when anchored to the reference date).
 */
import * as chrono from "chrono-node";

export interface ChronoTimex {
  start: number;
  end: number;
  type: "DATE" | "TIME";
  value: string;
}

const pad = (n: number | null | undefined, w = 2) => String(n ?? 0).padStart(w, "0");

export function chronoTimexes(text: string, reference: string | null): ChronoTimex[] {
  const ref = reference ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : new Date("2000-01-01T12:00:00Z");
  const out: ChronoTimex[] = [];
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    const year = c.get("year");
    const month = c.get("month");
    const day = c.get("day");
    const hasDay = c.isCertain("day") || c.isCertain("weekday") || !c.isCertain("month");
    const hasMonth = c.isCertain("month") || hasDay;
    let value = pad(year, 4);
    if (hasMonth) value += `-${pad(month)}`;
    if (hasDay) value += `-${pad(day)}`;
    const isTime = c.isCertain("hour");
    if (isTime) value = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(c.get("hour"))}:${pad(c.get("minute"))}`;
    out.push({ start: r.index, end: r.index + r.text.length, type: isTime ? "TIME" : "DATE", value });
  }
  return out;
}
