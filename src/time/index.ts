/** Time stage: TIMEX3 expressions normalised against the publication date. */
import type { Time } from "../contract/analysis.js";
import type { NlpLayer, Token } from "../nlp/index.js";
import type { Stage } from "../pipeline/stage.js";
import { span } from "../text/span.js";
import { compareDays, type Point, parseAnchor, shift, startDay } from "./calendar.js";
import { matchTimes } from "./grammar.js";
import { resolveSem, type TimeSem } from "./resolve.js";
import { DATE_DEADLINE_WORDS, isDeadline, tenseAround } from "./tense.js";
import { isInTitle } from "./titles.js";
import { tokenIndex, wordStream } from "./words.js";

/**
 * Finds and normalises the time expressions of `text` (tokenised as `nlp`). `publishedAt`
 * anchors relative expressions; without it they keep value null.
 */
export function findTimes(text: string, nlp: NlpLayer, publishedAt: string | null): Time[] {
  const stream = wordStream(text, nlp);
  const ws = stream.words;
  const anchor = parseAnchor(publishedAt);
  const times: Time[] = [];
  let last: Point | null = null;
  let reported: Point | null = null;
  let lastDay: Point | null = null;
  for (const m of matchTimes(ws)) {
    const first = ws[m.first];
    const lastWord = ws[m.end - 1];
    if (!first || !lastWord || isInTitle(ws, m, nlp)) continue;
    const firstToken = tokenIndex(stream, m.first);
    // A weekday given as a deadline ("until Tuesday", "as soon as Tuesday") lies ahead whatever the verb's tense.
    // A yearless month may lie months away either side: its clause's verb decides even when far off ("In January, a week after …, a bomb killed …").
    const yearless = m.sem.k === "date" && m.sem.year === null;
    const end = tokenIndex(stream, m.end - 1) + 1;
    const deadline = isWeekday(m.sem)
      ? isDeadline(nlp.tokens, firstToken)
      : yearless && isDeadline(nlp.tokens, firstToken, DATE_DEADLINE_WORDS);
    const tense = deadline ? "future" : tenseAround(nlp, firstToken, end, yearless);
    const r = resolveSem(endedPeriod(m.sem, nlp.tokens, firstToken), { anchor, tense, last, reported, lastDay });
    if (r.point) last = r.point;
    if (r.point?.grain === "day") lastDay = r.point;
    // An earlier quarter named later ("after a flat second quarter") is a comparison, not the period reported on.
    if (isReportedQuarter(m.sem, r.point, anchor) && (!reported || compareDays(startDay(r.point), startDay(reported)) > 0))
      reported = r.point;
    times.push({ id: `t${times.length + 1}`, ...span(text, first.start, lastWord.end), type: m.type, value: r.value, mod: m.mod });
  }
  return times;
}

const isWeekday = (sem: TimeSem): boolean => sem.k === "weekday" && sem.dir === null;

/**
 * "the quarter ended Oct. 31", "the fiscal year ended Jan. 31": the last day of a period already
 * over, so the latest such day before publication, however far back.
 */
function endedPeriod(sem: TimeSem, tokens: Token[], first: number): TimeSem {
  if (sem.k !== "date" || sem.year !== null || sem.dir !== undefined || sem.yearShift !== undefined) return sem;
  return tokens[first - 1]?.normal === "ended" ? { ...sem, dir: -1 } : sem;
}

/** Quarters this many years before publication or later can be the period a report is about. */
const REPORT_YEARS_BACK = 1;

/**
 * A quarter named outright ("the third quarter"), over by publication and recent: what a report
 * is about. A quarter still under way is a fiscal one ("its fourth quarter ended Sept. 30"), so
 * "the latest quarter" elsewhere in the article stays the last calendar quarter completed.
 */
function isReportedQuarter(sem: TimeSem, p: Point | null, anchor: Point | null): p is Point {
  if (!p || !anchor || p.grain !== "quarter" || sem.k !== "quarter" || sem.yearShift !== undefined) return false;
  return compareDays(startDay(shift(p, 1)), anchor) <= 0 && p.year >= anchor.year - REPORT_YEARS_BACK;
}

export const timesStage: Stage<"times"> = {
  name: "time",
  reads: ["document", "nlp"],
  writes: "times",
  run: (doc, ctx) => findTimes(doc.document.text, doc.nlp, ctx.publishedAt),
};
