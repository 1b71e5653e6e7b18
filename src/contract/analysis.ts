/**
 * The Analysis v1 contract: the one type every stage shares.
 * Defined once here with zod; `npm run schema` generates docs/analysis.schema.json from it.
 * Every span is [start, end) in UTF-16 code units into `document.text`, with
 * `text === document.text.slice(start, end)` (see src/text/span.ts, the only span builder).
 */
import { z } from "zod";

export const SCHEMA_VERSION = "1" as const;

export const Span = z
  .object({
    start: z.number().int().nonnegative().describe("Offset of the first UTF-16 unit in document.text"),
    end: z.number().int().nonnegative().describe("Offset one past the last UTF-16 unit (exclusive)"),
    text: z.string().describe("Exactly document.text.slice(start, end)"),
  })
  .describe("A [start, end) slice of document.text");
export type Span = z.infer<typeof Span>;

export const PublishedAtSource = z
  .enum(["given", "metadata", "url", "text", "inferred"])
  .nullable()
  .describe("Where publishedAt came from: given by the caller, page metadata, the URL, a dateline, or inferred from dates in the text");

export const RemovedKind = z.enum([
  "title",
  "dateline",
  "byline",
  "caption",
  "credit",
  "related",
  "comments",
  "ad",
  "newsletter",
  "navigation",
  "share",
  "cookie",
  "bio",
  "other",
]);
export type RemovedKind = z.infer<typeof RemovedKind>;

export const Removed = z
  .object({
    kind: RemovedKind.describe("Why the block is not part of the article body"),
    text: z.string().describe("The removed block's text (not in document.text)"),
  })
  .describe("A block of the input that was kept out of document.text");
export type Removed = z.infer<typeof Removed>;

export const ParagraphKind = z.enum(["body", "heading", "list", "quote"]);
export const Paragraph = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    kind: ParagraphKind.describe("body text, a heading kept in the text, a list item, or a block quote"),
  })
  .describe("A paragraph of document.text; paragraphs are joined by a blank line");
export type Paragraph = z.infer<typeof Paragraph>;

export const Document = z.object({
  url: z.string().nullable().describe("Canonical or given URL of the article"),
  title: z.string().nullable(),
  byline: z.string().nullable().describe("Author line as printed, e.g. 'By Jane Doe and John Roe'"),
  authors: z.array(z.string()).describe("Individual author names parsed from the byline or metadata"),
  publisher: z.string().nullable().describe("Site or publisher name"),
  language: z.string().nullable().describe("BCP-47 language code, e.g. 'en'"),
  publishedAt: z.string().nullable().describe("Publication date, YYYY-MM-DD or full ISO 8601"),
  publishedAtSource: PublishedAtSource,
  text: z.string().describe("Clean article body; paragraphs joined by '\\n\\n'"),
  paragraphs: z.array(Paragraph),
  removed: z.array(Removed),
});
export type Document = z.infer<typeof Document>;

export const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const EntityKind = z.enum(["person", "organization", "country", "location", "group"]);
export type EntityKind = z.infer<typeof EntityKind>;

export const MentionKind = z.enum(["name", "pronoun", "description", "metonym", "demonym"]);
export type MentionKind = z.infer<typeof MentionKind>;

export const Mention = Span.extend({
  kind: MentionKind.describe("How the entity is referred to here"),
});
export type Mention = z.infer<typeof Mention>;

export const Role = z.object({
  title: z.string().describe("e.g. 'President', 'Foreign Minister', 'associate professor of international relations'"),
  affiliation: z.string().nullable().describe("Organisation or country the role belongs to, as named"),
  source: z.enum(["kb", "text"]).describe("From the knowledge base (valid at publishedAt) or from the article"),
});
export type Role = z.infer<typeof Role>;

