import type { CatalogueSeries } from '../common/SeriesPicker';

/** Labels that never name a place: hosts are the farm's, file and fleet are Metricscope's own. */
const NOT_PLACES = new Set([
  'host',
  'instance',
  'hostname',
  'server',
  'machine',
  'node',
  'pod',
  'file',
  'fleet',
  '__name__',
]);

/**
 * What the Data centres panel can be grouped and weighed by: every label a series carries that
 * could name a place (not a host, file or fleet label), and the metrics of the series that carry
 * `label` (every labelled series' metrics when no label is chosen), each once in order of first
 * appearance.
 * @example dataCentreChoices(series, 'region') // { labels: ['dc', 'region'], metrics: ['requests', 'cpu'] }
 */
export function dataCentreChoices(
  series: readonly CatalogueSeries[],
  label: string | undefined,
): { labels: string[]; metrics: string[] } {
  const labels = new Set<string>();
  const metrics = new Set<string>();
  for (const s of series) {
    const keys = Object.keys(s.labels).filter((k) => !NOT_PLACES.has(k));
    for (const k of keys) labels.add(k);
    if (label ? label in s.labels : keys.length > 0) metrics.add(s.metric);
  }
  return { labels: [...labels], metrics: [...metrics] };
}
