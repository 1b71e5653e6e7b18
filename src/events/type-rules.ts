/**
 * Event-type refinement after the trigger's own code, from modality and argument types (PLOVER
 * manual definitions): intent to cooperate or yield is AGREE, announced negative action is
 * THREATEN, a stated refusal of cooperation is REJECT, joint exercises are COOPERATE,
 * obstruction by civilians is PROTEST, and ending a nominal event ("halted talks") is its reversal.
 */
import type { Event, Modality } from "../contract/analysis.js";
import type { Token } from "../nlp/index.js";
import type { ActorMention } from "./actors.js";
import type { SentenceView } from "./arguments.js";
import { EXERCISE_HEADS, FUTURE_TO_AGREE, FUTURE_TO_THREATEN } from "./heuristics.js";
import type { Trigger } from "./triggers.js";

export interface TypedCode {
  type: Event["type"] | null;
  mode: string | null;
  context: string[];
}

/** Cooperative types whose announced refusal ("will not accept", "would not meet") is a REJECT. */
const REFUSABLE = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);
/** Auxiliaries of a stated intent: "will not", "would not", "won't" refuse rather than merely deny. */
const INTENT_AUX = new Set(["will", "would", "wo", "shall", "'ll"]);
/**
 * Sectors of civilian collective actors (PLOVER PROTEST is civilian action): blocking, occupying or
 * barricading by them is a protest (mode obstruct), by state forces coercion.
 */
const CIVILIAN_SECTORS = new Set(["CVL", "OPP", "LAB", "EDU", "REB", "PTY", "PPL", "REF", "HRI", "NGO", "REL", "MED", "BUS", "AGR"]);
/** State sectors: their obstruction is coercion (PLOVER COERCE restrict: "cordoning off areas"), not protest. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "SPY", "LEG"]);
/** Verbs of physical obstruction. */
const OBSTRUCT_VERBS = new Set(["block", "blockade", "barricade", "obstruct", "occupy", "picket"]);
/** Object nouns that make "accept"/"meet" a yielding to demands (CAMEO 08, PLOVER CONCEDE) rather than an agreement. */
const DEMAND_NOUNS = new Set(["demand", "request", "call", "ultimatum", "condition"]);
/** Verbs of acceptance whose PLOVER type depends on what is accepted. */
const ACCEPT_VERBS = new Set(["accept", "meet", "grant", "heed"]);
/**
 * Verbs that end or scale back what their object noun names ("ended mediation", "called off the
 * strike", "lifted the curfew"): the event is the reversal (PLOVER SANCTION for cooperation ended,
 * CONCEDE/RETREAT for conflict eased), not the noun's own type.
 */
