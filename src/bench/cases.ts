/**
 * Benchmark cases: each processes a list of documents and may report per-stage time.
 * Each case runs in its own child process (bench/worker.ts) so peak RSS is its own.
 */
import { analyze } from "../pipeline/analyze.js";

export interface CaseRun {
  /** Per-stage milliseconds, when the case has stages. */
  stages?: Record<string, number>;
}

export interface BenchCase {
  name: string;
  /** Which corpus it reads. */
  input: "text" | "html";
  /** Peer library (not entente)? */
  peer: boolean;
  /** Compare against this case in the ratio column. */
  versus?: string;
  setup(): Promise<(docs: string[]) => CaseRun>;
}

export const CASES: BenchCase[] = [
  {
    name: "entente analyze (text, end to end)",
    input: "text",
    peer: false,
    async setup() {
      return (docs) => {
        const stages: Record<string, number> = {};
        for (let i = 0; i < docs.length; i++) analyze({ id: String(i), text: docs[i]!, publishedAt: "2016-10-01" }, { timings: stages });
        return { stages };
      };
    },
  },
  {
    name: "wink-nlp tokenise + POS alone",
    input: "text",
    peer: true,
    async setup() {
      const winkNLP = (await import("wink-nlp")).default;
      const model = (await import("wink-eng-lite-web-model")).default;
      // the same pipe as our nlp layer (src/nlp/index.ts), so this stays its floor
      const nlp = winkNLP(model, ["sbd", "pos"]);
      return (docs) => {
        for (const d of docs) nlp.readDoc(d).tokens().out(nlp.its.pos);
        return {};
      };
    },
  },
  {
    name: "compromise people/places/organizations",
    input: "text",
    peer: true,
    versus: "entente analyze (text, end to end)",
    async setup() {
      const nlp = (await import("compromise")).default;
      return (docs) => {
        for (const d of docs) {
          const doc = nlp(d);
          doc.people().out("array");
          doc.places().out("array");
          doc.organizations().out("array");
        }
        return {};
      };
    },
  },
  {
    name: "chrono-node parse alone",
    input: "text",
    peer: true,
    async setup() {
      const chrono = await import("chrono-node");
      const ref = new Date("2016-10-01T12:00:00Z");
      return (docs) => {
        for (const d of docs) chrono.parse(d, ref);
        return {};
      };
    },
  },
  {
    name: "entente extract (HTML)",
    input: "html",
    peer: false,
    async setup() {
      const { extractDocument } = await import("../extract/index.js");
      return (docs) => {
        for (let i = 0; i < docs.length; i++) {
          try {
            extractDocument({ id: String(i), html: docs[i]! });
          } catch {
            // Empty or refused pages count as processed: the bench measures speed, eval measures quality.
          }
        }
        return {};
      };
    },
  },
  {
    name: "readability + linkedom (HTML)",
    input: "html",
    peer: true,
    versus: "entente extract (HTML)",
    async setup() {
      const { Readability } = await import("@mozilla/readability");
      const { parseHTML } = await import("linkedom");
      return (docs) => {
        for (const html of docs) {
          const { document } = parseHTML(html);
          new Readability(document as unknown as Document).parse();
        }
        return {};
      };
    },
  },
];
