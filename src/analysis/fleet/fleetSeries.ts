import { nanmax, nanmean, nanpercentile } from '../../kernel';
import type { MetricSeries } from '../views/NamedSeries';
import type { Farm } from './buildFarm';

/** The fleet statistics fleetSeries derives, and how each is computed across hosts at a step. */
const STATISTICS = {
  mean: nanmean,
  max: nanmax,
  p95: (x: Float64Array) => nanpercentile(x, 95),
} as const;

/** A step where no host has a sample is NaN (np.nanmax warns and gives NaN the same way). */
function across(reduce: (x: Float64Array) => number, lane: Float64Array): number {
  for (const v of lane) if (v === v) return reduce(lane);
  return NaN;
}

/**
 * Fleet aggregates of every farm metric, as extra series: the mean, max and 95th percentile across
 * hosts at each step, NaN samples ignored (NumPy: np.nanmean / np.nanmax / np.nanpercentile(...,
 * 95) over axis 0 of farm[:, :, m]; a step no host reports is NaN). Each is named
 * "<metric> (fleet mean)" and labelled `fleet` = the statistic, never replacing a host's series.
 */
export function fleetSeries(farm: Farm): MetricSeries[] {
  const [hosts, steps, metrics] = farm.farm.shape;
  const lane = new Float64Array(hosts);
  const timeMs = farm.timeMs ?? undefined;
  return farm.metrics.flatMap((metric, m) =>
    Object.entries(STATISTICS).map(([statistic, reduce]) => {
      const values = new Float64Array(steps);
      for (let t = 0; t < steps; t++) {
        for (let h = 0; h < hosts; h++) lane[h] = farm.farm.data[(h * steps + t) * metrics + m];
        values[t] = across(reduce, lane);
      }
      return {
        name: `${metric.key} (fleet ${statistic})`,
        metric: metric.metric,
        labels: { fleet: statistic },
        unit: metric.unit,
        values,
        timeMs,
      };
    }),
  );
}
