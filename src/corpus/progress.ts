/** Ingest progress: a redrawn bar with rate and ETA on a TTY, plain periodic log lines otherwise. */

/** Seconds between log lines when stderr is not a terminal. */
const LOG_EVERY_S = 5;
/** Milliseconds between bar redraws on a terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressCounts {
  added: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total: number | null,
    private readonly enabled = true,
  ) {}

  line(c: ProgressCounts): string {
    const done = c.added + c.duplicates + c.skipped + c.failed;
    const secs = (Date.now() - this.start) / 1000;
    const processed = c.added + c.duplicates + c.failed;
    const rate = secs > 0 ? processed / secs : 0;
    const counts = `${done}${this.total !== null ? `/${this.total}` : ""} (+${c.added} new, ${c.duplicates} dup, ${c.skipped} stored, ${c.failed} failed)`;
    const eta = this.total !== null && rate > 0 ? ` ETA ${fmtDuration((this.total - done) / rate)}` : "";
    let bar = "";
    if (this.total !== null && this.total > 0) {
      const filled = Math.min(BAR_WIDTH, Math.round((done / this.total) * BAR_WIDTH));
      bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] `;
    }
    return `${bar}${counts} ${rate.toFixed(1)}/s${eta}`;
  }

  update(c: ProgressCounts): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (this.out.isTTY) {
      if (now - this.last < REDRAW_MS) return;
      this.last = now;
      this.out.write(`\r\x1b[K${this.line(c).slice(0, (this.out.columns ?? 120) - 1)}`);
      this.drawn = true;
    } else if (now - this.last >= LOG_EVERY_S * 1000) {
      this.last = now;
      this.out.write(`ingest: ${this.line(c)}\n`);
    }
  }

  finish(c: ProgressCounts): void {
    if (!this.enabled) return;
    if (this.out.isTTY) this.out.write(`${this.drawn ? "\r\x1b[K" : ""}${this.line(c)}\n`);
  }
}
