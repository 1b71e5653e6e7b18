/**
 * Actor mentions of a sentence: from the entities layer when it has mentions there, and from an
 * injectable ActorLexicon for the stretches it does not cover (the real KB in the pipeline, the
 * fictional PETRARCH dictionaries in the petrarch suite). Country + agent noun compounds
 * ("Israeli troops", "the Gondor government", "police in Jericho") get the agent's sector.
 */
import type { Entity, EntityKind } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import { DIRECTION_WORDS, TRANSNATIONAL_SECTORS } from "./heuristics.js";

export interface ActorMention {
  /** Token range [first, last + 1). */
  first: number;
  last: number;
  start: number;
  end: number;
  entityId: string | null;
  country: string | null;
  sector: string | null;
  kind: EntityKind | "agent";
  /** Pronoun or other reference that was resolved to an earlier actor. */
  pronoun?: boolean;
  /** A national adjective or noun ("Nigerians", "Iraqi") rather than the country's name. */
  demonym?: boolean;
  /** "ethnic Albanians": a people, not the state of that name; they live where the article is. */
  ethnic?: boolean;
  /** "the Albanian population", "the Serb minority": a people who may live outside their namesake state. */
  resident?: boolean;
  /** An agent noun phrase ("President", "foreign ministers") found by the events stage, not an entity. */
  agent?: boolean;
  /** An agent whose sector is its modifier's ("opposition leader", "rebel commander"): a stated affiliation. */
  affiliated?: boolean;
  /**
   * Sectors of agent words qualifying the head, outermost first ("an MSF Arnor diplomat" → NGO,
   * "Islamist media" → MUS): CAMEO stacks them into one code (NGOARNGOV, DNKMUSMED).
   */
  qualifiers?: string[];
}

export interface LexiconMatch {
  /** Tokens matched from i (≥ 1). */
  length: number;
  country: string | null;
  sector: string | null;
  kind: EntityKind;
  /** A full actor code where the lexicon has one (CAMEO-style), else null. */
  code?: string | null;
}

/** What the events stage needs to know about names: the KB in the pipeline, test dictionaries elsewhere. */
export interface ActorLexicon {
  /** Longest actor name starting at token i (tokens are the sentence's tokens, any case). */
  matchAt(tokens: readonly Token[], i: number, end: number): LexiconMatch | null;
  /** Sector of an agent noun ("troops" → MIL), null if it is none. */
  agentSector(token: Token): string | null;
  /** Sector of a two-word agent ("security forces" → COP, "border patrol" → COP), null if none. Absent: no such rule. */
  compoundSector?(first: Token, second: Token): string | null;
  /** Is this a noun for ordinary people or their places ("youths", "homes"), CVL after a national adjective? Absent: no such rule. */
  civilianHead?(token: Token): boolean;
}

/** Agent sectors that describe the actor better than a country alone. */
const KIND_OF_AGENT: EntityKind = "group";

/** Words that make a demonym a people rather than a state's nationals ("ethnic Albanians"). */
const ETHNIC_MARKERS = new Set(["ethnic"]);

/** Words allowed between a country word and its agent noun ("Israeli army", "U.S. border patrol agents"). */
function isModifier(t: Token): boolean {
  return t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.normal === "-";
}
/** Maximum words between a country and the agent noun it qualifies. */
const AGENT_GAP = 2;