const ENDING_VERBS = new Set([
  "end",
  "halt",
  "suspend",
  "stop",
  "cancel",
  "abandon",
  "lift",
  "ease",
  "shorten",
  "relax",
  "scrap",
  "freeze",
  "terminate",
  "postpone",
]);
/** Verbs that end their object only with a particle ("call off", "break off"). */
const ENDING_PHRASAL = new Set(["call", "break"]);
const COOPERATIVE = new Set(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"]);
/** The reversal of each conflictual type (CAMEO 081 ease restrictions → CONCEDE, 085 ease sanctions and 087 de-escalate → RETREAT). */
const EASED: Partial<Record<string, Event["type"]>> = {
  PROTEST: "CONCEDE",
  THREATEN: "CONCEDE",
  COERCE: "CONCEDE",
  SANCTION: "RETREAT",
  MOBILIZE: "RETREAT",
  ASSAULT: "RETREAT",
};

/** Verbs that turn down what their object proposes ("dismissed an appeal", "rebuffed the offer"): PLOVER REJECT. */
const DISMISS_VERBS = new Set(["dismiss", "rebuff", "spurn", "brush", "snub", "ignore", "decline"]);
/** Object nouns of a proposal or request. */
const PROPOSAL_NOUNS = new Set([
  "appeal",
  "request",
  "demand",
  "call",
  "offer",
  "proposal",
  "plan",
  "invitation",
  "ultimatum",
  "initiative",
  "bid",
]);
/**
 * Sending investigators, or sending anyone "to investigate", is an investigation (PLOVER ACCUSE
 * investigate), not cooperation.
 */
const SEND_VERBS = new Set(["send", "dispatch", "despatch"]);
const INVESTIGATOR_NOUNS = new Set(["inspector", "investigator", "observer", "monitor", "expert", "prosecutor"]);
const INVESTIGATE_VERBS = new Set(["investigate", "probe", "inspect", "monitor", "examine", "verify", "assess", "look"]);
/** "pressured X to cancel": urging verbs with an object and an infinitive are demands (PLOVER REQUEST). */
const PRESSURE_VERBS = new Set(["pressure", "pressurize", "pressurise", "press", "push", "lobby", "prod"]);
/** "summoned the ambassador to complain": the purpose is a complaint (PLOVER ACCUSE disapprove). */
const SUMMON_VERBS = new Set(["summon", "call"]);
const COMPLAINT_VERBS = new Set(["complain", "protest", "condemn", "criticize", "criticise", "denounce", "object"]);
/** State and institutional sectors: their "protest" is a diplomatic protest (PLOVER ACCUSE disapprove). */
const INSTITUTIONAL_SECTORS = new Set(["GOV", "IGO", "NGO", "HRI", "LEG", "JUD", "MED"]);
/** "ordered the paper to suspend publication": ordering someone to cease is coercion (PLOVER COERCE restrict). */
const ORDER_VERBS = new Set(["order", "force", "compel"]);
const CEASE_VERBS = new Set(["suspend", "stop", "close", "leave", "halt", "cease", "shut", "evacuate", "disband", "vacate", "quit"]);
/** "eased emergency measures": easing restrictions is PLOVER CONCEDE (CAMEO 081), whatever the verb's own code. */
const EASE_VERBS = new Set(["ease", "relax", "loosen"]);
const RESTRICTION_NOUNS = new Set(["measure", "restriction", "curfew", "ban", "emergency", "control", "rule", "limit", "censorship"]);
/** Tokens after a verb within which its purpose clause is looked for (an object NP with a PP and a date fits). */
const COMPLEMENT_WINDOW = 16;

/** Tokens after an acceptance verb within which its object noun is looked for. */
const ACCEPT_OBJECT_WINDOW = 4;

function lemma(t: Token | undefined): string {
  return t ? t.lemma.toLowerCase() : "";
}

/** An intent auxiliary and a negator in the trigger's verb group ("will not accept"). */
function statedRefusal(v: SentenceView, groupStart: number, head: number): boolean {
  let intent = false;
  let negated = false;
  for (let i = groupStart; i < head; i++) {
    const t = v.tokens[i] as Token;
    if (INTENT_AUX.has(t.normal)) intent = true;
    if (t.normal === "not" || t.normal === "n't" || t.normal === "never") negated = true;
  }
  return intent && negated;
}

function allOf(actors: readonly ActorMention[], sectors: ReadonlySet<string>): boolean {
  return actors.length > 0 && actors.every((a) => a.sector !== null && sectors.has(a.sector));
}

/** The object noun of an acceptance verb is a demand ("accepted the rebels' demands"). */
function acceptsDemand(v: SentenceView, head: number): boolean {
  const stop = Math.min(v.last, head + 1 + ACCEPT_OBJECT_WINDOW);
  for (let i = head + 1; i < stop; i++) {
    const t = v.tokens[i] as Token;
    if (t.pos === "NOUN" && DEMAND_NOUNS.has(lemma(t))) return true;
    // "the strikers' demands": a possessive mark does not end the object.
    if (t.normal === "'" || t.normal === "'s") continue;
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** Is the verb at `governor` one that ends its object ("halted", "called off")? */
function endsObject(v: SentenceView, governor: number, trigFirst: number): boolean {
  if (governor < 0) return false;
  const l = lemma(v.tokens[governor]);
  if (ENDING_VERBS.has(l)) return true;
  if (!ENDING_PHRASAL.has(l)) return false;
  for (let i = governor + 1; i < trigFirst; i++) if ((v.tokens[i] as Token).normal === "off") return true;
  return false;
}

/** The first noun lemma after the verb (within a few tokens, before another verb), or "". */
function objectNoun(v: SentenceView, head: number): string {
  const stop = Math.min(v.last, head + 1 + ACCEPT_OBJECT_WINDOW);
  for (let i = head + 1; i < stop; i++) {
    const t = v.tokens[i] as Token;
    if (t.pos === "NOUN") return lemma(t);
    if (t.pos === "VERB" || (t.pos === "PUNCT" && t.normal !== "'")) return "";
  }
  return "";
}

/** The verb of a "to"-infinitive after the verb ("sent experts to investigate"), or "". */
function purposeVerb(v: SentenceView, head: number): string {
  const stop = Math.min(v.last - 1, head + COMPLEMENT_WINDOW);
  for (let i = head + 1; i < stop; i++) {
    const t = v.tokens[i] as Token;
    if (t.normal === "to" && (v.tokens[i + 1] as Token).pos === "VERB") return lemma(v.tokens[i + 1]);
    if (t.pos === "VERB" || t.normal === ";" || t.normal === "that") return "";
  }
  return "";
}

/** Verb-argument readings that override the verb's own code. */
function byComplement(v: SentenceView, trig: Trigger, head: string, actors: readonly ActorMention[]): TypedCode | null {
  if (trig.nominal) return null;
  if (DISMISS_VERBS.has(head) && PROPOSAL_NOUNS.has(objectNoun(v, trig.head))) return { type: "REJECT", mode: null, context: [] };
  if (SEND_VERBS.has(head) && (INVESTIGATOR_NOUNS.has(objectNoun(v, trig.head)) || INVESTIGATE_VERBS.has(purposeVerb(v, trig.head)))) {
    return { type: "ACCUSE", mode: "investigate", context: [] };
  }
  if (PRESSURE_VERBS.has(head) && purposeVerb(v, trig.head)) return { type: "REQUEST", mode: null, context: [] };
  if (SUMMON_VERBS.has(head) && COMPLAINT_VERBS.has(purposeVerb(v, trig.head))) return { type: "ACCUSE", mode: "disapprove", context: [] };
  if (ORDER_VERBS.has(head) && CEASE_VERBS.has(purposeVerb(v, trig.head))) return { type: "COERCE", mode: "restrict", context: [] };
  if (EASE_VERBS.has(head) && RESTRICTION_NOUNS.has(objectNoun(v, trig.head))) return { type: "CONCEDE", mode: null, context: [] };
  // "a rights group protested", "the ministry protested": a verbal protest by an institution.
  if (
    head === "protest" &&
    actors.length > 0 &&
    actors.every((a) => (a.sector ? INSTITUTIONAL_SECTORS.has(a.sector) : a.country !== null))
  ) {
    return { type: "ACCUSE", mode: "disapprove", context: ["diplomatic"] };
  }
  return null;
}

export interface RuleInput {
  view: SentenceView;
  trig: Trigger;
  /** The verb governing a nominal trigger, or -1. */
  governor: number;
  actors: readonly ActorMention[];
  modality: Modality;
  groupStart: number;
}

/** The refined type/mode/context and the modality to report (a stated refusal is an asserted REJECT). */
export function refineType(code: TypedCode, input: RuleInput): { code: TypedCode; modality: Modality } {
  const { view, trig, actors, modality, groupStart } = input;
  let { type, mode, context } = code;
  const head = lemma(view.tokens[trig.head]);
  if (!type) return { code, modality };
  const complement = byComplement(view, trig, head, actors);
  if (complement) ({ type, mode, context } = complement as TypedCode & { type: Event["type"] });
  if (type === "MOBILIZE" && trig.nominal && EXERCISE_HEADS.has(head) && actors.length > 1) {
    // Exercises held together are military cooperation (PLOVER COOPERATE), not a show of force.
    return { code: { type: "COOPERATE", mode: null, context: ["military"] }, modality };
  }
  if (trig.nominal && head === "strike" && type === "ASSAULT" && allOf(actors, CIVILIAN_SECTORS)) {
    // A strike by unions, students or workers is labour action (PLOVER PROTEST strike), not an air strike.
    type = "PROTEST";
    mode = "strike";
    context = [];
  }
  if (trig.nominal && endsObject(view, input.governor, trig.first)) {
    if (COOPERATIVE.has(type)) return { code: { type: "SANCTION", mode: null, context }, modality };
    const eased = EASED[type];
    if (eased) return { code: { type: eased, mode: null, context }, modality };
  }
  if (!trig.nominal && ACCEPT_VERBS.has(head) && acceptsDemand(view, trig.head) && (type === "AGREE" || type === "CONSULT")) {
    type = "CONCEDE";
    mode = null;
  }
  if (!trig.nominal && OBSTRUCT_VERBS.has(head) && (type === "COERCE" || type === "SANCTION") && allOf(actors, CIVILIAN_SECTORS)) {
    return { code: { type: "PROTEST", mode: "obstruct", context: [] }, modality };
  }
  // Forces, not persons: "supporters of President X blocked roads" names X only as whom they support.
  if (type === "PROTEST" && mode === "obstruct" && allOf(actors, STATE_SECTORS) && actors.every((a) => a.kind !== "person")) {
    return { code: { type: "COERCE", mode: "restrict", context }, modality };
  }
  if (modality === "negated" && !trig.nominal && REFUSABLE.has(type) && statedRefusal(view, groupStart, trig.head)) {
    return { code: { type: "REJECT", mode: null, context }, modality: "asserted" };
  }
  if (modality === "future" && FUTURE_TO_AGREE.has(type)) return { code: { type: "AGREE", mode: null, context }, modality };
  if (modality === "future" && FUTURE_TO_THREATEN.has(type)) return { code: { type: "THREATEN", mode: null, context }, modality };
  return { code: { type, mode, context }, modality };
}
