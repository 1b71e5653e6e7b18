/**
 * `plover`: PLOVER event coding on the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json,
 * sentence-level events edited from the CAMEO manual's examples). There is no train/test split
 * upstream: all records are dev records (we tune on them), so these figures are dev figures.
 *
 * Each record is analysed by the full pipeline (analyze, no publication date). Scoring:
 *  - the predicted event of a record is the one with a trigger span nearest the gold trigger
 *    (the first `(EVT: …)` segment of the markup, located in the text); none → all wrong;
 *  - type_accuracy: predicted type = gold type (old names mapped: DEMAND→REQUEST,
 *    DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT);
 *  - actor_recall / recipient_recall: share of gold source / target codes matched by some
 *    actor / recipient of the predicted event. A gold code matches when its country part equals
 *    the predicted country (CAMEO spellings JAP, VTN read as ISO JPN, VNM) and, when the gold
 *    gives a sector (first three letters of `sector`, "***" = none), the predicted sector is the
 *    same. Transnational codes (IGO, NGO, IMG, ISM) match an actor with no country whose sector is
 *    the code (IGO/NGO) or any non-state armed/religious sector (IMG, ISM);
 *    Records whose markup marks the parties "SRC/TAR" (symmetric: "A telephoned B") list every
 *    party as a source and none as a target: their sources match actors or recipients;
 *  - *_country_recall: the same ignoring sectors.
 */
import type { Event, EventActor } from "../../contract/analysis.js";
import { findEvents } from "../../events/index.js";
import { runNlp } from "../../nlp/index.js";
import { analyze, documentFromText } from "../../pipeline/analyze.js";
import { loadPlover, type PloverActorCode } from "../loaders/plover.js";
import { round } from "../metrics.js";
import type { Suite } from "../types.js";

/** CAMEO country spellings in the gold that differ from ISO 3166 alpha-3. */
const CAMEO_TO_ISO: Record<string, string> = { JAP: "JPN", VTN: "VNM" };
/** Gold codes for actors that belong to no country. */
const TRANSNATIONAL = new Set(["IGO", "NGO", "IMG", "ISM"]);
/** Sectors that count for IMG/ISM (international militarised / Islamist groups). */
const NON_STATE_ARMED = new Set(["REB", "IMG", "ISM", "UAF", "MIL", "CRM", "TER"]);

const EVT = /\(EVT:\s*([^()]+?)\s*\)/;

/** Character offset of the gold trigger in the record text. */
export function goldAnchor(text: string, markup: string, eventText: string): number {
  const seg = EVT.exec(markup)?.[1]?.trim() ?? eventText.split(/\s+/)[0] ?? "";
  if (!seg) return -1;
  const i = text.indexOf(seg);
  if (i >= 0) return i;
  const first = seg.split(/\s+/)[0] ?? "";
  return first ? text.indexOf(first) : -1;
}

function distance(e: Event, at: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const t of e.triggers) best = Math.min(best, at < t.start ? t.start - at : at >= t.end ? at - t.end + 1 : 0);
  return best;
}

export function pickEvent(events: readonly Event[], anchor: number): Event | null {
  let top: Event | null = null;
  let d = Number.POSITIVE_INFINITY;
  for (const e of events) {
    const de = anchor < 0 ? 0 : distance(e, anchor);
    if (de < d) {
      top = e;
      d = de;
    }
  }
  return top;
}

export function codeMatches(gold: PloverActorCode, a: EventActor, withSector: boolean): boolean {
  const code = CAMEO_TO_ISO[gold.code] ?? gold.code;
  if (TRANSNATIONAL.has(code)) {
    if (a.country && !a.country.startsWith(code)) return false;
    if (code === "IGO" || code === "NGO") return a.sector === code || (a.country ?? "").startsWith(code);
    return a.sector !== null && NON_STATE_ARMED.has(a.sector);
  }
  if (a.country !== code) return false;
  return !withSector || gold.sector === null || a.sector === gold.sector;
}

