/**
 * Coreference within one document: the same KB identity; a full name then its surname or
 * given name; a description ("the Russian president") → the office holder at the article's
 * date (KB) or a person the text gave that title; he/she → the nearest compatible person.
 */
import type { MentionKind, Role } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { initialsOf } from "./acronyms.js";
import { describedHolder, findDescriptions } from "./descriptions.js";
import { docIndex } from "./doc-index.js";
import { HONORIFICS, NAME_PARTICLES } from "./heuristics.js";
import { resolvePronouns } from "./pronouns.js";
import { companyShortEnd } from "./short-names.js";
import type { Candidate, NameType, TextView } from "./types.js";

export interface ClusterMention {
  first: number;
  end: number;
  kind: MentionKind;
}

export interface Cluster {
  type: NameType;
  entityKind: Candidate["entityKind"];
  kbId: string | null;
  country: string | null;
  sector: string | null;
  roles: Role[];
  mentions: ClusterMention[];
  /** Lower-cased name tokens of its name mentions (for surname / given-name matching). */
  nameTokens: string[][];
  gender: "m" | "f" | null;
  /** Name-mention types the finders gave, for a document-level majority (see settleTypes). */
  votes: Record<NameType, number>;
}

function nameWords(view: TextView, c: { first: number; end: number }): string[] {
  const out: string[] = [];
  for (let k = c.first; k < c.end; k++) {
    const w = (view.tokens[k] as Token).normal;
    if (w !== "." && w !== "-" && !NAME_PARTICLES.has(w)) out.push(w);
  }
  return out;
}

/** A later PER name that is a part (surname, given name, or last two words) of an earlier full name. */
function isPartOf(part: string[], full: string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return part.join(" ") === full.join(" ");
  const tail = full.slice(full.length - part.length).join(" ");
  return tail === part.join(" ") || (part.length === 1 && full[0] === part[0]);
}

function newCluster(c: Candidate, mention: ClusterMention): Cluster {
  return {
    type: c.type,
    entityKind: c.entityKind,
    kbId: c.kbId,
    country: c.country,
    sector: c.sector,
    roles: [...c.roles],
    mentions: [mention],
    nameTokens: [],
    gender: null,
    votes: { PER: 0, ORG: 0, LOC: 0 },
  };
}

function absorb(cl: Cluster, c: Candidate): void {
  cl.kbId ??= c.kbId;
  cl.country ??= c.country;
  cl.sector ??= c.sector;
  cl.entityKind ??= c.entityKind;
  for (const r of c.roles) if (!cl.roles.some((x) => x.title === r.title && x.affiliation === r.affiliation)) cl.roles.push(r);
}

/** Link a person name not found by the KB trie to a KB person with the same full name. */
function lookupPerson(view: TextView, c: Candidate): void {
  if (c.kbId || c.type !== "PER" || c.end - c.first < 2) return;
  const hit = docIndex(view.tokens)
    .kbExact(c.first, c.end)
    .find((m) => m.entry.kind === "person");
  if (hit) {
    c.kbId = hit.entry.id;
    c.country ??= hit.entry.country;
    c.sector ??= hit.entry.sector;
  }
}

/** The most recently started PER cluster one of whose full names contains `words` as a part. */
function latestWithPart(byNameWord: Map<string, Cluster[]>, words: string[]): Cluster | undefined {
  let best: Cluster | undefined;
  let bestFirst = -1;
  for (const w of new Set([words[0], words[words.length - 1]])) {
    for (const other of (w !== undefined && byNameWord.get(w)) || []) {
      const first = (other.mentions[0] as ClusterMention).first;
      if (other.type === "PER" && first > bestFirst && other.nameTokens.some((full) => isPartOf(words, full))) {
        best = other;
        bestFirst = first;
      }
    }
  }
  return best;
}

