import { parseLabels } from '../prometheus/parseLabels';

/**
 * The metric and labels of a cell or header written in Prometheus's notation
 * (`node_load1{instance="a:9100"}`, as Grafana writes series names), or null when it is not one:
 * no label block, or a malformed one (see parseLabels). Labels with an empty value are left out.
 * @example parseSeriesCell('up{job="a"}') // { metric: 'up', labels: { job: 'a' } }
 */
export function parseSeriesCell(
  cell: string,
): { metric: string; labels: Record<string, string> } | null {
  if (!cell.includes('{')) return null;
  const parsed = parseLabels(cell);
  if (parsed === null) return null;
  const labels: Record<string, string> = {};
  for (const [name, value] of parsed) if (name !== '__name__' && value !== '') labels[name] = value;
  return { metric: parsed.get('__name__') ?? '', labels };
}
