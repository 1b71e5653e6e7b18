/** The article reader: highlighted text (as text nodes only), layer toggles, per-layer lists and an item detail panel. */
import type { Analysis } from "../../../contract/analysis.ts";
import { entityKey } from "../../../store/keys.ts";
import { type Child, clear, h, href } from "./dom.ts";
import { LAYERS, type LayerName, type Mark, marksOf, segments } from "./highlight.ts";

const LAYER_TITLES: Record<LayerName, string> = {
  entities: "Entities",
  quotes: "Quotes",
  events: "Events",
  times: "Dates",
  quantities: "Numbers",
};

interface Item {
  layer: LayerName;
  id: string;
  title: string;
  subtitle: string;
}

function itemsOf(a: Analysis): Item[] {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const who = (id: string | null, text: string) => (id && names.get(id)) ?? text;
  return [
    ...a.entities.map((e) => ({
      layer: "entities" as const,
      id: e.id,
      title: e.name,
      subtitle: `${e.kind}${e.country ? ` · ${e.country}` : ""} · ${e.mentions.length}×`,
    })),
    ...a.attributions.map((q) => ({
      layer: "quotes" as const,
      id: q.id,
      title: q.content.text.length > 90 ? `${q.content.text.slice(0, 90)}…` : q.content.text,
      subtitle: `${q.source ? who(q.source.entityId, q.source.text) : "unknown speaker"} · ${q.kind} · ${q.stance}`,
    })),
    ...a.events.map((ev) => ({
      layer: "events" as const,
      id: ev.id,
      title: `${ev.type}: ${ev.actors.map((x) => who(x.entityId, x.text)).join(", ") || "?"} → ${ev.recipients.map((x) => who(x.entityId, x.text)).join(", ") || "?"}`,
      subtitle: `${ev.modality} · “${ev.trigger.text}”${ev.date ? ` · ${ev.date.value}` : ""}`,
    })),
    ...a.times.map((t) => ({
      layer: "times" as const,
      id: t.id,
      title: t.text,
      subtitle: `${t.type} · ${t.value ?? "unanchored"}${t.mod ? ` · ${t.mod}` : ""}`,
    })),
    ...a.quantities.map((q) => ({
      layer: "quantities" as const,
      id: q.id,
      title: q.text,
      subtitle: `${q.kind} · ${q.value ?? "?"}${q.valueMax !== null ? `–${q.valueMax}` : ""} ${q.unit ?? ""} · ${q.approx}`,
    })),
  ];
}

function row(label: string, value: Child): HTMLElement {
  return h("div", { class: "kv" }, h("span", { class: "k" }, label), h("span", { class: "v" }, value));
}

function evidence(a: Analysis, start: number, end: number): HTMLElement {
  const sentence = a.sentences.find((s) => s.start <= start && s.end >= end) ?? { start, end };
  const text = a.document.text;
  return h(
    "blockquote",
    { class: "evidence" },
    text.slice(sentence.start, start),
    h("mark", null, text.slice(start, end)),
    text.slice(end, sentence.end),
  );
}

/** The normalised form of one item, with its evidence sentence. */
function details(a: Analysis, layer: LayerName, id: string): HTMLElement {
  const names = new Map(a.entities.map((e) => [e.id, e]));
  const actorLink = (entityId: string | null, text: string) => {
    const e = entityId ? names.get(entityId) : undefined;
    return e ? h("a", { href: href("actor", entityKey(e)) }, e.name) : text;
  };
  const box = h("div", { class: "details", "data-layer": layer, "data-item": id });
  if (layer === "entities") {
    const e = a.entities.find((x) => x.id === id)!;
    box.append(
      h("h3", null, h("a", { href: href("actor", entityKey(e)), class: "actor-link" }, e.name)),
      row("kind", e.kind),
      row("KB id", e.kbId ?? "—"),
      row("country", e.country ?? "—"),
      row("sector", e.sector ?? "—"),
      row("roles", e.roles.map((r) => `${r.title}${r.affiliation ? ` (${r.affiliation})` : ""}`).join("; ") || "—"),
      row("mentions", e.mentions.map((m) => `${m.text} [${m.kind}]`).join(", ")),
      evidence(a, e.mentions[0]!.start, e.mentions[0]!.end),
    );
  } else if (layer === "quotes") {
    const q = a.attributions.find((x) => x.id === id)!;
    box.append(
      h("h3", null, "Quote"),
      row("speaker", q.source ? actorLink(q.source.entityId, q.source.text) : "unknown"),
      row("cue", q.cue ? `${q.cue.text} (${q.cue.lemma})` : "—"),
      row("kind", q.kind),
      row("stance", q.stance),
      h("blockquote", { class: "evidence" }, q.content.text),
    );
  } else if (layer === "events") {
    const ev = a.events.find((x) => x.id === id)!;
    box.append(
      h("h3", null, `${ev.type}${ev.mode ? ` / ${ev.mode}` : ""}`),
      row("actors", ev.actors.length ? ev.actors.map((x, i) => [i ? ", " : "", actorLink(x.entityId, x.text)]) : "—"),
      row("recipients", ev.recipients.length ? ev.recipients.map((x, i) => [i ? ", " : "", actorLink(x.entityId, x.text)]) : "—"),
      row("modality", ev.modality),
      row("intensity", ev.intensity.toFixed(1)),
      row("date", ev.date ? `${ev.date.value} (${ev.date.source}${ev.date.text ? `: “${ev.date.text}”` : ""})` : "—"),
      row("location", ev.location ? `${ev.location.text}${ev.location.country ? ` (${ev.location.country})` : ""}` : "—"),
      row("context", ev.context.join(", ") || "—"),
      evidence(a, ev.trigger.start, ev.trigger.end),
    );
  } else if (layer === "times") {
    const t = a.times.find((x) => x.id === id)!;
    box.append(
      h("h3", null, t.text),
      row("type", t.type),
      row("value", t.value ?? "unanchored"),
      row("mod", t.mod ?? "—"),
      evidence(a, t.start, t.end),
    );
  } else {
    const q = a.quantities.find((x) => x.id === id)!;
    const quote = q.attributionId ? a.attributions.find((x) => x.id === q.attributionId) : undefined;
    box.append(
      h("h3", null, q.text),
      row("kind", q.kind),
      row("value", `${q.value ?? "?"}${q.valueMax !== null ? ` – ${q.valueMax}` : ""}`),
      row("unit", q.unit ?? "—"),
      row("hedge", q.approx),
      row("measures", q.measures?.text ?? "—"),
      row("according to", quote?.source ? actorLink(quote.source.entityId, quote.source.text) : "—"),
      evidence(a, q.start, q.end),
    );
  }
  return box;
}

