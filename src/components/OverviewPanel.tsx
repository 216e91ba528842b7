import { overviewOption } from '../charts/overviewOption';
import { formatCount, formatValue } from '../charts/formatNumber';
import { setParams } from '../store/store';
import { EChart } from './EChart';
import { Panel } from './Panel';
import { SeriesPicker } from './SeriesPicker';
import { Slider } from './Slider';
import { StatCards } from './StatCards';
import { useOption } from './useOption';
import { usePanelParams } from './usePanelParams';
import { useResult } from './useResult';

/** Overview: one series' mean, peak, min and std, its line, and the periods above the high-load line. */
export function OverviewPanel() {
  const params = usePanelParams('overview');
  const view = useResult('overview');
  const option = useOption(view, overviewOption);
  return (
    <Panel panel="overview" title="Overview" wide>
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) => setParams('overview', { series: series.name })}
        />
        <Slider
          label="High-load line (%)"
          value={params.highLoad}
          min={50}
          max={100}
          format={(line) => `${line} %`}
          onChange={(highLoad) => setParams('overview', { highLoad })}
        />
      </div>
      {view && (
        <>
          <StatCards
            stats={[
              { label: 'Mean', value: formatValue(view.summary.mean, view.series.unit) },
              { label: 'Peak', value: formatValue(view.summary.peak, view.series.unit) },
              { label: 'Min', value: formatValue(view.summary.min, view.series.unit) },
              { label: 'Std', value: formatValue(view.summary.std, view.series.unit) },
              {
                label: 'High-load periods',
                value: `${formatCount(view.periodsX.length)} (${formatCount(view.summary.highLoadCount)} points)`,
                alert: view.periodsX.length > 0,
              },
            ]}
          />
        </>
      )}
      <EChart name="Overview chart" option={option} />
    </Panel>
  );
}
