import type { SeriesInfo } from './seriesInfo';

/** The series of one metric that carry the same label names: e.g. every host's `cpu`. */
export interface MetricGroup {
  readonly metric: string;
  /** The label names its series share, sorted: ['host'], ['device', 'instance']. */
  readonly labelNames: readonly string[];
  readonly unit: string;
  /** Its series' names, in catalogue order. */
  readonly series: readonly string[];
}

/**
 * The groups of two or more series that share a metric, its unit and the same label names (so the
 * farm's `cpu{host=...}` and the data centres' `cpu{dc=...}` are two groups), in order of first
 * appearance; fleet aggregates are left out. What the Overview draws together, like a
 * time-series panel over every host of one metric.
 */
export function metricGroups(series: readonly SeriesInfo[]): MetricGroup[] {
  const groups = new Map<string, { group: Omit<MetricGroup, 'series'>; series: string[] }>();
  for (const s of series) {
    if (s.labels.fleet !== undefined) continue;
    const labelNames = Object.keys(s.labels)
      .filter((k) => k !== 'derived')
      .sort();
    const key = JSON.stringify([s.metric, s.unit, labelNames]);
    const entry = groups.get(key);
    if (entry) entry.series.push(s.name);
    else
      groups.set(key, { group: { metric: s.metric, labelNames, unit: s.unit }, series: [s.name] });
  }
  return [...groups.values()]
    .filter((g) => g.series.length >= 2)
    .map(({ group, series: names }) => ({ ...group, series: names }));
}