export function renderReader(a: Analysis): HTMLElement {
  const enabled = new Set<LayerName>(LAYERS);
  const textPane = h("div", { class: "article-text" });
  const detailPane = h(
    "div",
    { class: "detail-pane" },
    h("p", { class: "hint" }, "Click a highlight or a list item to see its normalised form and evidence."),
  );
  const listPane = h("div", { class: "layer-lists" });
  const items = itemsOf(a);
  let selected: { layer: LayerName; id: string } | null = null;

  const select = (layer: LayerName, id: string, scroll: boolean) => {
    selected = { layer, id };
    for (const el of textPane.querySelectorAll(".sel")) el.classList.remove("sel");
    const hits = [...textPane.querySelectorAll<HTMLElement>("span[data-items]")].filter((el) =>
      el.dataset.items!.split(" ").includes(`${layer}:${id}`),
    );
    for (const el of hits) el.classList.add("sel");
    if (scroll) hits[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
    clear(detailPane, details(a, layer, id));
  };

  const drawText = () => {
    const marks = marksOf(a, enabled);
    const paras = a.document.paragraphs.length ? a.document.paragraphs : [{ start: 0, end: a.document.text.length, kind: "body" as const }];
    clear(
      textPane,
      paras.map((p) =>
        h(
          p.kind === "heading" ? "h3" : "p",
          { class: `para para-${p.kind}` },
          segments(p.start, p.end, marks).map((seg) => {
            const text = a.document.text.slice(seg.start, seg.end);
            if (seg.marks.length === 0) return text;
            const top = seg.marks[0] as Mark;
            const el = h(
              "span",
              {
                class: [...new Set(seg.marks.flatMap((m) => m.cls.split(" ")))].join(" "),
                title: seg.marks.map((m) => m.label).join("\n"),
                "data-items": seg.marks.map((m) => `${m.layer}:${m.itemId}`).join(" "),
              },
              text,
            );
            el.addEventListener("click", () => select(top.layer, top.itemId, false));
            return el;
          }),
        ),
      ),
    );
    if (selected) select(selected.layer, selected.id, false);
  };

  const toggles = h(
    "div",
    { class: "toggles" },
    LAYERS.map((layer) => {
      const box = h("input", { type: "checkbox", checked: true, "data-layer": layer });
      box.addEventListener("change", () => {
        if (box.checked) enabled.add(layer);
        else enabled.delete(layer);
        drawText();
      });
      const count = items.filter((i) => i.layer === layer).length;
      return h("label", { class: `toggle toggle-${layer}` }, box, ` ${LAYER_TITLES[layer]} (${count})`);
    }),
  );

  for (const layer of LAYERS) {
    const mine = items.filter((i) => i.layer === layer);
    listPane.append(
      h(
        "details",
        { class: `layer layer-${layer}`, open: layer === "entities" || layer === "events" },
        h("summary", null, `${LAYER_TITLES[layer]} (${mine.length})`),
        mine.length === 0
          ? h("p", { class: "empty" }, "none found")
          : h(
              "ul",
              null,
              mine.map((it) =>
                h(
                  "li",
                  null,
                  h(
                    "button",
                    { type: "button", class: "item", "data-layer": layer, "data-item": it.id, onclick: () => select(layer, it.id, true) },
                    h("span", { class: "t" }, it.title),
                    h("span", { class: "s" }, it.subtitle),
                  ),
                ),
              ),
            ),
      ),
    );
  }

  const kinds = h(
    "div",
    { class: "kind-legend", "aria-label": "highlight colours" },
    (["person", "organization", "country", "location", "group"] as const).map((k) => h("span", { class: `ent-${k}` }, k)),
    h("span", { class: "event" }, "cooperation event"),
    h("span", { class: "event event-conf" }, "conflict event"),
    h("span", { class: "quote" }, "quote"),
    h("span", { class: "time" }, "date"),
    h("span", { class: "qty" }, "number"),
  );

  drawText();
  return h(
    "div",
    { class: "reader" },
    h("div", { class: "reader-main" }, toggles, kinds, textPane),
    h("aside", { class: "reader-side" }, detailPane, listPane),
  );
}
