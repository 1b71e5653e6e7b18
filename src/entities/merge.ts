/**
 * Combining the finders: the tagger's spans first (repaired where they are not name-shaped),
 * then strong rule spans and KB matches repair or add to them. Tagger MISC spans (events,
 * products, nationalities) block the names strictly inside them.
 */
import type { Token } from "../nlp/index.js";
import { docIndex } from "./doc-index.js";
import { CURRENCY_SIGNS, DAY_WORDS, INNER_CONNECTORS, NAME_PARTICLES, TITLE_WORDS } from "./heuristics.js";
import { endsAtLinkSeam } from "./link-seams.js";
import type { Candidate, Mode, TextView } from "./types.js";

const overlapsTok = (a: Candidate, b: Candidate) => a.first < b.end && b.first < a.end;
const sameSpan = (a: Candidate, b: Candidate) => a.first === b.first && a.end === b.end;
const covers = (a: Candidate, b: Candidate) => a.first <= b.first && b.end <= a.end;

/** A token glued to a following currency sign is a currency code ("AU$", "US$"), not a name. */
export function isCurrencyCode(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined) return false;
  if (t.text.length > 1 && CURRENCY_SIGNS.has(t.text.slice(-1))) return true;
  return next !== undefined && next.start === t.end && CURRENCY_SIGNS.has(next.text);
}

/**
 * A tagger span is name-shaped: it stops before a lower-case word that no name contains
 * ("Airbus for the additional delay" → "Airbus"), before a possessive ("Ford's North American"
 * → "Ford", unless the whole span is a KB name like "People's Republic of China"), before a day
 * word ("Serbia Friday" → "Serbia"), before a lost link seam (see link-seams.ts) and before a
 * currency code; connectors are not left at either end. Returns null when nothing is left.
 */
function repairSpan(view: TextView, c: Candidate): Candidate | null {
  const { tokens } = view;
  const idx = docIndex(tokens);
  let end = c.first + 1;
  if (isCurrencyCode(tokens, c.first)) return null;
  const known = c.end - c.first > 1 && idx.kbExact(c.first, c.end).length > 0;
  for (let k = c.first + 1; k < c.end && !known; k++) {
    const t = tokens[k] as Token;
    const w = t.normal;
    if (w === "'s" || w === "’s" || DAY_WORDS.has(w) || isCurrencyCode(tokens, k)) break;
    const lower = idx.cap[k] !== 1 && /\p{Ll}/u.test(t.text);
    if (lower && !INNER_CONNECTORS.has(w) && !NAME_PARTICLES.has(w)) break;
    end = k + 1;
  }
  if (known) end = c.end;
  if (endsAtLinkSeam(view, c.first, end)) end--;
  while (end > c.first + 1 && INNER_CONNECTORS.has((tokens[end - 1] as Token).normal)) end--;
  if (end === c.end) return c;
  return { ...c, end };
}

export function repairTaggerSpans(view: TextView, tagged: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of tagged) {
    const r = repairSpan(view, c);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Whether a tagger MISC span [a, b) hides candidate c: c lies strictly inside it, unless c is
 * the capitalised name that ends it after lower-case words ("automobile manufacturer General
 * Motors" is a description, its name is still a name) or after a personal title ("Chinese
 * President Xi Jinping": the title's holder is a person, whatever the tagger made of the phrase).
 */
export function blocksName(view: TextView, misc: readonly [number, number], c: Candidate): boolean {
  const [a, b] = misc;
  if (!(a <= c.first && c.end <= b && b - a > c.end - c.first)) return false;
  if (c.end === b && c.first > a && docIndex(view.tokens).cap[c.first - 1] !== 1) return false;
  if (c.type === "PER" && c.first > a && TITLE_WORDS.has((view.tokens[c.first - 1] as Token).normal)) return false;
  return true;
}

/** Whether a KB reading agrees with the tagger's type (else the tagger's context wins). */
function compatible(tagged: Candidate, kb: Candidate): boolean {
  // a country or an international organisation is one thing whatever the context: the tagger's
  // place-or-organisation guess ("the EU" read as a place) yields to it, a person reading does not
  if (kb.kind === "metonym" || kb.entityKind === "country" || kb.sector === "IGO") return tagged.type !== "PER";
  return tagged.type === kb.type;
}

function attachKb(target: Candidate, kb: Candidate): void {
  target.kbId = kb.kbId;
  target.entityKind = kb.entityKind;
  target.country = kb.country;
  target.sector = kb.sector;
  target.kind = kb.kind;
}

/**
 * A weak span that two or more KB names tile exactly is those names run together where a link
 * or line break was lost ("… will welcome Vladimir Putin China on Thursday"): the KB pieces
 * replace it. A span with a KB reading of its own is never split.
 */
function splitKbTiled(out: Candidate[], kb: readonly Candidate[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i] as Candidate;
    if (o.strong || o.end - o.first < 2 || kb.some((k) => sameSpan(k, o))) continue;
    const pieces = kb.filter((k) => k.kind === "name" && o.first <= k.first && k.end <= o.end);
    if (pieces.length < 2) continue;
    pieces.sort((x, y) => x.first - y.first);
    let at = o.first;
    for (const p of pieces) if (p.first === at) at = p.end;
    if (at === o.end) out.splice(i, 1);
  }
}

/** Combine the finders: tagger spans first, KB and strong rule spans repair or add to them. */
export function merge(tagged: Candidate[], kb: Candidate[], rules: Candidate[], mode: Mode): Candidate[] {
  if (mode === "rules") {
    const out = [...kb];
    for (const r of rules) if (!out.some((o) => overlapsTok(o, r))) out.push(r);
    return out;
  }
  const out = [...tagged];
  for (const r of rules) {
    if (!r.strong) continue;
    const inside = out.filter((o) => overlapsTok(o, r));
    const exact = inside.find((o) => sameSpan(o, r));
    if (exact) {
      exact.type = r.type;
      exact.strong = true;
    } else if (inside.every((o) => covers(r, o))) {
      for (const o of inside) out.splice(out.indexOf(o), 1);
      out.push(r);
    }
  }
  splitKbTiled(out, kb);
  for (const k of kb) {
    const over = out.filter((o) => overlapsTok(o, k));
    if (over.length === 0) {
      out.push(k);
      continue;
    }
    const exact = over.find((o) => sameSpan(o, k));
    if (exact) {
      if (k.kind === "demonym" && exact.end - exact.first === 1) Object.assign(exact, k);
      else if (compatible(exact, k)) attachKb(exact, k);
      continue;
    }
    // A longer KB name covering tagger pieces ("Ministry of Foreign Affairs" vs "Ministry").
    if ((k.kind === "name" || k.kind === "description") && k.end - k.first > 1 && over.every((o) => covers(k, o) && !o.strong)) {
      for (const o of over) out.splice(out.indexOf(o), 1);
      out.push(k);
    }
  }
  return out;
}
