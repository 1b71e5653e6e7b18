/** The shape of an evaluation suite and its result. */

export interface SuiteOptions {
  /** Split to score when the data has several (default: the suite's dev split). */
  split?: string;
  /** Score at most this many documents (quick runs). */
  limit?: number;
}

/** Figures for one system on one suite: metric name → value in [0, 1] (or a count). */
export type Metrics = Record<string, number>;

export interface SuiteResult {
  suite: string;
  /** Which data was scored, e.g. "extraction-aeb (181 pages)". */
  data: string;
  split: string;
  /** Our figures; these are what the baseline gate checks. */
  metrics: Metrics;
  /** Figures of peer systems measured in the same run (e.g. "readability+linkedom", "chrono-node"). */
  peers: Record<string, Metrics>;
  /** Sizes: documents, gold items, … */
  counts: Record<string, number>;
  notes: string[];
  seconds: number;
}

export interface Suite {
  name: string;
  description: string;
  /** Folder under ../shared/data used when --data is not given. */
  defaultData: string;
  /** Metric names that the baseline gate enforces (higher is better). */
  gated: string[];
  run(dataDir: string, options: SuiteOptions): Promise<SuiteResult>;
}
