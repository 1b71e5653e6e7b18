/** Word lists and windows of the events stage, each with why it is what it is. */

/** Pattern words before the verb are looked for this many tokens back: CAMEO pre-words are adverbs/subjects right before it. */
export const PATTERN_PRE_WINDOW = 6;
/** A pattern starting with a role marker ("% *", "$ ^ FOR *") looks further back: a compound actor is a long phrase. */
export const MARKER_PRE_WINDOW = 15;
/** Pattern words after the verb: CAMEO patterns describe the verb's object and one or two PPs. */
export const PATTERN_POST_WINDOW = 12;
/** The first post-verb pattern word within this many tokens of the verb (a short object NP). */
export const FIRST_POST_GAP = 5;
/** Consecutive pattern words at most this far apart ("imposed new economic sanctions"). */
export const SLOT_GAP = 4;
/** Pre-verb pattern words end at most this far before the verb (auxiliaries, "not"). */
export const PRE_GAP = 2;
/** A subject is looked for this many tokens before its verb group (long NPs with appositions). */
export const SUBJECT_WINDOW = 25;
/** An object/recipient is looked for this many tokens after the trigger. */
export const OBJECT_WINDOW = 14;
/** Modality cues are looked for this many tokens before the trigger, within its clause. */
export const MODALITY_WINDOW = 6;

/** Words that end a clause for argument search: a subject is not looked for across them. */
export const CLAUSE_BREAKERS = new Set([
  ";",
  ":",
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "whereas",
  "because",
  "after",
  "before",
  "when",
  "since",
  "although",
  "though",
  "as",
  "until",
]);
/** Complementisers: the clause after them has its own subject. */
export const COMPLEMENTISERS = new Set(["that"]);

/** Prepositions that introduce a recipient after a verb or noun ("talks with", "sanctions on"). */
export const RECIPIENT_PREPS = new Set([
  "to",
  "with",
  "on",
  "against",
  "at",
  "into",
  "toward",
  "towards",
  "for",
  "upon",
  "in",
  "from",
  "over",
  "of",
  "between",
]);
/** Prepositions that introduce the actor of a nominal event ("visit by X", "support from X"). */
export const NOMINAL_ACTOR_PREPS = new Set(["by", "from"]);
/** Prepositions that introduce a place ("in Beijing", "near Rafah"). */
export const LOCATION_PREPS = new Set(["in", "near", "at", "outside", "inside", "around", "across"]);
/** Direction words of "east of Rafah". */
export const DIRECTION_WORDS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"]);

/** Negation inside the verb group. */
export const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor"]);
/** Verbs whose complement did not happen ("refused to condemn", "failed to agree"). */
export const REFUSAL_VERBS = new Set(["refuse", "decline", "fail", "reject", "deny", "avoid", "cancel", "postpone", "stop", "halt"]);
/** Future markers in the verb group ("will arrive", "is to visit", "plans to meet"). */
export const FUTURE_AUX = new Set(["will", "shall", "'ll", "wo"]);
export const FUTURE_VERBS = new Set([
  "plan",
  "intend",
  "expect",
  "schedule",
  "prepare",
  "aim",
  "hope",
  "set",
  "due",
  "promise",
  "pledge",
  "vow",
  "swear",
  "offer",
  // Stated readiness is intent ("willing to withdraw", "ready to talks", "prepared to lift").
  "willing",
  "ready",
  "prepared",
]);
/** Hypothetical markers: conditionals and modal possibility. */
export const CONDITIONALS = new Set(["if", "unless", "whether"]);
export const HYPOTHETICAL_AUX = new Set(["could", "might", "may"]);
/** "would" is the future of reported speech ("said it would allow") unless a condition is stated. */
export const CONDITIONAL_FUTURE_AUX = new Set(["would", "'d"]);

/** Subject pronouns resolved to the previous actor when the entities stage gave no coreference. */
export const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);

/**
 * Future cooperative events are AGREE in PLOVER (manual, AGREE: "reported in future tense"); so is
 * intent to yield, release or withdraw (CAMEO 035 "express intent to yield" maps to AGREE).
 */
export const FUTURE_TO_AGREE = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);
/**
 * The conflictual mirror: an announced sanction, restriction, attack or mobilisation is a
 * THREATEN ("express intent to take negative action"); the act itself comes when it happens.
 */
export const FUTURE_TO_THREATEN = new Set(["SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"]);
/** Light verbs whose object noun names the event ("gave … aid", "held talks", "launched a raid"). */
export const LIGHT_VERBS = new Set([
  "give",
  "provide",
  "offer",
  "add",
  "launch",
  "hold",
  "conduct",
  "stage",
  "carry",
  "send",
  "deliver",
  "extend",
  "begin",
  "start",
  "make",
  "take",
  "mount",
  "undertake",
  "organize",
  "organise",
  "continue",
  "resume",
  "renew",
  "call",
]);
/** Tokens after a light verb within which its object noun is looked for. */
export const LIGHT_OBJECT_WINDOW = 6;
/** Exercise nouns: joint exercises of several actors are COOPERATE, one actor's are MOBILIZE. */
export const EXERCISE_HEADS = new Set(["exercise", "drill", "game", "manoeuvre", "maneuver"]);

/** Sectors of bodies that belong to no country (IGO, NGO): their officers act for the body, not a state. */
export const TRANSNATIONAL_SECTORS = new Set(["IGO", "NGO"]);

/**
 * Reporting verbs introduce the event, they are not one: CAMEO patterns under SAY/TELL reach into
 * the reported clause ("said Serbia attacked"), which the clause's own verb codes (PLOVER has no
 * statement type). Only dictionary-exact coding (`keepUnmapped`) codes them.
 */
export const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "add",
  "report",
  "note",
  "state",
  "claim",
  "believe",
  "think",
  "write",
  "quote",
  "comment",
  "explain",
  "announce",
  "confirm",
  "conclude",
]);
