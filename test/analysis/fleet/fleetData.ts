import type { MetricSeries } from '../../../src/analysis/views/NamedSeries';

/** A resident series for the fleet tests: metric, labels, unit, values and an optional time axis. */
export function metricSeries(
  metric: string,
  labels: Record<string, string>,
  values: number[],
  { unit = '', timeMs }: { unit?: string; timeMs?: Float64Array } = {},
): MetricSeries {
  const name = Object.keys(labels).length
    ? `${metric}{${Object.entries(labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(',')}}`
    : metric;
  return { name, metric, labels, unit, values: Float64Array.from(values), timeMs };
}

/** `n` timestamps a minute apart from 0. */
export const minutes = (n: number) => Float64Array.from({ length: n }, (_, i) => i * 60_000);
