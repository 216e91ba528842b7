import { formatValue } from '../charts/formatNumber';
import { percentileBandsOption } from '../charts/percentileBandsOption';
import { setParams } from '../store/store';
import { EChart } from './EChart';
import { Panel } from './Panel';
import { SeriesPicker } from './SeriesPicker';
import { Slider } from './Slider';
import { StatCards } from './StatCards';
import { useOption } from './useOption';
import { usePanelParams } from './usePanelParams';
import { useResult } from './useResult';
import { useCatalogueSeries } from './useCatalogueSeries';

const MIN_WINDOW = 5;
const MAX_WINDOW = 1440;

/** Percentile bands: rolling p50/p95/p99 of one series over a window the slider sets. */
export function PercentileBandsPanel() {
  const params = usePanelParams('percentileBands');
  const view = useResult('percentileBands');
  const option = useOption(view, percentileBandsOption);
  const length = useCatalogueSeries(params.series)?.length ?? 0;
  return (
    <Panel panel="percentileBands" title="Percentile bands">
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) =>
            setParams('percentileBands', {
              series: series.name,
              window: Math.min(params.window, series.length),
            })
          }
        />
        <Slider
          label="Percentile window"
          value={params.window}
          min={MIN_WINDOW}
          max={Math.min(MAX_WINDOW, length)}
          format={(window) => `${window} points`}
          onChange={(window) => setParams('percentileBands', { window })}
        />
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