interface Tally {
  hit: number;
  hitCountry: number;
  total: number;
}

function tally(t: Tally, gold: readonly PloverActorCode[], predicted: readonly EventActor[]): void {
  for (const g of gold) {
    t.total++;
    if (predicted.some((a) => codeMatches(g, a, true))) t.hit++;
    if (predicted.some((a) => codeMatches(g, a, false))) t.hitCountry++;
  }
}

/**
 * The full pipeline's events; if an upstream stage fails on the record, the events stage alone on
 * the nlp layer (actors from the KB only), counted in `pipeline_fallbacks`.
 */
function eventsFor(id: string, text: string, onFallback: () => void): { text: string; events: Event[] } {
  try {
    const a = analyze({ id, text });
    return { text: a.document.text, events: a.events };
  } catch {
    onFallback();
    const document = documentFromText(text);
    const nlp = runNlp(document.text);
    return { text: document.text, events: findEvents({ document, nlp, entities: [], times: [], attributions: [] }) };
  }
}

export const suite: Suite = {
  name: "plover",
  description: "PLOVER event type, actor and recipient codes on the PLOVER gold-standard records (dev)",
  defaultData: "events-plover",
  gated: ["type_accuracy", "actor_recall", "recipient_recall"],
  async run(dataDir, options) {
    const t0 = performance.now();
    const records = loadPlover(dataDir, options.limit);
    let typeOk = 0;
    let noEvent = 0;
    const actors: Tally = { hit: 0, hitCountry: 0, total: 0 };
    const recipients: Tally = { hit: 0, hitCountry: 0, total: 0 };
    const debug = process.env.ENTENTE_EVAL_DEBUG;
    let fallbacks = 0;
    for (const r of records) {
      const { text, events } = eventsFor(r.id, r.text, () => fallbacks++);
      const pred = pickEvent(events, goldAnchor(text, r.markup, r.eventText));
      if (!pred) noEvent++;
      if (pred?.type === r.type) typeOk++;
      // A symmetric event ("A telephoned B", gold "SRC/TAR" on both) has no direction to get wrong:
      // its gold sources match either side of the predicted event.
      tally(actors, r.sources, r.symmetric ? [...(pred?.actors ?? []), ...(pred?.recipients ?? [])] : (pred?.actors ?? []));
      tally(recipients, r.targets, pred?.recipients ?? []);
      if (debug) {
        const show = (xs: readonly EventActor[]) => xs.map((x) => `${x.text}[${x.country}/${x.sector}]`).join(",");
        const gold = (xs: readonly PloverActorCode[]) => xs.map((x) => `${x.code}/${x.sector}`).join(",");
        process.stderr.write(
          `${pred?.type === r.type ? "OK " : "BAD"} ${r.type} pred=${pred?.type ?? "-"} trig=${pred?.trigger.text ?? "-"} | A ${gold(r.sources)} <- ${pred ? show(pred.actors) : "-"} | R ${gold(r.targets)} <- ${pred ? show(pred.recipients) : "-"} | ${r.text.slice(0, 150)}\n`,
        );
      }
    }
    const n = records.length;
    const rate = (x: number, d: number) => round(d ? x / d : 0);
    return {
      suite: "plover",
      data: `events-plover PLOVER_GSR_CAMEO (${n} records)`,
      split: options.split ?? "dev (all records)",
      metrics: {
        type_accuracy: rate(typeOk, n),
        actor_recall: rate(actors.hit, actors.total),
        recipient_recall: rate(recipients.hit, recipients.total),
        actor_country_recall: rate(actors.hitCountry, actors.total),
        recipient_country_recall: rate(recipients.hitCountry, recipients.total),
      },
      peers: {},
      counts: {
        records: n,
        gold_actors: actors.total,
        gold_recipients: recipients.total,
        records_without_event: noEvent,
        pipeline_fallbacks: fallbacks,
      },
      notes: [
        "all records are dev records (no held-out split upstream); the predicted event is the one whose trigger is nearest the gold (EVT: …) span",
      ],
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