/** Entity mentions of the sentence [s, e) as actor mentions, in token coordinates. */
function entityMentions(tokens: readonly Token[], first: number, last: number, entities: readonly Entity[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (first >= last) return out;
  const s = (tokens[first] as Token).start;
  const e = (tokens[last - 1] as Token).end;
  for (const ent of entities) {
    for (const m of ent.mentions) {
      if (m.start < s || m.end > e) continue;
      let a = first;
      while (a < last && (tokens[a] as Token).end <= m.start) a++;
      let b = a;
      while (b < last && (tokens[b] as Token).start < m.end) b++;
      if (b <= a) continue;
      out.push({
        first: a,
        last: b,
        start: m.start,
        end: m.end,
        entityId: ent.id,
        country: ent.kind === "country" && !ent.country ? null : ent.country,
        sector: ent.sector,
        kind: ent.kind,
        pronoun: m.kind === "pronoun",
        demonym: m.kind === "demonym",
        ethnic: m.kind === "demonym" && a > first && ETHNIC_MARKERS.has((tokens[a - 1] as Token).normal),
      });
    }
  }
  return out;
}

/** Actor mentions of tokens [first, last), entities first, lexicon matches in the gaps, then agent compounds. */
export function findActorMentions(
  tokens: readonly Token[],
  first: number,
  last: number,
  entities: readonly Entity[],
  lexicon: ActorLexicon | null,
): ActorMention[] {
  const fromEntities = entityMentions(tokens, first, last, entities);
  if (lexicon) for (const m of fromEntities) enrich(tokens, m, lexicon);
  // An entity mention that resolves to no country or sector and is not a capitalised name (a
  // description such as "the research centre") is no actor: it must not hide the words it covers.
  const usable = fromEntities.filter((m) => m.country || m.sector || m.pronoun || isName(tokens[m.first] as Token));
  const covered = new Uint8Array(last - first);
  for (const m of usable) for (let i = m.first; i < m.last; i++) covered[i - first] = 1;
  const mentions = [...usable];
  if (lexicon) {
    for (let i = first; i < last; i++) {
      if (covered[i - first]) continue;
      const hit = lexicon.matchAt(tokens, i, last);
      if (!hit) continue;
      let clash = false;
      for (let j = i; j < i + hit.length; j++) if (covered[j - first]) clash = true;
      if (clash) continue;
      const end = i + hit.length;
      mentions.push({
        first: i,
        last: end,
        start: (tokens[i] as Token).start,
        end: (tokens[end - 1] as Token).end,
        entityId: null,
        country: hit.country,
        sector: hit.sector,
        kind: hit.kind,
      });
      for (let j = i; j < end; j++) covered[j - first] = 1;
      i = end - 1;
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  if (!lexicon) return mentions;
  const agents = withAgents(tokens, first, last, mentions, lexicon, covered);
  const composed = withFormerStatus(
    tokens,
    first,
    withCivilianHeads(tokens, last, composeTitles(tokens, withPlaces(tokens, agents)), lexicon),
  );
  for (const m of composed)
    m.resident = m.demonym && m.last - m.first > 1 && COMMUNITY_HEADS.has((tokens[m.last - 1] as Token).lemma.toLowerCase());
  return composed;
}

/** Sectors an institution's name reveals by its head noun (court, ministry, parliament, army, police). */
const INSTITUTION_SECTORS = new Set(["JUD", "GOV", "LEG", "MIL", "COP"]);

/** An entity the entities layer left without country/sector: take the lexicon's reading of the same words. */
function enrich(tokens: readonly Token[], m: ActorMention, lexicon: ActorLexicon): void {
  if (m.country && m.sector) return;
  // The entity may include words the lexicon does not ("Israel Friday", "President Bush"): the
  // first reading with a country, from any word of the mention, counts.
  for (let i = m.first; i < m.last; i++) {
    const hit = lexicon.matchAt(tokens, i, m.last);
    if (!hit || (!hit.country && !hit.sector)) continue;
    m.country ??= hit.country;
    // A city inside a longer name ("Baghdad University") gives its country, not the capital-as-government
    // reading; nor does a capital read as its government when the name ends in a head noun of its own.
    const partial = i > m.first || i + hit.length < m.last;
    const ownHead = hit.kind === "organization" && hit.sector === "GOV" && !!lexicon.agentSector(tokens[m.last - 1] as Token);
    const partialPlace = partial && (hit.kind === "location" || ownHead);
    if (!partialPlace) m.sector ??= hit.sector;
    if (m.country) break;
  }
  // "Latvian Constitutional Court", "Ivory Coast's Supreme Court": a national organisation named
  // after its kind takes the sector of its head noun (the name's last word).
  if (!m.sector && m.kind !== "person" && m.kind !== "location" && m.last - m.first > 1) {
    const sector = lexicon.agentSector(tokens[m.last - 1] as Token);
    // Without a country only a state institution's head counts ("Supreme Court"; not "European Community").
    if (sector && (m.country || INSTITUTION_SECTORS.has(sector))) m.sector = sector;
  }
}

const CIVILIAN_SECTOR = "CVL";
/** Heads naming a people as a community, not as a state's citizens ("the Albanian population of X"). */
const COMMUNITY_HEADS = new Set(["population", "minority", "community"]);

/**
 * A one-word country mention followed by a civilian head noun ("Iraqi youths", "Palestinian
 * homes", "British nationals") takes the noun and the CVL sector (the nation's civilians).
 */
function withCivilianHeads(tokens: readonly Token[], last: number, mentions: ActorMention[], lexicon: ActorLexicon): ActorMention[] {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ActorMention;
    if (m.kind !== "country" || m.sector || !m.country || m.last - m.first !== 1) continue;
    const next = mentions[k + 1];
    if (next && next.first === m.last && next.demonym && next.last - next.first === 1 && isPeopleName(tokens, next.first, last)) {
      // "Bosnian Serbs", "Iraqi Kurds" named by demonym: a people living in the first country are its civilians.
      mentions[k] = { ...m, last: next.last, end: next.end, sector: CIVILIAN_SECTOR };
      mentions.splice(k + 1, 1);
      continue;
    }
    const head = m.last < last && !(next && next.first === m.last) ? (tokens[m.last] as Token) : null;
    if (head && ((head.pos === "NOUN" && lexicon.civilianHead?.(head)) || isPeopleName(tokens, m.last, last))) {
      mentions[k] = { ...m, last: m.last + 1, end: head.end, sector: CIVILIAN_SECTOR };
    } else if (m.demonym && isPeopleName(tokens, m.first, last) && !(head && isNominal(head))) {
      // "Nigerians demonstrated": a plural demonym used as a noun is the nation's people.
      mentions[k] = { ...m, sector: CIVILIAN_SECTOR };
    }
  }
  return mentions;
}

function isNominal(t: Token): boolean {
  return t.pos === "NOUN" || t.pos === "PROPN";
}

/**
 * A capitalised plural noun not followed by another noun ("Kurds", "Nigerians", "Tamils"): a
 * people's name, as the head of "Iraqi Kurds" or a demonym used alone.
 */
function isPeopleName(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i] as Token;
  if (!isNominal(t) || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  const after = i + 1 < last ? (tokens[i + 1] as Token) : null;
  return !(after && isNominal(after));
}

/** Weapons platforms act for the armed forces ("Israeli tanks", "Russian aircraft"). */
const MATERIEL_NOUNS = new Set([
  "tank",
  "aircraft",
  "warplane",
  "jet",
  "helicopter",
  "gunship",
  "warship",
  "bulldozer",
  "drone",
  "navy",
  "frigate",
  "destroyer",
  "submarine",
  "bomber",
  "fighter",
]);
const MATERIEL_SECTOR = "MIL";

function isMateriel(t: Token): boolean {
  return t.pos === "NOUN" && MATERIEL_NOUNS.has(t.lemma.toLowerCase());
}

function sectorOf(lexicon: ActorLexicon, t: Token): string | null {
  return lexicon.agentSector(t) ?? (isMateriel(t) ? MATERIEL_SECTOR : null);
}

function takesQualifier(m: ActorMention): boolean {
  return m.kind === "person" || m.kind === "group" || m.kind === "organization" || m.kind === "agent";
}

/** A role noun phrase: a bare agent ("President") or a national office, a demonym qualified by one ("Palestinian leader"). */
function isTitle(m: ActorMention): boolean {
  return !!m.agent || (m.kind === "country" && m.sector !== null && m.last - m.first > 1);
}

/**
 * Title and possessive compounds: "Russian Foreign Minister" + "Andrei Kozyrev", "Nicaragua" + "'s" +
 * "Sandinista government": the right-hand actor takes the left one's country (and sector) it lacks.
 */
function composeTitles(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && qualifiesNationalAgent(prev, m)) {
      out[out.length - 1] = {
        ...m,
        first: prev.first,
        start: prev.start,
        qualifiers: [...(prev.qualifiers ?? []), prev.sector as string, ...(m.qualifiers ?? [])],
      };
      continue;
    }
    // "President Obama", "Palestinian Prime Minister X": a title right before a person is part of the
    // person's mention. A national office or an affiliation named in the text ("Palestinian Prime
    // Minister", "opposition leader") says in which capacity they act now and its codes win over
    // the KB's; a bare rank or title ("Lt. Gen.", "President") only fills what the KB lacks.
    if (prev && isTitle(prev) && m.kind === "person" && prev.last === m.first) {
      const office = !prev.agent || prev.affiliated;
      out[out.length - 1] = {
        ...m,
        first: prev.first,
        start: prev.start,
        country: office ? (prev.country ?? m.country) : (m.country ?? prev.country),
        sector: office ? (prev.sector ?? m.sector) : (m.sector ?? prev.sector),
      };
      continue;
    }
    // A title compound before a name ("Bree Prime Minister" + "Romendacil") qualifies it whatever its kind.
    const titled = prev?.sector && !m.sector && m.kind !== "location";
    if (prev && !prev.pronoun && (takesQualifier(m) || titled) && (!m.country || !m.sector) && prev.kind !== "person") {
      const gap = m.first - prev.last;
      const possessive = gap === 1 && (tokens[prev.last] as Token).normal === "'s";
      if ((gap === 0 || possessive || adjectivesBeforeGroup(tokens, prev, m)) && (prev.country || prev.sector)) {
        out[out.length - 1] = {
          ...m,
          first: prev.first,
          start: prev.start,
          // A national office before a name ("Gondor's minister X") states whose office they hold: its country wins.
          country: isTitle(prev) && prev.sector && !m.sector ? (prev.country ?? m.country) : (m.country ?? prev.country),
          // "Arab League Secretary General X": an officer of a transnational body acts for the body.
          sector: !prev.country && prev.sector && TRANSNATIONAL_SECTORS.has(prev.sector) ? prev.sector : (m.sector ?? prev.sector),
        };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * "An MSF Arnor diplomat": a bare agent right before a country + agent compound qualifies it; one
 * actor of the compound's country and sector, the bare agent's sector stacked before it.
 */
function qualifiesNationalAgent(prev: ActorMention, m: ActorMention): boolean {
  return (
    !!prev.agent &&
    !prev.country &&
    !!prev.sector &&
    !prev.affiliated &&
    prev.last === m.first &&
    m.kind === "country" &&
    !!m.country &&
    !!m.sector &&
    m.last - m.first > 1
  );
}

/**
 * "Arnor former security officials": a country name, adjectives, then a group the lexicon names by
 * its role alone is one actor, as a country + adjectives + agent noun is ("Israeli elite troops").
 */
function adjectivesBeforeGroup(tokens: readonly Token[], prev: ActorMention, m: ActorMention): boolean {
  if (prev.kind !== "country" || prev.sector || m.kind !== "group" || m.country || !m.sector) return false;
  const gap = m.first - prev.last;
  if (gap < 1 || gap > AGENT_GAP) return false;
  for (let i = prev.last; i < m.first; i++) if ((tokens[i] as Token).pos !== "ADJ") return false;
  return true;
}

/**
 * Words saying a role is no longer held ("former minister", "ousted president"): PLOVER's ELI
 * sector is "former government officials who currently do not hold positions in the government
 * or armed forces, including exiled/ousted officials" (manual, sector codes).
 */
const FORMER_STATUS_WORDS = new Set(["former", "ousted", "exiled", "deposed"]);
const FORMER_SECTOR = "ELI";
/** Adjectives that may stand between the status word and the role ("former senior officials"). */
const FORMER_GAP = 2;

/** A role mention with a status word inside it or just before it holds the role no more: sector ELI. */
function withFormerStatus(tokens: readonly Token[], first: number, mentions: ActorMention[]): ActorMention[] {
  return mentions.map((m) => {
    if (!m.sector || m.pronoun || m.sector === FORMER_SECTOR) return m;
    let former = false;
    for (let i = m.first; i < m.last - 1 && !former; i++) former = FORMER_STATUS_WORDS.has((tokens[i] as Token).normal);
    for (let i = m.first - 1, n = 0; i >= first && n <= FORMER_GAP && !former; i--, n++) {
      const t = tokens[i] as Token;
      former = FORMER_STATUS_WORDS.has(t.normal);
      if (t.pos !== "ADJ" && t.pos !== "VERB") break;
    }
    return former ? { ...m, sector: FORMER_SECTOR } : m;
  });
}

/**
 * Agent nouns: qualify the preceding country mention ("Israeli troops" → ISR MIL), take the
 * country of a following "of/in/from X" ("police in Jericho"), or stand alone (sector only).
 */
function withAgents(
  tokens: readonly Token[],
  first: number,
  last: number,
  mentions: ActorMention[],
  lexicon: ActorLexicon,
  covered: Uint8Array,
): ActorMention[] {
  const out: ActorMention[] = [];
  let mi = 0;
  for (let i = first; i < last; i++) {
    const read = tokens[i] as Token;
    const tok: Token = titleBeforeName(tokens, i, last, covered, first) ? { ...read, pos: "NOUN" } : read;
    while (mi < mentions.length && (mentions[mi] as ActorMention).last <= i) out.push(mentions[mi++] as ActorMention);
    if (covered[i - first] || (tok.pos !== "NOUN" && tok.pos !== "PROPN")) continue;
    const prev = out[out.length - 1];
    const gap = prev && prev.last <= i ? modifierSpan(tokens, prev.last, i) : -1;
    const gapOk = prev && gap >= 0 && gap <= AGENT_GAP;
    // "security forces" (COP), "border patrol": a two-word agent the lexicon lists names the sector.
    const next = i + 1 < last && !covered[i + 1 - first] ? (tokens[i + 1] as Token) : null;
    // Weapons ("helicopter gunships", "suicide bombers") stay weapons: they qualify an actor, never name one.
    let hyphened = hyphenedHead(tokens, i, last);
    let compound = next && lexicon.compoundSector && !isMateriel(next) ? lexicon.compoundSector(tok, next) : null;
    if (hyphened >= 0) {
      // "hostage-takers": a noun hyphened to a noun modifies it; only the compound's own listing
      // names an agent ("hostage" alone would read the takers as hostages). Two agents hyphened
      // ("government-rebel talks") are two parties, each read on its own.
      compound = lexicon.compoundSector?.(tok, hyphenPart(tokens[hyphened] as Token)) ?? null;
      if (!compound && !lexicon.agentSector(tokens[hyphened] as Token)) continue;
      if (!compound) hyphened = -1;
    }
    // "armed groups", "secret police": an adjective the lexicon lists with the noun makes one agent of
    // the pair's sector. Only a role or group noun can head such a pair (the lookup is skipped for the rest).
    const own = sectorOf(lexicon, tok);
    const before = i > first && !covered[i - 1 - first] ? (tokens[i - 1] as Token) : null;
    const paired = !compound && before?.pos === "ADJ" && (own !== null || isCollectiveHead(tok));
    const adjective = paired && before ? (lexicon.compoundSector?.(before, tok) ?? null) : null;
    const sector = compound ?? adjective ?? own;
    if (!sector) {
      // "UNITA's armed wing", "Fatah supporters": a collective head extends the actor before it, codes unchanged.
      if (prev && gapOk && (prev.country || prev.sector) && isCollectiveHead(tok)) {
        prev.last = i + 1;
        prev.end = tok.end;
      }
      continue;
    }
    // Extend over a compound agent ("security forces", "border police"): keep the last noun,
    // unless it is a generic head ("opposition leader", "rebel commanders" keep the modifier's sector).
    let end = hyphened >= 0 ? hyphened + 1 : compound ? i + 2 : i + 1;
    while (end < last && !covered[end - first] && sectorOf(lexicon, tokens[end] as Token)) end++;
    const head = tokens[end - 1] as Token;
    // "opposition leader": the sector is the modifier's, an affiliation the text states.
    const affiliated = end - 1 > i && GENERIC_HEADS.has(head.lemma.toLowerCase());
    const headSector = (): string =>
      compound ?? (affiliated ? null : end - 1 === i ? (adjective ?? sectorOf(lexicon, head)) : sectorOf(lexicon, head)) ?? sector;
    // "Danish Islamist media": agent words before the head (a modifier or a stacked noun) qualify it.
    const stacked = qualifierSectors(tokens, prev && gapOk ? prev.last : i, compound || affiliated ? i : end - 1, lexicon);
    // "opposition groups in Zimbabwe": collective heads after the agent belong to it.
    while (end < last && !covered[end - first] && isCollectiveHead(tokens[end] as Token)) end++;
    // A weapons platform qualifies an actor before it; alone ("fired artillery shells") it is no actor.
    if (!gapOk && !compound && !adjective && !lexicon.agentSector(tok)) continue;
    if (prev && gapOk) {
      // "Cairo's security chief", "Nigeria's army": what a place or body has is its own agent, with
      // that agent's sector (a lone role of a group, "Hamas's leader", keeps the group's).
      const owned = (tokens[prev.last] as Token).normal === "'s" && !(end - i === 1 && GENERIC_HEADS.has(head.lemma.toLowerCase()));
      // "Hezbollah guerrillas", "Israeli army bulldozers": one actor; a named sector wins.
      prev.last = end;
      prev.end = (tokens[end - 1] as Token).end;
      if (!prev.sector || owned) {
        prev.sector = headSector();
        if (stacked.length > 0) prev.qualifiers = stacked;
      }
      // "U.S. and Russian negotiators", "French and Egyptian warships": the head qualifies both.
      const left = out[out.length - 2];
      if (left && !left.sector && left.country && prev.first - left.last === 1) {
        const between = (tokens[left.last] as Token).normal;
        if (between === "and" || between === ",") left.sector = prev.sector;
      }
    } else {
      const agent: ActorMention = {
        first: adjective && before ? i - 1 : i,
        last: end,
        start: adjective && before ? before.start : tok.start,
        end: (tokens[end - 1] as Token).end,
        entityId: null,
        country: null,
        sector: headSector(),
        kind: KIND_OF_AGENT,
        agent: true,
        affiliated,
      };
      if (stacked.length > 0) agent.qualifiers = stacked;
      const next = mentions[mi];
      const prep = tokens[end];
      const det = tokens[end + 1]?.pos === "DET" ? 1 : 0;
      // "the government of President X": a title before the person is part of the complement.
      const titled = next?.kind === "person" && next.first === end + 2 + det && !!sectorOf(lexicon, tokens[end + 1 + det] as Token);
      if (
        next &&
        prep &&
        (prep.normal === "of" || prep.normal === "in" || prep.normal === "from") &&
        (next.first === end + 1 + det || titled) &&
        (next.country || next.sector)
      ) {
        if (titled) end = next.last;
        agent.country = next.country;
        agent.last = next.last;
        agent.end = next.end;
        agent.entityId = next.entityId;
        mi++;
        // "ambassadors of A, B and C", "lawmakers in A and B": the agent heads every coordinated country.
        let k = mi;
        for (let prevEnd = next.last; k < mentions.length; k++) {
          const more = mentions[k] as ActorMention;
          if (!more.country || more.sector || !onlyCoordination(tokens, prevEnd, more.first)) break;
          more.sector = agent.sector;
          prevEnd = more.last;
        }
        shareCoordinatedPlaces(tokens, out[out.length - 1], i, mentions, mi - 1, k);
      } else if (prev?.country && prev.sector && onlyCoordination(tokens, prev.last, i)) {
        // "Danish media and government", "Israeli troops and police": a bare agent after a national one shares its country
        // and the agent words qualifying both ("Danish Islamist media and government").
        agent.country = prev.country;
        if (prev.qualifiers && !agent.qualifiers) agent.qualifiers = prev.qualifiers;
      }
      out.push(agent);
    }
    i = end - 1;
  }
  while (mi < mentions.length) out.push(mentions[mi++] as ActorMention);
  return out;
}

/** Sectors of the agent words among tokens [a, b), in text order. */
function qualifierSectors(tokens: readonly Token[], a: number, b: number, lexicon: ActorLexicon): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const sector = lexicon.agentSector(tokens[k] as Token);
    if (sector) out.push(sector);
  }
  return out;
}

/** Index of the noun after "-" when token i starts a hyphenated noun compound ("hostage-takers"), else -1. */
function hyphenedHead(tokens: readonly Token[], i: number, last: number): number {
  if (i + 2 >= last || (tokens[i + 1] as Token).normal !== "-") return -1;
  const head = tokens[i + 2] as Token;
  const joined = (tokens[i] as Token).end === (tokens[i + 1] as Token).start && (tokens[i + 1] as Token).end === head.start;
  return joined && head.pos === "NOUN" ? i + 2 : -1;
}

/** The second part of a hyphenated compound as the lexicon lists it after the first ("- taker"). */
function hyphenPart(t: Token): Token {
  return { ...t, normal: `- ${t.normal}`, lemma: `- ${t.lemma}` };
}

/**
 * "suspected British militant X": a role word the tagger reads as an adjective is a noun when a
 * name (a covered mention) follows it directly.
 */
function titleBeforeName(tokens: readonly Token[], i: number, last: number, covered: Uint8Array, first: number): boolean {
  return (tokens[i] as Token).pos === "ADJ" && i + 1 < last && covered[i + 1 - first] === 1 && isName(tokens[i + 1] as Token);
}

/**
 * "Lawmakers and officials in A and B": a bare agent coordinated right before an agent placed in
 * the countries mentions[from, to) shares them: it takes the first, and each further one gets a
 * reading of the same words with the bare agent's sector (the actor list then holds both).
 */
function shareCoordinatedPlaces(
  tokens: readonly Token[],
  bare: ActorMention | undefined,
  agentFirst: number,
  mentions: ActorMention[],
  from: number,
  to: number,
): void {
  if (!bare?.agent || bare.country || !onlyCoordination(tokens, bare.last, agentFirst)) return;
  const places = mentions.slice(from, to);
  bare.country = places[0]?.country ?? null;
  const readings = places.slice(1).map((p): ActorMention => ({ ...p, sector: bare.sector, kind: bare.kind, agent: true }));
  // Each reading goes right after its place, so the mentions stay in text order.
  for (const r of readings.reverse()) mentions.splice(mentions.findIndex((m) => m.first === r.first) + 1, 0, r);
}

/** Prepositions that give a group its country ("human rights activists in X", "lawyers of X"). */
const PLACE_PREPS = new Set(["in", "of", "from"]);

/**
 * A group with a sector but no country (a multi-word agent the lexicon matched, "human rights
 * activists") followed by "in/of/from (the) X" takes X's country and absorbs it.
 */
/** Determiners and adjectives between the preposition and the place ("in the northern X"). */
const PLACE_MODIFIERS = 2;

function isPlaceModifier(t: Token): boolean {
  return t.pos === "DET" || t.pos === "ADJ" || DIRECTION_WORDS.has(t.normal);
}

function withPlaces(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ActorMention;
    const next = mentions[k + 1];
    // "Albanians in southern Serbia": a people named by a demonym, living in a country, are its civilians.
    const residents = m.demonym && m.last - m.first === 1 && isPeopleName(tokens, m.first, m.last + 1) && next?.country !== m.country;
    if (((m.sector && !m.country) || residents) && !m.pronoun && next?.country && m.kind !== "person") {
      const prep = tokens[m.last];
      let at = m.last + 1;
      // Adjectives only for residents: "troops from neighbouring X" is as often where they leave as where they are from.
      const skip = residents ? isPlaceModifier : (t: Token) => t.pos === "DET";
      while (at < next.first && at - m.last <= PLACE_MODIFIERS && skip(tokens[at] as Token)) at++;
      if (prep && PLACE_PREPS.has(prep.normal) && next.first === at) {
        const sector = residents ? CIVILIAN_SECTOR : m.sector;
        const placed = { ...m, country: next.country, sector, last: next.last, end: next.end, entityId: m.entityId ?? next.entityId };
        out.push(residents ? { ...placed, ethnic: false } : placed);
        k++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** Tokens [a, b) only join coordinated items ("and", ",", "the"), with at least one joiner. */
function onlyCoordination(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  let joined = false;
  for (let i = a; i < b; i++) {
    const n = (tokens[i] as Token).normal;
    if (n === "and" || n === ",") joined = true;
    else if (n !== "the") return false;
  }
  return joined;
}

function isName(t: Token): boolean {
  return t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);
}

/** Tokens [a, b) are modifiers of a following head; a possessive may open them ("Iraq's interim government"). */
/** Words joining two adjectives into one modifier ("awful and evil minister", "long, bitter war"). */
const ADJ_COORDINATORS = new Set(["and", "or", ","]);

/** An adjective, or a bare verb form the tagger reads in its place after "ADJ and" ("awful and cool minister"). */
function adjectiveLike(t: Token): boolean {
  return t.pos === "ADJ" || (t.pos === "VERB" && t.normal === t.lemma.toLowerCase());
}

/**
 * Tokens [a, b) between an actor and an agent noun as a modifier count (a possessive "'s" first),
 * coordinated adjectives counting as one; -1 when a word there is no modifier.
 */
function modifierSpan(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    if (i > a && i + 1 < b && ADJ_COORDINATORS.has(t.normal) && tokens[i - 1]?.pos === "ADJ" && adjectiveLike(tokens[i + 1] as Token)) {
      i++;
      continue;
    }
    if (!isModifier(t) && !(i === a && t.normal === "'s")) return -1;
    n++;
  }
  return n;
}

/**
 * Role nouns with no sector of their own in a compound: "opposition leader" is OPP, "army chief"
 * MIL; alone ("Palestinian leaders") the lexicon's sector applies.
 */
const GENERIC_HEADS = new Set(["leader", "chief", "head", "member", "official", "commander", "representative"]);

/** Nouns for a part or following of a group: they extend the actor they follow, never start one. */
const COLLECTIVE_HEADS = new Set(["group", "party", "faction", "wing", "member", "supporter", "unit", "movement", "coalition", "alliance"]);

function isCollectiveHead(t: Token): boolean {
  return t.pos === "NOUN" && COLLECTIVE_HEADS.has(t.lemma.toLowerCase());
}
