import { nanpercentile, sortedWindow, view, type Numeric } from '../kernel';

/** Percentile bands of a sliding window; see rollingPercentiles. */
export interface RollingPercentiles {
  readonly window: number;
  readonly step: number;
  readonly qs: number[];
  /** Index of each window's last sample, series[end - window + 1 ..= end]: where its point is plotted. */
  readonly ends: Uint32Array;
  /** bands[j][k] is the qs[j]-th percentile of the window ending at ends[k]. */
  readonly bands: Float64Array[];
}

/** Window geometry and percentile levels of rollingPercentiles. */
export interface RollingPercentilesOptions {
  /** Samples per window (a positive integer). */
  readonly window: number;
  /** Samples between window starts (default 1: every window). */
  readonly step?: number;
  /** Percentile levels in [0, 100] (default [50, 95, 99]). */
  readonly qs?: readonly number[];
}

/**
 * Percentiles of every window series[s, s + window) for s = 0, step, 2·step... with s + window <= n,
 * plotted at the window's end index. NumPy: np.nanpercentile(series[s:s + window], qs) per window
 * (linear method). NaN samples are ignored within their window; an all-NaN window gives NaN.
 * For step < window a sorted window slides along (binary-search insert/remove, O(window) per sample,
 * O(1) per percentile read), never re-sorting; larger steps select each window afresh.
 * @throws RangeError naming window or step when not a positive integer, or qs when a q is outside [0, 100].
 * @example rollingPercentiles([1, 3, 2, 5], { window: 2, qs: [50] }).bands[0] // Float64Array [2, 2.5, 3.5]
 */
export function rollingPercentiles(
  series: Numeric,
  { window, step = 1, qs = [50, 95, 99] }: RollingPercentilesOptions,
): RollingPercentiles {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a positive integer, got ${window}`);
  if (!Number.isInteger(step) || step < 1)
    throw new RangeError(`step must be a positive integer, got ${step}`);
  const bad = qs.find((q) => !(q >= 0 && q <= 100));
  if (bad !== undefined) throw new RangeError(`qs must lie in [0, 100], got ${bad}`);
  const n = series.length;
  const count = n >= window ? Math.floor((n - window) / step) + 1 : 0;
  const ends = Uint32Array.from({ length: count }, (_, k) => k * step + window - 1);
  const bands = qs.map(() => new Float64Array(count));
  if (step >= window) {
    // nanpercentile selects in a copy of its own: each window is read where it lies.
    for (let k = 0; k < count; k++) {
      const levels = nanpercentile(view(series, k * step, k * step + window), qs);
      for (let j = 0; j < qs.length; j++) bands[j][k] = levels[j];
    }
  } else {
    const sorted = sortedWindow(window);
    // The window holds series[head, tail); each start drops the samples it passed, then adds new ones.
    let head = 0;
    let tail = 0;
    for (let k = 0; k < count; k++) {
      const start = k * step;
      for (; head < start; head++) sorted.remove(series[head]);
      for (; tail < start + window; tail++) sorted.insert(series[tail]);
      for (let j = 0; j < qs.length; j++) bands[j][k] = sorted.percentile(qs[j]);
    }
  }
  return { window, step, qs: [...qs], ends, bands };
}
