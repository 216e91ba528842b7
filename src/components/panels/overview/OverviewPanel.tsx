import { overviewOption } from '../../../charts/overviewOption';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import { setParams } from '../../../store/store';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { SeriesPicker } from '../common/SeriesPicker';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useCatalogueSeries } from '../common/useCatalogueSeries';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

/** The slider's range for a percentage series (the seed's 80 % CPU line sits inside). */
const PERCENT_RANGE = { min: 50, max: 100, step: 1 };

/**
 * The high-load slider's range in the series' own unit: 50-100 for a percentage, else 0 to 1.5
 * times the observed peak in about 100 round steps (0-100 until there is a peak to scale from).
 */
function highLoadRange(unit: string, peak: number | undefined) {
  if (unit === '%') return PERCENT_RANGE;
  const top = peak !== undefined && Number.isFinite(peak) && peak > 0 ? 1.5 * peak : 100;
  const step = 10 ** Math.floor(Math.log10(top / 100));
  return { min: 0, max: Math.ceil(top / step) * step, step };
}

/** Overview: one series' mean, peak, min and std, its line, and the periods above the high-load line. */
export function OverviewPanel() {
  const params = usePanelParams('overview');
  const view = useResult('overview');
  const option = useOption(view, overviewOption);
  const unit = useCatalogueSeries(params.series)?.unit ?? '';
  // The shown result's peak, once it is of the picked series.
  const peak = view?.series.name === params.series ? view.summary.peak : undefined;
  const range = highLoadRange(unit, peak);
  return (
    <Panel panel="overview" wide>
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) => setParams('overview', { series: series.name })}
        />
        <Slider
          label="High-load line"
          value={params.highLoad}
          min={Math.min(range.min, params.highLoad)}
          max={Math.max(range.max, params.highLoad)}
          step={range.step}
          format={(line) => formatValue(line, unit)}
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