export function clusterMentions(view: TextView, cands: Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKb = new Map<string, Cluster>();
  const bySurface = new Map<string, Cluster>();
  // PER clusters by the first and the last word of each full name, for surname / given-name links.
  const byNameWord = new Map<string, Cluster[]>();
  const indexName = (cl: Cluster, words: string[]) => {
    for (const w of [words[0], words[words.length - 1]]) {
      if (w === undefined) continue;
      const list = byNameWord.get(w);
      if (!list) byNameWord.set(w, [cl]);
      else if (list[list.length - 1] !== cl) list.push(cl);
    }
  };
  const shortNames = companyShortNames(view, cands);
  for (const c of cands) {
    lookupPerson(view, c);
    const mention: ClusterMention = { first: c.first, end: c.end, kind: c.kind };
    const words = nameWords(view, c);
    // Names of any type share a key: the same surface is one entity, typed by majority.
    const written = `${c.kind === "name" ? "n" : c.kind}:${words.join(" ")}`;
    const surface = shortNames.get(written) ?? shortNames.get(written.replaceAll(".", "")) ?? written;
    let cl = (c.kbId ? byKb.get(c.kbId) : undefined) ?? bySurface.get(surface);
    // A bare one-word name with no KB reading of its own that is part of a person named earlier
    // is that person, whatever type the tagger gave it ("Xi Jinping … Xi said" with "Xi" as LOC).
    const bare = c.kind === "name" && !c.kbId && c.end - c.first === 1;
    let byPart = false;
    if (!cl && c.kind === "name" && (c.type === "PER" || bare)) {
      cl = latestWithPart(byNameWord, words);
      byPart = cl !== undefined;
    }
    if (cl) {
      cl.mentions.push(mention);
      absorb(cl, c);
    } else {
      cl = newCluster(c, mention);
      clusters.push(cl);
    }
    if (c.kind === "name") cl.votes[byPart ? "PER" : c.type] += c.kbId || c.strong ? KB_VOTE : 1;
    if ((c.type === "PER" || byPart) && c.kind === "name") {
      cl.nameTokens.push(words);
      indexName(cl, words);
      const hon = view.tokens[c.first - 1];
      const g = hon ? HONORIFICS.get(hon.normal) : undefined;
      if (g && g !== "x") cl.gender = g;
    }
    if (cl.kbId) byKb.set(cl.kbId, cl);
    bySurface.set(surface, cl);
  }
  settleTypes(view, clusters);
  mergeSpellingVariants(clusters);
  linkDescriptions(view, cands, clusters, byKb);
  resolvePronouns(view, clusters);
  return clusters;
}

/**
 * A company's short name and an organisation's acronym key to its full name ("n:ford" → "n:ford
 * motor company", "n:gm" → "n:general motors"), so "Ford" before or after "Ford Motor Company" is
 * the same entity (see short-names.ts, acronyms.ts).
 */
function companyShortNames(view: TextView, cands: readonly Candidate[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of cands) {
    const full = `n:${nameWords(view, c).join(" ")}`;
    const end = companyShortEnd(view, c);
    const short = end > 0 ? `n:${nameWords(view, { first: c.first, end }).join(" ")}` : null;
    if (short && !out.has(short)) out.set(short, full);
    const initials = c.kbId ? null : initialsOf(view.tokens, c);
    if (initials && !out.has(`n:${initials.toLowerCase()}`)) out.set(`n:${initials.toLowerCase()}`, full);
  }
  return out;
}

/** Surnames this long or longer may differ by one edit and still be one person. */
const VARIANT_MIN_LENGTH = 5;

/** Edit distance ≤ 1 (one substitution, insertion or deletion). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Two people without KB identity whose surnames differ by one letter ("Kewalramani" /
 * "Kewalrami") are one person when the text gives them the same affiliation.
 */
function mergeSpellingVariants(clusters: Cluster[]): void {
  const people = clusters.filter((c) => c.type === "PER" && !c.kbId && c.nameTokens.length > 0);
  for (let i = 0; i < people.length; i++) {
    const a = people[i] as Cluster;
    for (let j = i + 1; j < people.length; j++) {
      const b = people[j] as Cluster;
      if (b.mentions.length === 0 || a.mentions.length === 0) continue;
      const sa = (a.nameTokens[0] as string[]).at(-1) ?? "";
      const sb = (b.nameTokens[0] as string[]).at(-1) ?? "";
      if (sa.length < VARIANT_MIN_LENGTH || sa === sb || !withinOneEdit(sa, sb)) continue;
      const sameAffiliation = a.roles.some((r) => r.affiliation && b.roles.some((q) => q.affiliation === r.affiliation));
      if (!sameAffiliation) continue;
      a.mentions.push(...b.mentions);
      a.nameTokens.push(...b.nameTokens);
      absorbRoles(a, b.roles);
      b.mentions = [];
    }
  }
}

function absorbRoles(cl: Cluster, roles: readonly Role[]): void {
  for (const r of roles) if (!cl.roles.some((x) => x.title === r.title && x.affiliation === r.affiliation)) cl.roles.push(r);
}

