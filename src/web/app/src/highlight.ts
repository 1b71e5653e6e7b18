/** Turns an Analysis's layers into highlight marks and splits the text into flat segments that carry them. */
import type { Analysis } from "../../../contract/analysis.ts";

export const LAYERS = ["entities", "quotes", "events", "times", "quantities"] as const;
export type LayerName = (typeof LAYERS)[number];

export interface Mark {
  layer: LayerName;
  /** Id of the Analysis item (entity, attribution, event, time or quantity). */
  itemId: string;
  start: number;
  end: number;
  /** CSS classes for the span, e.g. "ent ent-country". */
  cls: string;
  /** Short hover text. */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

export function marksOf(a: Analysis, enabled: ReadonlySet<LayerName>): Mark[] {
  const marks: Mark[] = [];
  if (enabled.has("entities")) {
    for (const e of a.entities) {
      for (const m of e.mentions) {
        marks.push({
          layer: "entities",
          itemId: e.id,
          start: m.start,
          end: m.end,
          cls: `ent ent-${e.kind}`,
          label: `${e.kind}: ${e.name}`,
        });
      }
    }
  }
  if (enabled.has("quotes")) {
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    for (const q of a.attributions) {
      const speaker = q.source ? ((q.source.entityId && names.get(q.source.entityId)) ?? q.source.text) : "unknown speaker";
      marks.push({
        layer: "quotes",
        itemId: q.id,
        start: q.content.start,
        end: q.content.end,
        cls: `quote quote-${q.kind}`,
        label: `${q.kind} quote — ${speaker}`,
      });
      if (q.source)
        marks.push({
          layer: "quotes",
          itemId: q.id,
          start: q.source.start,
          end: q.source.end,
          cls: "speaker",
          label: `speaker: ${speaker}`,
        });
    }
  }
  if (enabled.has("events")) {
    for (const ev of a.events) {
      const polarity = ev.intensity >= 0 ? "coop" : "conf";
      const spans = ev.triggers.length > 0 ? ev.triggers : [ev.trigger];
      for (const t of spans) {
        marks.push({
          layer: "events",
          itemId: ev.id,
          start: t.start,
          end: t.end,
          cls: `event event-${polarity} mod-${ev.modality}`,
          label: `${ev.type} (${ev.modality})`,
        });
      }
    }
  }
  if (enabled.has("times")) {
    for (const t of a.times)
      marks.push({ layer: "times", itemId: t.id, start: t.start, end: t.end, cls: "time", label: `${t.type} ${t.value ?? "?"}` });
  }
  if (enabled.has("quantities")) {
    for (const q of a.quantities) {
      marks.push({
        layer: "quantities",
        itemId: q.id,
        start: q.start,
        end: q.end,
        cls: `qty qty-${q.kind}`,
        label: `${q.kind} ${q.value ?? "?"} ${q.unit ?? ""}`.trim(),
      });
    }
  }
  return marks.filter((m) => m.end > m.start);
}

/** Splits [from, to) at every mark boundary; each segment lists the marks covering it, shortest first. */
export function segments(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const inRange = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inRange) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inRange.filter((m) => m.start <= start && m.end >= end).sort((x, y) => x.end - x.start - (y.end - y.start));
    out.push({ start, end, marks: covering });
  }
  return out;
}
