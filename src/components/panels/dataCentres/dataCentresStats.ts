import type { DataCentresView } from '../../../analysis/views/dataCentresView';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * The Data centres panel's key figures (for the report; the panel shows its table): the centres,
 * their total traffic, and the traffic-weighted average of each metric.
 */
export function dataCentresStats(view: DataCentresView): Stat[] {
  const { aggregate, units } = view;
  return [
    { label: 'Data centres', value: formatCount(view.dataCentres.length) },
    { label: 'Traffic', value: formatCount(aggregate.totalTraffic) },
    ...aggregate.metricNames.map((metric, m) => ({
      label: `Weighted ${metric}`,
      value: formatValue(aggregate.averages[m], units[metric] ?? ''),
    })),
  ];
}
