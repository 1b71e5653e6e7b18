/**
 * Office titles → classes, shared by the build (classes stored on each role) and by holderOf
 * (query title → one class). A class is an upper-case tag for the office families people name
 * loosely ("premier" = "prime minister" = PM); any other title falls back to its folded text.
 */
import { surfaceKey } from "./normalize.js";

/** Query phrasings → class. Keys are folded (see surfaceKey). */
const TITLE_SYNONYMS: Record<string, string> = {
  president: "PRES",
  "prime minister": "PM",
  premier: "PM",
  pm: "PM",
  "head of state": "HOS",
  "head of government": "HOG",
  leader: "LEADER",
  ruler: "LEADER",
  "foreign minister": "FM",
  "minister of foreign affairs": "FM",
  "foreign affairs minister": "FM",
  "minister for foreign affairs": "FM",
  "foreign secretary": "FM",
  "secretary of state": "FM",
  "top diplomat": "FM",
  "defence minister": "DM",
  "defense minister": "DM",
  "minister of defence": "DM",
  "minister of defense": "DM",
  "defence secretary": "DM",
  "defense secretary": "DM",
  "secretary of defense": "DM",
  "secretary of war": "DM",
  "war minister": "DM",
  "defense chief": "DM",
  "defence chief": "DM",
  "secretary - general": "SG",
  "secretary general": "SG",
  sg: "SG",
  "director - general": "DG",
  "director general": "DG",
  dg: "DG",
  "managing director": "MD",
  chief: "CHIEF",
  head: "CHIEF",
  boss: "CHIEF",
  chancellor: "CHANCELLOR",
  king: "MONARCH",
  queen: "MONARCH",
  monarch: "MONARCH",
  emir: "MONARCH",
  sultan: "MONARCH",
  "supreme leader": "SUPREME",
  "vice president": "VP",
  "vice - president": "VP",
  "general secretary": "GENSEC",
  "high representative": "HR",
  "foreign policy chief": "HR",
};

/** Words that make a title subordinate ("deputy prime minister" is not PM). */
const SUBORDINATE_WORDS = new Set(["deputy", "vice", "assistant", "under", "former", "acting", "shadow", "junior", "state"]);

/** Words dropped before classifying ("interim president" is a president). */
const DROPPED_WORDS = new Set(["interim", "caretaker", "transitional", "the", "of", "country's"]);

function stripWords(key: string): string {
  return key
    .split(" ")
    .filter((w) => !DROPPED_WORDS.has(w))
    .join(" ");
}

/** Rewrites "minister of X" / "minister for X affairs" as "X minister" so word order does not matter. */
function reorderMinister(key: string): string {
  const m = /^(minister|secretary) (?:of |for )?(?:the )?(.+?)(?: affairs)?$/.exec(key);
  if (m && !m[2]?.startsWith("state") && m[2] !== "general" && m[2] !== "- general") return `${m[2]} ${m[1]}`;
  return key;
}

/** The single class a query title asks for: a known class or the folded title itself. */
export function queryTitleClass(title: string): string {
  const key = surfaceKey(title);
  const direct = TITLE_SYNONYMS[key];
  if (direct) return direct;
  const stripped = stripWords(key);
  const viaStripped = TITLE_SYNONYMS[stripped] ?? TITLE_SYNONYMS[reorderMinister(key)];
  if (viaStripped) return viaStripped;
  return reorderMinister(key);
}

/** Classes a role title belongs to (build time); subordinate titles only get their own folded text. */
export function roleTitleClasses(title: string): string[] {
  const out = new Set<string>();
  for (const part of title.split(/\s*(?:&|;|\/)\s*/)) {
    const key = surfaceKey(part.replace(/"[^"]*"/g, ""));
    if (!key) continue;
    const reordered = reorderMinister(key);
    out.add(reordered);
    const direct = TITLE_SYNONYMS[key];
    if (direct) {
      out.add(direct);
      continue;
    }
    const words = key.split(" ");
    if (words.some((w) => SUBORDINATE_WORDS.has(w)) && !key.startsWith("vice president")) continue;
    const cls = TITLE_SYNONYMS[key] ?? TITLE_SYNONYMS[stripWords(key)] ?? TITLE_SYNONYMS[reordered];
    if (cls) out.add(cls);
    else {
      // "President of the Republic", "Prime Minister of X": the office word leads.
      if (/^president\b/.test(key)) out.add("PRES");
      if (/^prime minister\b/.test(key)) out.add("PM");
      if (/\b(king|queen|emir|sultan|monarch)\b/.test(key)) out.add("MONARCH");
      if (/^(foreign|external) (affairs )?minister$/.test(reordered)) out.add("FM");
      if (/^(defen[cs]e|armed forces|national defen[cs]e) minister$/.test(reordered)) out.add("DM");
    }
  }
  return [...out];
}

/** Office classes are upper-case tags (PM, FM, …); anything else is a folded free-text title. */
export function isOfficeClass(cls: string): boolean {
  return cls.length > 0 && cls === cls.toUpperCase() && /^[A-Z]+$/.test(cls);
}
