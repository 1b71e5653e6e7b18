/** The only place spans are built, so `text === source.slice(start, end)` cannot drift. */
import type { Span } from "../contract/analysis.js";

export function span(source: string, start: number, end: number): Span {
  if (!(start >= 0 && end >= start && end <= source.length)) {
    throw new RangeError(`bad span [${start}, ${end}) for text of length ${source.length}`);
  }
  return { start, end, text: source.slice(start, end) };
}

/** Shrink [start, end) past leading/trailing whitespace (and optionally the given characters). */
export function trimRange(source: string, start: number, end: number, extra = ""): [number, number] {
  let s = start;
  let e = end;
  const skip = (c: string) => /\s/.test(c) || extra.includes(c);
  while (s < e && skip(source[s] as string)) s++;
  while (e > s && skip(source[e - 1] as string)) e--;
  return [s, e];
}

export function trimmedSpan(source: string, start: number, end: number, extra = ""): Span {
  const [s, e] = trimRange(source, start, end, extra);
  return span(source, s, e);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
