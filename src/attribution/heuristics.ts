/** Word lists and thresholds of the attribution stage, each with why it is what it is. */
import type { Stance } from "../contract/analysis.js";

/** A space-separated word list as an array (keeps long lists readable). */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/**
 * Reporting and belief verbs we always treat as cues, by lemma, with the stance they express.
 * These are the common English verbs of saying, thinking and claiming; the trained lexicon
 * (data/models/attribution-cues.json) adds verbs the annotated data shows are used as cues.
 */
export const CORE_CUES: Record<Stance, string[]> = {
  asserts: words(
    "say tell add state write note report announce declare explain insist argue claim contend maintain assert confirm acknowledge admit reveal disclose stress emphasize emphasise point observe remark reply respond answer continue tweet post recall suggest indicate concede conclude mention comment testify affirm reiterate repeat show find agree promise pledge vow tout boast predict describe call ask urge propose demand",
  ),
  denies: words("deny reject dismiss refute dispute rebut disavow contradict"),
  believes: words("believe think feel consider suspect assume hope doubt know expect worry fear see view"),
  warns: words("warn caution threaten alert"),
  accuses: words("accuse blame allege charge criticize criticise condemn denounce attack slam fault"),
  estimates: words("estimate project forecast calculate reckon gauge"),
  other: [],
};

/** Verbs whose first object is the addressee, skipped before the content ("told reporters that …"). */
export const ADDRESSEE_VERBS = new Set(["tell", "assure", "inform", "remind", "warn", "urge", "ask", "caution", "convince", "persuade"]);

/**
 * A lemma from the trained lexicon is a cue when at least this share of its occurrences (as a
 * verb) in the training split is annotated as a cue: below a half it is more often not a cue.
 */
export const CUE_MIN_PROB = 0.35;
/**
 * Lemmas with a lower share (down to this) are weak cues: taken only when their subject is a
 * name or a personal pronoun, the typical speaker of an attributed position ("Trump backed …").
 */
export const WEAK_CUE_MIN_PROB = 0.2;
/** …and it was seen at least this often, so that the share is not noise. */
export const CUE_MIN_COUNT = 4;

/** Prepositional cues: "according to X". */
export const ACCORDING = "according";

/** Quotes of at most this many words, with no cue attached, are scare quotes ("the “Cold War”"). */
export const SCARE_QUOTE_MAX_WORDS = 4;

/** A source noun phrase is at most this many tokens (longer runs are clauses, not speakers). */
export const MAX_SOURCE_TOKENS = 12;

/**
 * A built-in verb of saying with no noun phrase right before it takes the whole clause before it
 * as the speaker, up to this many tokens (longer stretches are rarely one subject).
 */
export const FALLBACK_SUBJECT_MAX_TOKENS = 16;

/**
 * A candidate with no speaker found must be this likely under the learnt filter: it still gives
 * content and cue but cannot match an annotated speaker (PolNeAR dev joint F1 0.739 with the
 * model's own threshold, 0.741 with this one; content overlap F1 0.804 either way).
 */
export const UNSOURCED_MIN_PROB = 0.5;

/** Between a cue and its "that"/time adjuncts we look at most this many tokens ahead. */
export const MAX_CUE_TO_THAT = 12;

/** Subject pronouns that can be a speaker ("He said"); object forms cannot. */
export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you", "who"]);

/** Words that attach to the verb and belong to the cue span ("has also said"). */
export const CUE_AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "does",
  "do",
  "is",
  "was",
  "are",
  "were",
  "been",
  "be",
  "also",
  "not",
  "n't",
  "never",
  "later",
  "repeatedly",
  "previously",
  "often",
  "then",
  "again",
  "further",
  "recently",
  "once",
  "publicly",
  "privately",
  "reportedly",
]);

/**
 * Verbs that chain to the verb after "to" ("went on to discuss", "tried to blame", "continued to
 * deny"): the annotated cue spans both (PolNeAR train: for these lemmas the cue covers the chain
 * far more often than it stops before "to", unlike "want"/"plan"/"vow", whose "to …" is content).
 */
