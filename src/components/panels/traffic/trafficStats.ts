import type { TrafficView } from '../../../analysis/views/trafficView';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * The Network traffic panel's key figures: bandwidth p50, p95 and p99, the mean packet size, and the
 * spikes over their threshold.
 */
export function trafficStats({ stats }: TrafficView): Stat[] {
  return [
    { label: 'p50', value: formatValue(stats.p50Mbps, 'Mbps') },
    { label: 'p95', value: formatValue(stats.p95Mbps, 'Mbps') },
    { label: 'p99', value: formatValue(stats.p99Mbps, 'Mbps') },
    { label: 'Mean packet size', value: formatValue(stats.meanPacketBytes, 'B') },
    {
      label: 'Spikes',
      value: `${formatCount(stats.spikeCount)} over ${formatValue(stats.spikeThresholdMbps, 'Mbps')}`,
      alert: stats.spikeCount > 0,
    },
  ];
}
