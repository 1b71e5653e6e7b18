/**
 * Fill a store with N synthetic events (default 1,000,000) for scale tests, then time a dyad timeline.
 *   npx tsx scripts/gen-events.ts [--db PATH] [--events N] [--seed S]
 */
import { generateSyntheticEvents } from "../src/corpus/synthetic-events.js";
import { open } from "../src/store/index.js";

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : dflt;
}

const db = arg("--db", "./entente-synthetic.db");
const n = Number(arg("--events", "1000000"));
const seed = Number(arg("--seed", "42"));
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write("--events must be a positive integer\n");
  process.exit(2);
}
const store = open(db);
const r = generateSyntheticEvents(store.db, n, seed);
store.db.exec("ANALYZE");
process.stdout.write(`generated ${r.events} events in ${r.seconds.toFixed(1)} s into ${db}\n`);
const [a, b] = r.topDyad;
for (const g of ["month", "week", "day"] as const) {
  const times: number[] = [];
  let points = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    points = store.dyadTimeline(a, b, { granularity: g }).length;
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  process.stdout.write(`dyad ${a}-${b} by ${g}: ${points} points, median ${times[2]?.toFixed(1)} ms of 5\n`);
}
store.close();
