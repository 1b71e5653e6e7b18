/**
 * Modality of a trigger from its verb group and clause: negated ("did not", "refused to"),
 * hypothetical ("if … continues"), future ("will arrive", "plans to visit", "upcoming talks"),
 * reported (inside an attribution's content), else asserted. Precedence in that order: a denied
 * plan is negated, a conditional plan hypothetical.
 */
import type { Attribution, Modality } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { SentenceView } from "./arguments.js";
import {
  CLAUSE_BREAKERS,
  CONDITIONAL_FUTURE_AUX,
  CONDITIONALS,
  FUTURE_AUX,
  FUTURE_VERBS,
  HYPOTHETICAL_AUX,
  MODALITY_WINDOW,
  NEGATORS,
  REFUSAL_VERBS,
} from "./heuristics.js";
import type { Trigger } from "./triggers.js";

/** Adjectives that make a nominal event a plan ("planned visit", "upcoming talks"). */
const FUTURE_ADJECTIVES = new Set(["upcoming", "planned", "forthcoming", "proposed", "scheduled", "expected", "possible", "future"]);
/** Determiners that deny a nominal event ("no talks"). */
const NEGATIVE_DETERMINERS = new Set(["no", "without"]);
/** How far back a conditional conjunction governs ("if it continues to send …"). */
const CONDITIONAL_WINDOW = 12;

export interface ModalityResult {
  modality: Modality;
  attributionId: string | null;
}

function lemma(t: Token): string {
  return t.lemma.toLowerCase();
}

/** Scan [from, to) of the verb group and the "X to" chain before it. */
function groupCues(v: SentenceView, groupStart: number, head: number): { negated: boolean; future: boolean; hypothetical: boolean } {
  const cues = { negated: false, future: false, hypothetical: false };
  const from = Math.max(v.first, groupStart - MODALITY_WINDOW);
  for (let i = groupStart; i < head; i++) {
    const t = v.tokens[i] as Token;
    if (NEGATORS.has(t.normal) || NEGATORS.has(lemma(t))) cues.negated = true;
    if (FUTURE_AUX.has(t.normal)) cues.future = true;
    if (HYPOTHETICAL_AUX.has(t.normal)) cues.hypothetical = true;
    if (CONDITIONAL_FUTURE_AUX.has(t.normal)) cues.future = true;
  }
  // "refused to condemn", "plans to visit", "is to meet", "is going to", "about to"
  const to = v.tokens[head - 1];
  if (to && head - 1 >= v.first && to.normal === "to") {
    for (let i = head - 2; i >= from; i--) {
      const t = v.tokens[i] as Token;
      const l = lemma(t);
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADJ" || t.pos === "ADP") {
        if (REFUSAL_VERBS.has(l)) cues.negated = true;
        else if (FUTURE_VERBS.has(l) || l === "go" || l === "about" || (l === "be" && i === head - 2)) cues.future = true;
        // The governing verb's own group: "did not agree to", "will seek to".
        for (let j = i - 1; j >= from && j >= i - 3; j--) {
          const g = v.tokens[j] as Token;
          if (NEGATORS.has(g.normal)) cues.negated = true;
          if (FUTURE_AUX.has(g.normal)) cues.future = true;
          if (HYPOTHETICAL_AUX.has(g.normal)) cues.hypothetical = true;
          if (CONDITIONAL_FUTURE_AUX.has(g.normal)) cues.future = true;
          if (g.pos !== "AUX" && g.pos !== "PART" && g.pos !== "ADV") break;
        }
        break;
      }
    }
  }
  return cues;
}

function conditional(v: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= Math.max(v.first, at - CONDITIONAL_WINDOW); i--) {
    const t = v.tokens[i] as Token;
    if (CONDITIONALS.has(t.normal)) return true;
    if (CLAUSE_BREAKERS.has(t.normal) && t.normal !== "as") return false;
  }
  return false;
}

function nominalCues(v: SentenceView, trig: Trigger): { negated: boolean; future: boolean } {
  const cues = { negated: false, future: false };
  for (let i = trig.first - 1; i >= Math.max(v.first, trig.first - 3); i--) {
    const t = v.tokens[i] as Token;
    if (NEGATIVE_DETERMINERS.has(t.normal)) cues.negated = true;
    if (FUTURE_ADJECTIVES.has(t.normal)) cues.future = true;
    if (t.pos !== "ADJ" && t.pos !== "DET" && t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "PART") break;
  }
  return cues;
}

export function modalityOf(
  v: SentenceView,
  trig: Trigger,
  groupStart: number,
  governor: number,
  attributions: readonly Attribution[],
): ModalityResult {
  const head = trig.nominal ? governor : trig.head;
  const cues = head >= 0 ? groupCues(v, groupStart, head) : { negated: false, future: false, hypothetical: false };
  if (trig.nominal) {
    const n = nominalCues(v, trig);
    cues.negated ||= n.negated;
    cues.future ||= n.future;
  }
  const hypothetical = cues.hypothetical || conditional(v, head >= 0 ? groupStart : trig.first);
  const t = v.tokens[trig.head] as Token;
  let attributionId: string | null = null;
  for (const a of attributions) {
    if (a.content.start <= t.start && t.end <= a.content.end) {
      attributionId = a.id;
      break;
    }
  }
  let modality: Modality = "asserted";
  if (cues.negated) modality = "negated";
  else if (hypothetical) modality = "hypothetical";
  else if (cues.future) modality = "future";
  else if (attributionId) modality = "reported";
  return { modality, attributionId };
}
