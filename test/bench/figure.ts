/** One measured figure: ours against the raw baseline measured in the same run. */
export interface Figure {
  name: string;
  unit: 'ms';
  ours: number;
  baseline: number;
  baselineName: string;
  /** JS heap growth during our run, in bytes (Chromium's performance.memory). */
  heapDelta: number | null;
  /** The goal this figure is held to (issue #12), in words, and whether this run met it. */
  goal?: Goal;
}

export interface Goal {
  /** e.g. "≥ 0,8× throughput bulkPut mentah" or "< 1000 ms". */
  text: string;
  holds: boolean;
}

/** What the bench page exposes to the runner. */
export interface BenchApi {
  names: string[];
  run(name: string): Promise<Figure[]>;
}
