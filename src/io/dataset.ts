import type { NDArray } from '../kernel';

/** One metric as a column of values, sharing the dataset's time axis. */
export interface Series {
  name: string;
  /** Base unit read from the values ('%', 'B', 'B/s', 's', ...), '' when the cells had none. */
  unit: string;
  values: Float64Array;
  /** How many values are NaN (missing-value cells, or steps with no sample). */
  missing: number;
}

/** Many hosts' metrics on one time grid, as the farm array the analyses take. */
export interface Farm {
  /** Shape [servers, steps, metrics]; NaN where a host has no sample at a step. */
  farm: NDArray;
  /** Host names, one per server along axis 0. */
  names: string[];
  /** Metric names, one per entry along axis 2. */
  metricNames: string[];
  /** The regular grid of axis 1, or null when the steps are not evenly spaced (or are indices). */
  time: { startMs: number; stepMs: number } | null;
}

/**
 * Metrics read from a file, columnar like uPlot's data: one x array shared by every series.
 * timeMs holds epoch milliseconds in ascending order, or is null when the file has no timestamp
 * column (x is then the sample index).
 */
export interface Dataset {
  timeMs: Float64Array | null;
  series: Series[];
  farm?: Farm;
}
