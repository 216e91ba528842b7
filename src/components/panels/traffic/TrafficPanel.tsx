import { peakHoursOption } from '../../../charts/peakHoursOption';
import { trafficOption } from '../../../charts/trafficOption';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';
import { trafficStats } from './trafficStats';

/** Network traffic: bandwidth with its spikes, headline percentiles, and the busiest hours. */
export function TrafficPanel() {
  const view = useResult('traffic');
  const bandwidth = useOption(view, trafficOption);
  const peakHours = useOption(view, peakHoursOption);
  return (
    <Panel panel="traffic" wide>
      {view && <StatCards stats={trafficStats(view)} />}
      <div className="chart-pair">
        <ChartFrame name="Bandwidth chart" file="traffic-bandwidth" option={bandwidth} />
        <ChartFrame name="Peak hours chart" file="traffic-peak-hours" option={peakHours} />
      </div>
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}
