import { percentileBandsOption } from '../../../charts/percentileBandsOption';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { SeriesWindowControls } from '../common/SeriesWindowControls';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';
import { percentileBandsStats } from './percentileBandsStats';

/** Percentile bands: rolling p50/p95/p99 of one series over a window the slider sets. */
export function PercentileBandsPanel() {
  const view = useResult('percentileBands');
  const option = useOption(view, percentileBandsOption);
  return (
    <Panel panel="percentileBands">
      <div className="controls">
        <SeriesWindowControls panel="percentileBands" label="Percentile window" />
      </div>
      {view && <StatCards stats={percentileBandsStats(view)} />}
      <ChartFrame name="Percentile bands chart" file="percentile-bands" option={option} />
    </Panel>
  );
}
