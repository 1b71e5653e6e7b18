/**
 * Mentions the knowledge base knows: countries, organisations, groups, people, capitals and
 * seats of power, and demonyms — matched over the token stream with the KB's token trie.
 * A capital is read as its government ("Beijing said") or as the place ("talks in Beijing")
 * from its neighbours (see placeOrMetonym).
 */
import { getKb, type KbEntry, type KbMatch } from "../kb/index.js";
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { isHyphenedArticle } from "./glued.js";
import { METONYM_VERBS, NEVER_NAMES, PLACE_PREPOSITIONS } from "./heuristics.js";
import { isCurrencyCode } from "./merge.js";
import { placeInContext } from "./place-context.js";
import { isCapitalised } from "./tokens.js";
import type { Candidate, NameType, TextView } from "./types.js";

/** POS of words that are never names on their own unless written in capitals ("US", "WHO"). */
const FUNCTION_POS = new Set(["PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "VERB", "ADV", "NUM"]);

/** Verbs of motion after which "from X" is the place ("returned from Beijing"). */
const MOTION_LEMMAS = new Set([
  "travel",
  "fly",
  "arrive",
  "return",
  "come",
  "flee",
  "leave",
  "depart",
  "move",
  "drive",
  "sail",
  "evacuate",
  "go",
  "escape",
  "report",
  "broadcast",
]);

/** Words before a capital that make it the government being acted on ("pressure on Beijing"). */
const RELATION_WORDS = new Set(["on", "against", "with", "between", "and", "by", "toward", "towards"]);

export function typeOfEntry(e: KbEntry): NameType {
  if (e.kind === "person") return "PER";
  if (e.kind === "organization" || e.kind === "group") return "ORG";
  return "LOC";
}

/** How much a match reading is preferred when one surface has several. */
function rank(m: KbMatch): number {
  const via = m.via === "name" || m.via === "alias" ? 0 : m.via === "metonym" ? 1 : m.via === "capital" ? 2 : m.via === "demonym" ? 3 : 4;
  const kind =
    m.entry.kind === "country" ? 0 : m.entry.kind === "organization" || m.entry.kind === "group" ? 1 : m.entry.kind === "person" ? 2 : 3;
  return via * 10 + kind;
}

export function bestMatch(matches: readonly KbMatch[]): KbMatch | null {
  let best: KbMatch | null = null;
  for (const m of matches) if (!best || rank(m) < rank(best)) best = m;
  return best;
}

/**
 * Like bestMatch, but among people of the same rank (namesakes: "George Bush" is two
 * presidents) the one holding a KB role at the article's date comes first.
 */
function bestMatchAt(matches: readonly KbMatch[], date: string | null): KbMatch | null {
  const best = bestMatch(matches);
  if (!best || date === null || best.entry.kind !== "person" || matches.length < 2) return best;
  const kb = getKb();
  if (kb.rolesAt(best.entry.id, date).length > 0) return best;
  const r = rank(best);
  return matches.find((m) => m.entry.kind === "person" && rank(m) === r && kb.rolesAt(m.entry.id, date).length > 0) ?? best;
}

/** Whether a capital at tokens [first, end) stands for its government. */
export function readsAsGovernment(tokens: readonly Token[], first: number, end: number): boolean {
  const prev = tokens[first - 1];
  const next = tokens[end];
  const samePrev = prev && prev.sentence === (tokens[first] as Token).sentence ? prev : undefined;
  const sameNext = next && next.sentence === (tokens[first] as Token).sentence ? next : undefined;
  if (sameNext && sameNext.text === ",") {
    // "Beijing, China" is the city.
    const after = tokens[end + 1];
    if (after && isCapitalised(after)) return false;
  }
  if (samePrev) {
    const p = samePrev.normal;
    if (p === "from") {
      for (let k = first - 2; k >= 0 && (tokens[k] as Token).sentence === samePrev.sentence; k--) {
        if (MOTION_LEMMAS.has((tokens[k] as Token).lemma)) return false;
      }
      return true;
    }
    if (PLACE_PREPOSITIONS.has(p)) return false;
    if (RELATION_WORDS.has(p)) return true;
  }
  if (sameNext) {
    if (sameNext.normal === "'s" || sameNext.normal === "’s") return true;
    if (METONYM_VERBS.has(sameNext.normal)) return true;
    if (sameNext.pos === "VERB" || sameNext.pos === "AUX") return true;
    if (sameNext.normal === "and" || sameNext.normal === "or") return true;
  }
  if (samePrev && samePrev.pos === "VERB") return !MOTION_LEMMAS.has(samePrev.lemma) && samePrev.lemma !== "visit";
  return false;
}

/** The government entry a capital or seat of power stands for (ISO3 + "GOV"). */
function governmentOf(entry: KbEntry): KbEntry | undefined {
  if (entry.sector === "GOV") return entry;
  return entry.country ? getKb().byId(`${entry.country}GOV`) : undefined;
}

/**
 * What a seat of power stands for. The seat of an IGO stands for the IGO before its host
 * country's government ("Brussels warned" is the EU speaking, not Belgium).
 */
function metonymEntry(matches: readonly KbMatch[]): KbEntry | undefined {
  let found: KbEntry | undefined;
  for (const x of matches) {
    if (x.via !== "metonym") continue;
    if (x.entry.sector === "IGO") return x.entry;
    found ??= x.entry;
  }
  return found;
}

function candidate(first: number, end: number, m: KbMatch, kind: Candidate["kind"], entry: KbEntry): Candidate {
  return {
    first,
    end,
    type: typeOfEntry(m.entry),
    kind,
    entityKind: entry.kind,
    source: "kb",
    kbId: entry.id,
    country: entry.country ?? (entry.kind === "country" ? entry.id : null),
    sector: entry.sector,
    roles: [],
  };
}

export function kbCandidates(view: TextView): Candidate[] {
  const kb = getKb();
  const { tokens } = view;
  const idx = docIndex(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    // Leading "the" is not part of the mention ("the Kremlin" → "Kremlin").
    // a name opening with a hyphened article ("al-Qaeda") is looked up from the article
    const hit =
      idx.cap[i] === 1 && !NEVER_NAMES.has(t.normal) && !isCurrencyCode(tokens, i)
        ? idx.kbAt(i)
        : isHyphenedArticle(tokens, i)
          ? kb.matchFolded(idx.foldAt, i)
          : null;
    if (!hit) {
      i++;
      continue;
    }
    const end = i + hit.length;
    const last = tokens[end - 1] as Token;
    const crossesSentence = last.sentence !== t.sentence;
    // A common word in title case ("May", "Chad") or a function word ("US" vs "us") needs capitals.
    const weak = hit.length === 1 && FUNCTION_POS.has(t.pos) && idx.caps[i] !== 1;
    const matches = placeInContext(view, hit.matches);
    const m = bestMatchAt(matches, view.publishedAt);
    const capital = matches.find((x) => x.via === "capital");
    if (!m || crossesSentence || weak) {
      i++;
      continue;
    }
    if (m.via === "demonym") {
      const country = kb.byId(m.entry.country ?? m.entry.id) ?? m.entry;
      out.push({ ...candidate(i, end, m, "demonym", country), type: "LOC" });
    } else if (capital) {
      // A capital that is also a seat of power: the government or the place, by context.
      const gov = readsAsGovernment(tokens, i, end) ? (metonymEntry(matches) ?? governmentOf(capital.entry)) : undefined;
      out.push(gov ? { ...candidate(i, end, capital, "metonym", gov), type: "LOC" } : candidate(i, end, capital, "name", capital.entry));
    } else if (m.via === "metonym") {
      const target = metonymEntry(matches) ?? m.entry;
      const gov = governmentOf(target) ?? target;
      out.push(candidate(i, end, m, "metonym", gov));
    } else {
      // "the Australian government": a KB surface ending in a common noun describes, it does not name.
      const kind = idx.cap[end - 1] === 1 || !/\p{Ll}/u.test(last.text) ? "name" : "description";
      out.push(candidate(i, end, m, kind, m.entry));
    }
    i = end;
  }
  return out;
}