export const CHAIN_VERBS = new Set(
  words("go try continue tend begin start use set need fail manage take proceed attempt struggle move work scramble"),
);

/** Negation words that flip the stance of a following cue ("did not deny"). */
export const NEGATIONS = new Set(["not", "n't", "never", "no"]);

/** Tokens that may join two nouns inside one source phrase ("the Ministry of Health", "China and Russia"). */
export const NP_JOINERS = new Set(["of", "and", "&", "for"]);

/** Quote characters trimmed from the edges of spans and recognised as quote marks. */
export const DOUBLE_OPEN = new Set(["“", "„", "«"]);
export const DOUBLE_CLOSE = new Set(["”", "»"]);
export const SINGLE_OPEN = new Set(["‘"]);
export const SINGLE_CLOSE = new Set(["’"]);

/** A speaker label ("PENCE:", "Poll:") is a name of at most this many tokens before a colon. */
export const SPEAKER_LABEL_MAX_TOKENS = 4;
/** Label colons rank below verbs of saying when proposals overlap. */
export const COLON_CUE_PROB = 0.6;

/** Prepositions and particles that complete a cue verb ("call for", "talk about", "plead guilty to"). */
export const CUE_PARTICLES = new Set(["for", "on", "about", "of", "against", "with", "to", "over", "at", "out", "up", "into"]);

/**
 * After a comma these words open a clause that is the writer's, not the source's (a relative
 * clause about a name, a contrast): paraphrased content ends before them.
 */
export const CONTENT_BREAKS = new Set(["who", "which", "however", "although", "though", "while", "whereas", "but"]);

/** Pronouns that refer to people (or groups of them), for weak-cue speakers. */
export const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);

/** Nouns of saying or believing that head a cue after a possessive ("Trump's claim that …"), with stance. */
export const NOUN_CUES = new Map<string, Stance>([
  ["claim", "asserts"],
  ["assertion", "asserts"],
  ["statement", "asserts"],
  ["argument", "asserts"],
  ["insistence", "asserts"],
  ["promise", "asserts"],
  ["pledge", "asserts"],
  ["suggestion", "asserts"],
  ["allegation", "accuses"],
  ["accusation", "accuses"],
  ["charge", "accuses"],
  ["denial", "denies"],
  ["belief", "believes"],
  ["view", "believes"],
  ["fear", "believes"],
  ["hope", "believes"],
  ["warning", "warns"],
  ["estimate", "estimates"],
  ["prediction", "estimates"],
]);

/** Time adverbials that may follow a post-posed cue ("…, he said Tuesday") and are not its object. */
export const TIME_WORDS = new Set(
  words("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow last earlier later this next"),
);

/** Pseudo-count of the lemma's overall cue share when estimating a frame's share (smoothing). */
export const FRAME_PRIOR_WEIGHT = 3;
/** A built-in verb is dropped in a frame seen at least CORE_VETO_SEEN times with a cue share below this. */
export const CORE_VETO_PROB = 0.1;
export const CORE_VETO_SEEN = 20;
/** Nouns and adjectives are cues only in frames where most of their uses are ("Clinton plans to …"). */
export const NOMINAL_CUE_MIN_PROB = 0.5;
/** …and only after a speaker-like word or a possessive (frames.ts classes): the source is next to them. */
export const NOMINAL_CUE_FRAMES_BEFORE = new Set(["name", "noun", "sp", "pos"]);

/** Head nouns of time phrases that may follow a post-posed cue ("…, she said two weeks ago"). */
export const TIME_NOUNS = new Set(words("second minute hour day week month year night morning afternoon evening weekend time ago"));

/**
 * Adverbs right before a cue join its span ("now says", "sharply criticized"), except these,
 * which open or link clauses rather than modify the verb.
 */
export const NON_CUE_ADVERBS = new Set(words("when where why how so as there here thus hence however therefore instead"));
