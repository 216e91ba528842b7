import { useMemo } from 'react';
import { capacityOption } from '../charts/capacityOption';
import { formatCount, formatValue } from '../charts/formatNumber';
import { setParams } from '../store/store';
import { EChart } from './EChart';
import { Panel } from './Panel';
import { SeriesPicker } from './SeriesPicker';
import { Slider } from './Slider';
import { StatCards } from './StatCards';
import { useCatalogueSeries } from './useCatalogueSeries';
import { useOption } from './useOption';
import { usePanelParams } from './usePanelParams';
import { useResult } from './useResult';

const CAPACITY_STEP = 10;
/** The capacity slider's range before there is a history to scale it from. */
const FALLBACK_CAPACITY = { min: 100, max: 5000 };

const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const percent = (shown: number) => `${shown.toFixed(0)} %`;

/**
 * Capacity forecast: a line fitted to daily usage, projected ahead with extra growth, judged
 * against a capacity; what-if sliders for the growth rate, horizon, capacity and buffer.
 */
export function CapacityPanel() {
  const params = usePanelParams('capacity');
  const view = useResult('capacity');
  const option = useOption(view, capacityOption);
  const unit = useCatalogueSeries(params.series)?.unit ?? '';
  const history = view?.history;
  // From half to three times the largest observed usage (NaN days skipped); the slider widens
  // further if the current capacity lies outside.
  const range = useMemo(() => {
    const peak = history?.reduce((top, usage) => (usage > top ? usage : top), 0) ?? 0;
    if (peak === 0) return FALLBACK_CAPACITY;
    return {
      min: Math.max(CAPACITY_STEP, roundTo(0.5 * peak, CAPACITY_STEP)),
      max: roundTo(3 * peak, CAPACITY_STEP),
    };
  }, [history]);
  return (
    <Panel panel="capacity">
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) => setParams('capacity', { series: series.name })}
        />
        <Slider
          label="Growth rate"
          value={params.growthRate}
          scale={100}
          min={0}
          max={100}
          format={percent}
          onChange={(growthRate) => setParams('capacity', { growthRate })}
        />
        <Slider
          label="Forecast days"
          value={params.forecastDays}
          min={7}
          max={365}
          format={(days) => `${days} days`}
          onChange={(forecastDays) => setParams('capacity', { forecastDays })}
        />
        <Slider
          label="Capacity"
          value={params.capacity}
          min={Math.min(range.min, params.capacity)}
          max={Math.max(range.max, params.capacity)}
          step={CAPACITY_STEP}
          format={(capacity) => `${formatCount(capacity)} ${unit}`}
          onChange={(capacity) => setParams('capacity', { capacity })}
        />
        <Slider
          label="Buffer"
          value={params.buffer}
          scale={100}
          min={0}
          max={100}
          format={percent}
          onChange={(buffer) => setParams('capacity', { buffer })}
        />
      </div>
      {view && (
        <StatCards
          stats={[
            { label: 'Slope', value: `${formatValue(view.plan.slope, view.unit)}/day` },
            {
              label: 'Required capacity',
              value: formatValue(view.plan.requiredCapacity, view.unit),
            },
            {
              label: 'First day over capacity',
              value:
                view.plan.daysUntilFull === null
                  ? `not within ${view.forecastDays} days`
                  : `day ${view.plan.daysUntilFull}`,
              alert: view.plan.daysUntilFull !== null,
            },
          ]}
        />
      )}
      <EChart name="Capacity forecast chart" option={option} />
    </Panel>
  );
}
