import { formatCount, formatValue } from '../../../charts/formatNumber';
import { peakHoursOption } from '../../../charts/peakHoursOption';
import { trafficOption } from '../../../charts/trafficOption';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';

/** Network traffic: bandwidth with its spikes, headline percentiles, and the busiest hours. */
export function TrafficPanel() {
  const view = useResult('traffic');
  const bandwidth = useOption(view, trafficOption);
  const peakHours = useOption(view, peakHoursOption);
  return (
    <Panel panel="traffic" wide>
      {view && (
        <StatCards
          stats={[
            { label: 'p50', value: formatValue(view.stats.p50Mbps, 'Mbps') },
            { label: 'p95', value: formatValue(view.stats.p95Mbps, 'Mbps') },
            { label: 'p99', value: formatValue(view.stats.p99Mbps, 'Mbps') },
            {
              label: 'Mean packet size',
              value: formatValue(view.stats.meanPacketBytes, 'B'),
            },
            {
              label: 'Spikes',
              value: `${formatCount(view.stats.spikeCount)} over ${formatValue(view.stats.spikeThresholdMbps, 'Mbps')}`,
              alert: view.stats.spikeCount > 0,
            },
          ]}
        />
      )}
      <div className="chart-pair">
        <EChart name="Bandwidth chart" option={bandwidth} />
        <EChart name="Peak hours chart" option={peakHours} />
      </div>
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}
