import { columnsWith, type ColumnRole } from './columnRoles';

/** What the first rows of a table would read as, under a mapping: hosts, metrics and series. */
export interface SampleShape {
  /** Data rows looked at. */
  readonly rows: number;
  /** Distinct non-empty hosts in the host column; 0 without one. */
  readonly hosts: number;
  /** Metric names, in first-seen order: the metric column's values, else the value columns' names. */
  readonly metrics: string[];
  /** Distinct series (host, metric, labels and value column). */
  readonly series: number;
}

/**
 * The shape of `data` (rows of cells) read with `roles`: with a metric column, each of its values
 * is a metric (suffixed by the value column's name when there are several value columns); without
 * one, each value column is. Rows with an empty metric cell are skipped, as the reader skips them.
 * @example sampleShape(['time', 'host', 'metric', 'value'], ['t', 'host', 'metric', 'value'], [['1', 'a', 'cpu', '5'], ['1', 'b', 'cpu', '7']]) // { rows: 2, hosts: 2, metrics: ['cpu'], series: 2 }
 */
export function sampleShape(
  roles: readonly ColumnRole[],
  names: readonly string[],
  data: readonly (readonly string[])[],
): SampleShape {
  const [host] = columnsWith(roles, 'host');
  const [metric] = columnsWith(roles, 'metric');
  const labels = columnsWith(roles, 'label');
  const values = columnsWith(roles, 'value');
  const hosts = new Set<string>();
  const metrics = new Set<string>();
  const series = new Set<string>();
  for (const row of data) {
    const cell = (j: number) => (row[j] ?? '').trim();
    if (host !== undefined && cell(host) !== '') hosts.add(cell(host));
    if (metric !== undefined && cell(metric) === '') continue;
    for (const j of values) {
      const name =
        metric === undefined
          ? names[j]
          : values.length > 1
            ? `${cell(metric)} ${names[j]}`
            : cell(metric);
      metrics.add(name);
      series.add(JSON.stringify([name, host === undefined ? '' : cell(host), ...labels.map(cell)]));
    }
  }
  return { rows: data.length, hosts: hosts.size, metrics: [...metrics], series: series.size };
}
