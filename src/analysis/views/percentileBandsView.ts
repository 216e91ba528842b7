import { rollingPercentiles, type RollingPercentiles } from '../rollingPercentiles';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS, sampleX } from './seriesView';

/** The Percentile bands panel: rolling percentiles of one series on its own x axis. */
export interface PercentileBandsView {
  readonly name: string;
  readonly unit: string;
  readonly xKind: 'time' | 'index';
  /** x of each window's last sample. */
  readonly x: Float64Array;
  readonly qs: number[];
  readonly bands: Float64Array[];
  readonly window: number;
  readonly step: number;
  readonly length: number;
}

/**
 * Rolling percentiles (default p50/p95/p99) over windows of `window` samples, stepping so that at
 * most about DISPLAY_POINTS windows are drawn (step = max(1, ceil((n - window + 1) / DISPLAY_POINTS))).
 * @throws RangeError when window is not in [1, n] (as rollingPercentiles does).
 */
export function percentileBandsView(
  series: NamedSeries,
  { window, qs = [50, 95, 99] }: { window: number; qs?: readonly number[] },
): PercentileBandsView {
  const n = series.values.length;
  const step = Math.max(1, Math.ceil((n - window + 1) / DISPLAY_POINTS));
  const bands: RollingPercentiles = rollingPercentiles(series.values, { window, step, qs });
  return {
    name: series.name,
    unit: series.unit,
    xKind: series.timeMs ? 'time' : 'index',
    x: sampleX(bands.ends, series.timeMs),
    qs: bands.qs,
    bands: bands.bands,
    window,
    step,
    length: n,
  };
}