/**
 * A KB-linked or strongly typed mention (a head word, an introducing noun: "its European
 * division, Opel") outweighs this many tagger votes on the entity's type: the tagger's guesses
 * repeat one context ("jobs at Opel", "costs at Opel"), certain evidence does not need to.
 * 3 let three guesses of a place outvote "division, Opel" (eval meantime names.f1 0.801 → 0.807).
 */
const KB_VOTE = 10;

/**
 * A news article introduces a person by full name; a "person" only ever named by one bare
 * word, with no title and no KB identity, is more likely an organisation ("Airbus said").
 * Applied only to texts of at least this many sentences, where that convention holds.
 */
const FULL_NAME_CONVENTION_MIN_SENTENCES = 4;

/** Words before a name that make it a place ("in Toulouse", "near Everett"). */
const PLACE_CONTEXT = new Set(["in", "near", "into", "across", "outside", "inside", "around", "via"]);

/**
 * A one-word "place" the KB does not know, that acts (is followed by a verb or a possessive) and
 * is never written where places go (after "in", "at", "near" …), is an organisation ("Airbus
 * announced", "Opel's plants"): the KB lists the places that act in the news (countries, capitals).
 */
function actsButNeverPlace(view: TextView, cl: Cluster): boolean {
  if (cl.nameTokens.length === 0 || !cl.nameTokens.every((w) => w.length === 1)) return false;
  let acts = 0;
  for (const m of cl.mentions) {
    if (m.kind !== "name") continue;
    const prev = view.tokens[m.first - 1];
    if (prev && PLACE_CONTEXT.has(prev.normal)) return false;
    const next = view.tokens[m.end];
    if (next && (next.pos === "VERB" || next.pos === "AUX" || next.normal === "'s" || next.normal === "’s")) acts++;
  }
  return acts > 0;
}

/** Give each cluster the type most of its name mentions got (one document, one reading). */
function settleTypes(view: TextView, clusters: Cluster[]): void {
  const article = view.sentenceTokens.length >= FULL_NAME_CONVENTION_MIN_SENTENCES;
  for (const cl of clusters) {
    if (
      article &&
      cl.votes.PER > 0 &&
      !cl.kbId &&
      cl.roles.length === 0 &&
      cl.gender === null &&
      cl.nameTokens.length > 0 &&
      cl.nameTokens.every((w) => w.length === 1)
    ) {
      cl.votes.ORG += cl.votes.PER;
      cl.votes.PER = 0;
    }
    if (cl.votes.LOC > 0 && !cl.kbId && actsButNeverPlace(view, cl)) {
      cl.votes.ORG += cl.votes.LOC;
      cl.votes.LOC = 0;
    }
    const v = cl.votes;
    const total = v.PER + v.ORG + v.LOC;
    if (total === 0) continue;
    const best: NameType = v.PER >= v.ORG && v.PER >= v.LOC ? "PER" : v.ORG >= v.LOC ? "ORG" : "LOC";
    if (best !== cl.type) {
      cl.type = best;
      if (!cl.kbId) cl.entityKind = null;
    }
  }
}

function linkDescriptions(view: TextView, cands: Candidate[], clusters: Cluster[], byKb: Map<string, Cluster>): void {
  for (const d of findDescriptions(view, cands)) {
    const mention: ClusterMention = { first: d.first, end: d.end, kind: "description" };
    const holder = describedHolder(d, view.publishedAt);
    if (holder) {
      let cl = byKb.get(holder.id);
      if (!cl) {
        cl = {
          type: "PER",
          entityKind: "person",
          kbId: holder.id,
          country: holder.country,
          sector: holder.sector,
          roles: [],
          mentions: [],
          nameTokens: [],
          gender: null,
          votes: { PER: 0, ORG: 0, LOC: 0 },
        };
        clusters.push(cl);
        byKb.set(holder.id, cl);
      }
      cl.mentions.push(mention);
      continue;
    }
    // A person this text gave the same title (and affiliation, when the description names one).
    const title = d.title.toLowerCase();
    const match = clusters.find(
      (cl) =>
        cl.type === "PER" &&
        cl.mentions[0] &&
        cl.mentions[0].first < d.first &&
        cl.roles.some((r) => r.title.toLowerCase() === title && (!d.country || cl.country === d.country)),
    );
    if (match) match.mentions.push(mention);
  }
}
