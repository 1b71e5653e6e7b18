/**
 * Clusters → contract entities: canonical name, kind, kbId, country, sector, and roles (the
 * KB's roles valid at the article's date, then those the text gives).
 */
import type { Entity, EntityKind, Mention, Role } from "../contract/analysis.js";
import { getKb, surfaceKey } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { span } from "../text/span.js";
import type { Cluster } from "./coref.js";
import { defaultEntityKind, type TextView } from "./types.js";

function kbRoles(personId: string, date: string | null): Role[] {
  const kb = getKb();
  return kb.rolesAt(personId, date).map((r) => ({
    title: r.title,
    affiliation: (r.org ? kb.byId(r.org)?.name : r.country ? kb.byId(r.country)?.name : null) ?? r.org ?? r.country ?? null,
    source: "kb" as const,
  }));
}

/** Sector from the head word of a text role ("associate professor" → EDU), via the KB's agent nouns. */
function sectorOfRoles(roles: readonly Role[]): string | null {
  const kb = getKb();
  for (const r of roles) {
    const words = r.title.toLowerCase().split(/[\s-]+/);
    for (let k = words.length - 1; k >= 0; k--) {
      // "general" after another title word is postpositive ("Secretary General", "Attorney
      // General"), not the military rank
      if (words[k] === "general" && k > 0) continue;
      const s = kb.agentSector(words[k] as string);
      if (s) return s;
    }
  }
  return null;
}

/**
 * A titled person the KB did not match by name ("President Reagan", "Prime Minister Blair"): the
 * holder of that title with that surname nearest the article's date. A longer name must also
 * start like the KB's ("Omar el-Bashir" ~ "Omar al-Bashir").
 */
function titledPersonId(cl: Cluster, name: string, date: string | null): string | null {
  if (cl.type !== "PER") return null;
  const words = name.split(/[\s-]+/);
  const surname = words[words.length - 1] as string;
  for (const role of cl.roles) {
    const hit = getKb().titledHolder({ surname, title: role.title, country: cl.country }, date);
    if (!hit) continue;
    if (words.length === 1 || surfaceKey(hit.name.split(/\s+/)[0] as string) === surfaceKey(words[0] as string)) return hit.id;
  }
  return null;
}

/**
 * The country an organisation's own name gives it: a leading demonym or country name ("Serbian
 * Workers' Union", "Montenegro Municipality Association", "Chinese Academy of Sciences"), else a
 * country after "of" ("Bank of Korea"). Only for names the KB does not know.
 */
function countryInName(name: string): string | null {
  const kb = getKb();
  const words = name.split(/\s+/);
  const countryOf = (surface: string) =>
    kb.demonymCountry(surface) ?? kb.lookup(surface).find((m) => m.entry.kind === "country" && m.via !== "metonym")?.entry.id ?? null;
  if (words.length < 2) return null;
  const lead = (words.length > 2 ? countryOf(words.slice(0, 2).join(" ")) : null) ?? countryOf(words[0] as string);
  if (lead) return lead;
  const of = words.indexOf("of");
  return of > 0 && of < words.length - 1 ? countryOf(words.slice(of + 1).join(" ")) : null;
}

export function buildEntities(view: TextView, clusters: Cluster[]): Entity[] {
  const kb = getKb();
  const out: Entity[] = [];
  for (const cl of clusters) {
    if (cl.mentions.length === 0) continue;
    const seen = new Set<number>();
    const mentions: Mention[] = [];
    for (const m of [...cl.mentions].sort((a, b) => a.first - b.first)) {
      const start = (view.tokens[m.first] as Token).start;
      const end = (view.tokens[m.end - 1] as Token).end;
      const key = start * (view.text.length + 1) + end;
      if (seen.has(key)) continue;
      seen.add(key);
      // Fields copied by name: an object spread here cost ~1 µs per mention in V8 (20× a literal).
      const s = span(view.text, start, end);
      mentions.push({ start: s.start, end: s.end, text: s.text, kind: m.kind });
    }
    const names = mentions.filter((m) => m.kind === "name");
    const longest = names.reduce<Mention | null>((a, m) => (!a || m.text.length > a.text.length ? m : a), null);
    const kbId = cl.kbId ?? (longest ? titledPersonId(cl, longest.text, view.publishedAt) : null);
    const entry = kbId ? kb.byId(kbId) : undefined;
    const kind: EntityKind = entry?.kind ?? cl.entityKind ?? defaultEntityKind(cl.type);
    const roles = [...(entry?.kind === "person" ? kbRoles(entry.id, view.publishedAt) : []), ...cl.roles];
    out.push({
      id: "",
      name: entry?.name ?? longest?.text ?? (mentions[0] as Mention).text,
      kind,
      kbId,
      country:
        entry?.country ??
        (entry?.kind === "country" ? entry.id : null) ??
        cl.country ??
        (!entry && kind === "organization" && longest ? countryInName(longest.text) : null),
      sector: entry?.sector ?? cl.sector ?? (kind === "person" ? sectorOfRoles(roles) : null),
      roles,
      mentions,
    });
  }
  out.sort((a, b) => (a.mentions[0] as Mention).start - (b.mentions[0] as Mention).start);
  out.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  return out;
}
