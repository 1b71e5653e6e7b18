/** Overlap rules for merging roles from several sources. */
import type { DraftRole, KbBuilder } from "./model.js";

function overlaps(a: DraftRole, b: DraftRole): boolean {
  return (a.start ?? "0000") <= (b.end ?? "9999") && (b.start ?? "0000") <= (a.end ?? "9999");
}

/**
 * A role is new when the person has no role in the same scope overlapping it (only curated roles
 * count when `curatedOnly`: upstream offices held at the same time are all kept).
 */
export function fillsGap(kb: KbBuilder, personId: string, role: DraftRole, curatedOnly = false): boolean {
  return !(kb.roles.get(personId) ?? []).some(
    (r) =>
      (!curatedOnly || r.curated) &&
      (r.org ?? r.country) === (role.org ?? role.country) &&
      (overlaps(r, role) || (curatedOnly && r.title === role.title && r.start === role.start)),
  );
}

export function capitalise(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}
