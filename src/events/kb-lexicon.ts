/** The real knowledge base (src/kb) as the events stage's ActorLexicon. */
import type { EntityKind } from "../contract/analysis.js";
import { foldCached, getKb, type Kb, type KbMatch } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import type { ActorLexicon, LexiconMatch } from "./actors.js";

/** Parts of speech a name can start with ("The" at a sentence start is no name; "U.S.", "Chinese" are). */
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "X"]);

/** Tokens whose agent sector is remembered by identity (withAgents asks about a head and its neighbours several times). */
const RECENT_TOKENS = 4;

/** Bound on the agent-noun memo (distinct word forms seen), so a long batch cannot grow it without end. */
const AGENT_MEMO_MAX = 50_000;

/**
 * Nouns for ordinary people and their places: after a national adjective ("Iraqi youths",
 * "Palestinian homes", "British nationals") they make the actor that nation's civilians (CAMEO CVL).
 */
const CIVILIAN_HEADS = new Set([
  "people",
  "civilian",
  "resident",
  "villager",
  "youth",
  "child",
  "woman",
  "man",
  "family",
  "citizen",
  "national",
  "farmer",
  "fisherman",
  "passenger",
  "tourist",
  "pilgrim",
  "inhabitant",
  "population",
  "home",
  "house",
  "town",
  "village",
  "city",
  "neighbourhood",
  "neighborhood",
]);

/** Preference among several KB readings of one surface: a named actor over a place. */
const VIA_RANK: Record<KbMatch["via"], number> = { name: 0, alias: 1, metonym: 2, demonym: 3, capital: 4, city: 5 };

function best(matches: readonly KbMatch[]): KbMatch | null {
  let top: KbMatch | null = null;
  for (const m of matches) if (!top || VIA_RANK[m.via] < VIA_RANK[top.via]) top = m;
  return top;
}

function kindOf(m: KbMatch): EntityKind {
  if (m.via === "capital" || m.via === "city") return "location";
  return m.entry.kind;
}

/** A name starts with a capital letter or a digit-free all-caps acronym; lower-case words are not names. */
function looksLikeName(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export function kbLexicon(kb: Kb = getKb()): ActorLexicon {
  // Each token folded once per document: a name lookup starts at many tokens and reads those after it.
  const folds = new WeakMap<readonly Token[], Array<string | undefined>>();
  const agentMemo = new Map<string, string | null>();
  const pairMemo = new Map<string, Map<string, string | null>>();
  let pairs = 0;
  /** Both memos together past their bound are emptied (a long batch cannot grow them without end); true then. */
  const memoFull = (): boolean => {
    if (agentMemo.size + pairs <= AGENT_MEMO_MAX) return false;
    agentMemo.clear();
    pairMemo.clear();
    pairs = 0;
    return true;
  };
  // the last tokens asked about (by identity: a token's words never change) and their sectors
  const recentTokens: Array<Token | null> = new Array(RECENT_TOKENS).fill(null);
  const recentSectors: Array<string | null> = new Array(RECENT_TOKENS).fill(null);
  let recentNext = 0;
  const foldsOf = (tokens: readonly Token[]) => {
    let f = folds.get(tokens);
    if (!f) {
      f = new Array<string | undefined>(tokens.length);
      folds.set(tokens, f);
    }
    return f;
  };
  return {
    matchAt(tokens, i, end): LexiconMatch | null {
      const tok = tokens[i] as Token;
      if (!looksLikeName(tok) || !NAME_POS.has(tok.pos)) return null;
      const f = foldsOf(tokens);
      // as kb.matchTokens over the tokens' normal forms, with each fold kept for the document
      const hit = kb.matchFolded((j) => {
        if (j >= tokens.length) return undefined;
        let v = f[j];
        if (v === undefined) {
          v = foldCached((tokens[j] as Token).normal);
          f[j] = v;
        }
        return v;
      }, i);
      if (!hit || i + hit.length > end) return null;
      const m = best(hit.matches);
      if (!m) return null;
      let { country, sector } = m.entry;
      if (m.entry.kind === "person" && (!country || !sector)) {
        // A person acts for the office they hold: the KB role gives country and sector.
        const role = kb.rolesAt(m.entry.id, null)[0];
        country ??= role?.country ?? null;
        sector ??= role?.sector ?? null;
      }
      return { length: hit.length, country, sector, kind: kindOf(m) };
    },
    civilianHead(token) {
      return token.pos === "NOUN" && CIVILIAN_HEADS.has(token.lemma.toLowerCase());
    },
    compoundSector(a, b) {
      // The tagger reads some head nouns after a noun as adjectives ("security chief"); the pair must be listed anyway.
      if (b.pos !== "NOUN" && b.pos !== "PROPN" && b.pos !== "ADJ") return null;
      // memoised by the pair's normal forms, nested so that no key string is built per call
      let seconds = pairMemo.get(a.normal);
      let hit = seconds?.get(b.normal);
      if (hit === undefined) {
        hit = kb.agentSector(`${a.normal} ${b.normal}`) ?? kb.agentSector(`${a.normal} ${b.lemma.toLowerCase()}`);
        if (memoFull()) seconds = undefined;
        if (!seconds) {
          seconds = new Map();
          pairMemo.set(a.normal, seconds);
        }
        seconds.set(b.normal, hit);
        pairs++;
      }
      return hit;
    },
    agentSector(token) {
      if (token.pos !== "NOUN" && token.pos !== "PROPN") return null;
      // The actors pass asks about the same few tokens again and again: their answers first.
      for (let k = 0; k < RECENT_TOKENS; k++) if (recentTokens[k] === token) return recentSectors[k] as string | null;
      // The KB's agent lookup normalises and singularises on each call: memoise by surface.
      let hit = agentMemo.get(token.normal);
      if (hit === undefined) {
        hit = kb.agentSector(token.normal) ?? kb.agentSector(token.lemma.toLowerCase());
        memoFull();
        agentMemo.set(token.normal, hit);
      }
      recentTokens[recentNext] = token;
      recentSectors[recentNext] = hit;
      recentNext = (recentNext + 1) % RECENT_TOKENS;
      return hit;
    },
  };
}
