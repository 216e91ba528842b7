import { useId, useMemo } from 'react';
import type { DailyStatistic } from '../../../analysis/resampleDaily';
import type { CapacityMethod, DailyResampling } from '../../../analysis/views/capacityView';
import { capacityOption, FORECAST_METHOD_NAMES } from '../../../charts/capacityOption';
import { formatCount, formatCountOf } from '../../../charts/formatNumber';
import { defaultCapacity } from '../../../store/panels';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { SeriesPicker } from '../common/SeriesPicker';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useCatalogueSeries } from '../common/useCatalogueSeries';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';
import { BacktestTable } from './BacktestTable';
import { capacityStats } from './capacityStats';

const RANGES = SLIDER_RANGES.capacity;
const CAPACITY_STEP = 10;
/** The capacity slider's range before there is a history to scale it from. */
const FALLBACK_CAPACITY = { min: 100, max: 5000 };

const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const percent = (shown: number) => `${shown.toFixed(0)} %`;
/** The Daily value choices, the default (the daily peak) first. */
const STATISTICS: readonly { value: DailyStatistic; label: string }[] = [
  { value: 'max', label: 'max (daily peak)' },
  { value: 'mean', label: 'mean' },
];

/** The Method choices, the seed's straight line first. */
const METHODS: readonly CapacityMethod[] = ['linear', 'holtWinters'];

const DAILY = {
  max: ['daily maximum', 'daily maxima'],
  mean: ['daily mean', 'daily means'],
} as const satisfies Record<DailyStatistic, readonly [string, string]>;

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

const UNITS: readonly (readonly [string, number])[] = [
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * A sampling step as an adjective, 'five-minute ' (300,000 ms) or '90-second ' (with its trailing
 * space), or '' when it is not a whole number of hours, minutes or seconds.
 */
function samplingName(stepMs: number): string {
  const unit = UNITS.find(([, ms]) => stepMs >= ms && stepMs % ms === 0);
  if (!unit) return '';
  const n = stepMs / unit[1];
  return `${NUMBER_WORDS[n] ?? formatCount(n)}-${unit[0]} `;
}

/** '2,016 five-minute samples resampled to 8 daily maxima (UTC days)'. */
function resamplingNote({ samples, stepMs, days, statistic }: DailyResampling): string {
  const [one, many] = DAILY[statistic];
  return `${formatCount(samples)} ${samplingName(stepMs)}samples resampled to ${formatCountOf(days, one, many)} (UTC days)`;
}

/**
 * Capacity forecast: daily usage forecast ahead by the chosen method (the seed's straight line or
 * Holt-Winters with the season found in the data), with extra growth and its prediction interval,
 * judged against a capacity: the first day over it as a range from the interval, and a backtest on
 * the series' own last days saying which method to trust. What-if sliders for the growth rate,
 * horizon, capacity and buffer. A series sampled more often than daily is resampled to UTC days in
 * the worker: the panel says so and lets the user choose each day's value (peak or mean). With too
 * little history for the method it says so instead of drawing a forecast.
 */
export function CapacityPanel() {
  const params = usePanelParams('capacity');
  const view = useResult('capacity');
  const option = useOption(view, capacityOption);
  const unit = useCatalogueSeries(params.series)?.unit ?? '';
  const statisticId = useId();
  const methodId = useId();
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
  const resampled = view?.resampled ?? null;
  return (
    <Panel panel="capacity" subtitle={resampled && resamplingNote(resampled)}>
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) =>
            setParams('capacity', {
              series: series.name,
              ...(series.unit !== unit && { capacity: defaultCapacity(series.unit) }),
            })
          }
        />
        {resampled && (
          <div className="field">
            <label htmlFor={statisticId}>Daily value</label>
            <select
              id={statisticId}
              value={params.dailyStatistic}
              onChange={(event) =>
                setParams('capacity', {
                  dailyStatistic: event.currentTarget.value as DailyStatistic,
                })
              }
            >
              {STATISTICS.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={methodId}>Method</label>
          <select
            id={methodId}
            value={params.method}
            onChange={(event) =>
              setParams('capacity', { method: event.currentTarget.value as CapacityMethod })
            }
          >
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {FORECAST_METHOD_NAMES[method]}
              </option>
            ))}
          </select>
        </div>
        <Slider
          label="Growth rate"
          value={params.growthRate}
          scale={100}
          min={RANGES.growthRate.min * 100}
          max={RANGES.growthRate.max * 100}
          format={percent}
          onChange={(growthRate) => setParams('capacity', { growthRate })}
        />
        <Slider
          label="Forecast days"
          value={params.forecastDays}
          min={RANGES.forecastDays.min}
          max={RANGES.forecastDays.max}
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
          min={RANGES.buffer.min * 100}
          max={RANGES.buffer.max * 100}
          format={percent}
          onChange={(buffer) => setParams('capacity', { buffer })}
        />
      </div>
      {view && 'reason' in view.forecast && (
        <p className="hint" role="note" data-no-chart>
          Too little history to forecast: {view.forecast.reason}.
        </p>
      )}
      {view && !('reason' in view.forecast) && <StatCards stats={capacityStats(view)} />}
      {(!view || !('reason' in view.forecast)) && (
        <ChartFrame name="Capacity forecast chart" file="capacity" option={option} />
      )}
      {view &&
        ('reason' in view.backtest ? (
          <p className="panel-note">This series {view.backtest.reason}.</p>
        ) : (
          <BacktestTable backtest={view.backtest} period={view.period} />
        ))}
    </Panel>
  );
}
