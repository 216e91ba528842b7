import { peakHoursOption } from '../../../charts/peakHoursOption';
import { trafficOption } from '../../../charts/trafficOption';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useZoomedOption } from '../../chart/useZoomedOption';
import { FiguresCover } from '../common/FiguresCover';
import { setZoom } from '../../../store/settings';
import { useMetricscope } from '../../../store/state';
import { useResult } from '../common/useResult';
import { trafficStats } from './trafficStats';

/**
 * Network traffic: bandwidth with its spikes, headline percentiles, and the busiest hours. The
 * bandwidth chart zooms with the other time-series panels; the figures stay those of the whole
 * series, and say so while zoomed.
 */
export function TrafficPanel() {
  const view = useResult('traffic');
  const bandwidth = useZoomedOption(view, trafficOption);
  const zoomed = useMetricscope((s) => s.zoom !== null);
  const peakHours = useOption(view, peakHoursOption);
  return (
    <Panel panel="traffic" wide>
      {view && zoomed && <FiguresCover range={null} />}
      {view && <StatCards stats={trafficStats(view)} />}
      <div className="chart-pair">
        <ChartFrame
          name="Bandwidth chart"
          file="traffic-bandwidth"
          option={bandwidth}
          onZoom={setZoom}
        />
        <ChartFrame name="Peak hours chart" file="traffic-peak-hours" option={peakHours} />
      </div>
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}
