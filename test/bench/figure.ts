/** One measured figure: ours against the raw baseline measured in the same run. */
export interface Figure {
  name: string;
  unit: 'ms';
  ours: number;
  baseline: number;
  baselineName: string;
  /** JS heap growth during our run, in bytes (Chromium's performance.memory). */
  heapDelta: number | null;
}

/** What the bench page exposes to the runner. */
export interface BenchApi {
  names: string[];
  run(name: string): Promise<Figure[]>;
}
