import { percentileBandsOption } from '../../../charts/percentileBandsOption';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { SeriesWindowControls } from '../common/SeriesWindowControls';
import { StatCards } from '../common/StatCards';
import { useZoomedOption } from '../../chart/useZoomedOption';
import { FiguresCover } from '../common/FiguresCover';
import { setZoom } from '../../../store/settings';
import { useMetricscope } from '../../../store/state';
import { useResult } from '../common/useResult';
import { percentileBandsStats } from './percentileBandsStats';

/**
 * Percentile bands: rolling p50/p95/p99 of one series over a window the slider sets. The chart
 * zooms with the other time-series panels; the figures stay those of the whole series, and say so
 * while zoomed.
 */
export function PercentileBandsPanel() {
  const view = useResult('percentileBands');
  const option = useZoomedOption(view, percentileBandsOption);
  const zoomed = useMetricscope((s) => s.zoom !== null);
  return (
    <Panel panel="percentileBands">
      <div className="controls">
        <SeriesWindowControls panel="percentileBands" label="Percentile window" />
      </div>
      {view && zoomed && <FiguresCover range={null} />}
      {view && <StatCards stats={percentileBandsStats(view)} />}
      <ChartFrame
        name="Percentile bands chart"
        file="percentile-bands"
        option={option}
        onZoom={setZoom}
      />
    </Panel>
  );
}
