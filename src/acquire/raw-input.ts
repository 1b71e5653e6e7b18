/** What the acquire stage hands to extraction: one article's raw content and what is known about it. */
export interface RawInput {
  id: string;
  /** Plain text (already decoded). */
  text?: string;
  /** HTML markup (already decoded). */
  html?: string;
  /** Undecoded bytes (file or HTTP body); extraction detects HTML vs text and the charset. */
  bytes?: Uint8Array;
  url?: string | null;
  contentType?: string | null;
  /** Publication date given by the caller (YYYY-MM-DD or ISO 8601). */
  publishedAt?: string | null;
}
