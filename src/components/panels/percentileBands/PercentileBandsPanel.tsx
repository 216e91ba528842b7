import { formatValue } from '../../../charts/formatNumber';
import { percentileBandsOption } from '../../../charts/percentileBandsOption';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { SeriesWindowControls } from '../common/SeriesWindowControls';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';

/** Percentile bands: rolling p50/p95/p99 of one series over a window the slider sets. */
export function PercentileBandsPanel() {
  const view = useResult('percentileBands');
  const option = useOption(view, percentileBandsOption);
  return (
    <Panel panel="percentileBands">
      <div className="controls">
        <SeriesWindowControls panel="percentileBands" label="Percentile window" />
      </div>
      {view && (
        <StatCards
          stats={view.qs.map((q, i) => ({
            label: `Latest p${q}`,
            value: formatValue(view.bands[i][view.bands[i].length - 1], view.unit),
          }))}
        />
      )}
      <EChart name="Percentile bands chart" option={option} />
    </Panel>
  );
}
