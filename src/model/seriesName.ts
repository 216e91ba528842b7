import { formatSeriesName } from './formatSeriesName';

/**
 * A series' name from its metric and labels: the metric as it is, followed by the labels in
 * Prometheus's notation (sorted by name, values quoted, empty values and the labels in `omit`
 * left out) when there are any. Unlike formatSeriesName, a metric that is not a Prometheus
 * identifier (a CSV header such as `cpu %`) stays in front of the block, unquoted, so the name
 * reads as the file wrote it.
 * @example seriesName('cpu', { host: 'web-01', job: 'node' }, ['host']) // 'cpu{job="node"}'
 */
export function seriesName(
  metric: string,
  labels: Readonly<Record<string, string>>,
  omit: readonly string[] = [],
): string {
  const entries = Object.entries(labels).filter(([k, v]) => v !== '' && !omit.includes(k));
  return entries.length === 0 ? metric : metric + formatSeriesName(new Map(entries));
}
