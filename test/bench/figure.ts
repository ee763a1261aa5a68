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
  /** Every run of the baseline, when it was repeated: how noisy the machine was. */
  baselineRuns?: number[];
}

export interface Goal {
  /** e.g. "≥ 0,8× throughput bulkPut mentah" or "< 1000 ms". */
  text: string;
  holds: boolean;
}

/**
 * The register bench's databases, filled by the page's `register` bench; the runner opens
 * them again in new windows (`?cold=<database>&rows=<n>`) for the cold figure.
 */
export const REGISTER_COUNT = 50_000;
export const REGISTER_DB = { full: 'bench-register', empty: 'bench-register-empty' } as const;

/** What the bench page exposes to the runner. */
export interface BenchApi {
  names: string[];
  run(name: string): Promise<Figure[]>;
}

/** Min–max and relative standard deviation of repeated runs, e.g. "12,1–15,3 ms, sd 8 %". */
export function noise(runs: readonly number[]): { min: number; max: number; relSd: number } {
  const mean = runs.reduce((a, b) => a + b, 0) / runs.length;
  const variance = runs.reduce((a, b) => a + (b - mean) ** 2, 0) / runs.length;
  return {
    min: Math.min(...runs),
    max: Math.max(...runs),
    relSd: mean > 0 ? Math.sqrt(variance) / mean : 0,
  };
}