export const Entity = z.object({
  id: z.string().describe("Document-local id, e.g. 'e1'"),
  name: z.string().describe("Canonical name (KB name, else the longest name mention)"),
  kind: EntityKind,
  kbId: z.string().nullable().describe("Knowledge-base identity, null for people and groups not in the KB"),
  country: z.string().nullable().describe("ISO 3166-1 alpha-3 country code, or an IGO's code"),
  sector: z.string().nullable().describe("CAMEO/PLOVER sector: GOV, MIL, REB, OPP, JUD, JRN, BUS, EDU, MED, NGO, IGO, …"),
  roles: z.array(Role),
  mentions: z.array(Mention).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const Stance = z.enum(["asserts", "denies", "believes", "warns", "accuses", "estimates", "other"]);
export type Stance = z.infer<typeof Stance>;

export const Attribution = z.object({
  id: z.string(),
  kind: z
    .enum(["direct", "indirect", "mixed"])
    .describe("direct = quoted, indirect = paraphrase, mixed = paraphrase with quoted fragments"),
  source: Span.extend({
    entityId: z.string().nullable().describe("Entity the speaker mention resolves to"),
  })
    .nullable()
    .describe("The speaker mention nearest the cue"),
  cue: Span.extend({ lemma: z.string().describe("Base form of the cue, e.g. 'say', 'according to'") }).nullable(),
  content: Span,
  stance: Stance,
});
export type Attribution = z.infer<typeof Attribution>;

export const PloverType = z.enum([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "SANCTION",
  "PROTEST",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
]);
export type PloverType = z.infer<typeof PloverType>;

export const EventActor = z.object({
  entityId: z.string().nullable(),
  text: z.string().describe("The actor as written in the evidence sentence"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  sectors: z
    .array(z.string())
    .optional()
    .describe(
      "Every sector the actor's words stack, outermost qualifier first and `sector` last ('an MSF Arnor diplomat' → ['NGO', 'GOV'], 'Islamist media' → ['MUS', 'MED']); absent when there is one at most",
    ),
});
export type EventActor = z.infer<typeof EventActor>;

export const Modality = z.enum(["asserted", "reported", "future", "hypothetical", "negated"]);
export type Modality = z.infer<typeof Modality>;

export const Event = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable().describe("PLOVER mode, e.g. 'visit' for CONSULT, 'air' for ASSAULT"),
  context: z.array(z.string()).describe("PLOVER contexts, e.g. 'military', 'economic'"),
  actors: z.array(EventActor),
  recipients: z.array(EventActor),
  date: z
    .object({
      value: z.string().describe("TIMEX3-style value, e.g. 2024-05-16"),
      text: z.string().nullable().describe("The governing time expression, null when taken from the publication date"),
      source: z.enum(["text", "publication"]),
    })
    .nullable(),
  location: z
    .object({
      entityId: z.string().nullable(),
      text: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      country: z.string().nullable(),
    })
    .nullable(),
  modality: Modality,
  attributionId: z.string().nullable().describe("The attribution whose content contains the event"),
  intensity: z.number().describe("PLOVER cooperation (+) / conflict (−) score of the type and mode"),
  trigger: Span,
  triggers: z.array(Span).describe("Every trigger span of this happening in the article (merged mentions)"),
  evidence: Span.describe("The sentence the event was read from"),
});
export type Event = z.infer<typeof Event>;

export const TimeType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export const Time = Span.extend({
  id: z.string(),
  type: TimeType,
  value: z.string().nullable().describe("TIMEX3 value (2024-05-16, 2024-W20, P2Y, XXXX-XX-XXTMO…), null when it has no anchor"),
  mod: z.string().nullable().describe("TIMEX3 mod: BEFORE, AFTER, APPROX, START, MID, END, …"),
});
export type Time = z.infer<typeof Time>;

export const QuantityKind = z.enum(["money", "count", "percent", "measure"]);
export const Quantity = Span.extend({
  id: z.string(),
  value: z.number().nullable(),
  valueMax: z.number().nullable().describe("Upper bound of a range ('10 to 12 million'), else null"),
  unit: z.string().nullable().describe("ISO 4217 code for money, 'percent', 'percentage-point', or a unit name"),
  kind: QuantityKind,
  approx: z.enum(["exact", "more-than", "less-than", "at-least", "up-to", "about", "nearly"]).describe("Hedge on the number"),
  measures: Span.nullable().describe("Head of what is counted or measured ('people', 'trade')"),
  timeId: z.string().nullable().describe("Time expression the figure refers to"),
  attributionId: z.string().nullable().describe("Attribution whose content contains the figure (who says so)"),
});
export type Quantity = z.infer<typeof Quantity>;

export const Message = z.object({
  stage: z.string(),
  rule: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type Message = z.infer<typeof Message>;

export const Analysis = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string(),
    document: Document,
    sentences: z.array(Sentence),
    entities: z.array(Entity),
    attributions: z.array(Attribution),
    events: z.array(Event),
    times: z.array(Time),
    quantities: z.array(Quantity),
    messages: z.array(Message).describe("Positioned notes from stages (what was repaired, skipped or doubtful)"),
  })
  .describe("entente Analysis v1: one article, every item pointing at its characters");
export type Analysis = z.infer<typeof Analysis>;

export const AnalysisError = z.object({
  id: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type AnalysisError = z.infer<typeof AnalysisError>;
