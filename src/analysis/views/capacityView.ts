import { arange, diff, max, median, minMaxIndices, take } from '../../kernel';
import {
  CAPACITY_DEFAULTS,
  capacityPlanning,
  type CapacityOptions,
  type CapacityPlan,
} from '../capacityPlanning';
import { detectPeriod } from '../detectors/detectPeriod';
import { backtest, backtestMinTraining } from '../forecast/backtest';
import { capacityForecast } from '../forecast/capacityForecast';
import { capacityRange, type CapacityRange } from '../forecast/capacityRange';
import { firstGapFreeRun } from '../forecast/firstGapFreeRun';
import type { ForecastMethod } from '../forecast/Forecast';
import {
  DAY_MS,
  DEFAULT_DAILY_STATISTIC,
  resampleDaily,
  type DailyStatistic,
} from '../resampleDaily';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS } from './seriesView';

/** How a timed series sampled more often than daily was reduced to days before the fit. */
export interface DailyResampling {
  /** Samples in the series. */
  readonly samples: number;
  /** The median time between samples (e.g. 300,000 for five-minute samples). */
  readonly stepMs: number;
  /** UTC days from the first sample's to the last's, each one value of the fitted series. */
  readonly days: number;
  readonly statistic: DailyStatistic;
}

/**
 * The forecasting methods the Capacity panel offers. The seasonal naive forecast is only the
 * backtest's reference: it repeats the last season, so it never grows into the capacity.
 */
export type CapacityMethod = Extract<ForecastMethod, 'linear' | 'holtWinters'>;

/**
 * Why the view has no forecast or no backtest, for people: a forecast's reason completes
 * "Too little history to forecast: …", a backtest's completes "This series …".
 */
export interface CapacityReason {
  readonly reason: string;
}

/** The chosen method's forecast of daily usage, growth applied, against the capacity. */
export interface CapacityProjection {
  readonly method: CapacityMethod;
  /** Day numbers forecast: days .. days + forecastDays - 1 (the day after the history on). */
  readonly futureDays: Float64Array;
  /** The forecast on futureDays and its prediction interval (NaN where it cannot be estimated). */
  readonly mean: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Coverage of the interval (0.95). */
  readonly confidence: number;
  /** The forecast's peak times (1 + buffer). */
  readonly requiredCapacity: number;
  /**
   * Earliest likely / expected / latest likely day over capacity (upper bound, forecast, lower
   * bound crosses), in days after the last day of history (1: the next day); null: not within
   * the horizon, or for earliest and latest, no interval.
   */
  readonly overCapacity: CapacityRange;
}

/** One method's accuracy on the held-out days; null where it cannot be computed. */
export interface CapacityScore {
  readonly method: ForecastMethod;
  readonly mase: number | null;
  /** Percent; null also when a held-out day's usage is near zero. */
  readonly mape: number | null;
}

/** The backtest of every method on the series' own last days (see backtest()). */
export interface CapacityBacktest {
  /** Days held out at the end and forecast from the days before them. */
  readonly heldOutDays: number;
  /** Days before the held-out ones: what each method was fitted on. */
  readonly trainingDays: number;
  /** The seasonal naive reference first, then linear and Holt-Winters. */
  readonly scores: readonly CapacityScore[];
  /** The offered method with the lower MASE, or null when neither has one. */
  readonly recommended: CapacityMethod | null;
}

/** The Capacity panel: the forecast, the daily history it was made from and its backtest. */
export interface CapacityView {
  readonly name: string;
  readonly unit: string;
  /**
   * Epoch ms of day 0's 00:00 UTC when the days are calendar days (a resampled timed series): day d
   * is then the UTC day starting at dayZeroMs + d * DAY_MS. Null when day d is just the series' d-th
   * value (a series without times, or one sampled daily or less often).
   */
  readonly dayZeroMs: number | null;
  /** How the series became daily, or null when it was taken as daily as it is. */
  readonly resampled: DailyResampling | null;
  /** Days of history, NaN days included. */
  readonly days: number;
  /** Days with a usage value: what the trend is fitted on. */
  readonly usableDays: number;
  /** Days drawn of the history: all of them, or the min/max of each pixel column of a long one. */
  readonly historyDays: Float64Array;
  /** Usage on historyDays (NaN where a day has none). */
  readonly history: Float64Array;
  /**
   * The seed's linear plan, with `fitted` given on historyDays only, when the method is linear and
   * at least 2 days have usage; else null.
   */
  readonly plan: CapacityPlan | null;
  /** The chosen method's forecast, or why there is none (too little history). */
  readonly forecast: CapacityProjection | CapacityReason;
  /** The season found in the last RECENT_DAYS of usage, in days (7: weekly; 1: none). */
  readonly period: number;
  /** How each method forecasts the series' own last days, or why it cannot be tried. */
  readonly backtest: CapacityBacktest | CapacityReason;
  readonly capacity: number;
  readonly forecastDays: number;
}

/** The median time between samples; NaN for fewer than 2. */
function medianStepMs(timeMs: Float64Array): number {
  return timeMs.length < 2 ? NaN : median(diff(timeMs));
}

/** capacityPlanning's options, and how a series sampled more often than daily becomes daily usage. */
export interface CapacityViewOptions extends CapacityOptions {
  /** The statistic of each UTC day (see resampleDaily); default DEFAULT_DAILY_STATISTIC. */
  dailyStatistic?: DailyStatistic;
  /** The forecasting method (default 'linear', the seed's). */
  method?: CapacityMethod;
}

/** '1 day', '3 days'. */
const daysText = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * The days the season, Holt-Winters and the backtest look at: the last ten years (the large demo's
 * storage history whole). Holt-Winters' fit is a grid search of O(1,500 n), seconds on 1e5 days
 * and more on an untimed series of millions of values taken as days, and even its slowest
 * smoothing (α = 0.01) gives a day ten years back a weight of 0.99^3650 ≈ 1e-16.
 */
export const RECENT_DAYS = 3650;

/** The seed's plan as the linear forecast, or why there is none. */
function linearProjection(
  plan: CapacityPlan | null,
  usableDays: number,
  { capacity, confidence }: Required<CapacityOptions>,
): CapacityProjection | CapacityReason {
  if (!plan) {
    return {
      reason: `a trend needs usage on at least 2 days, and this series has ${daysText(usableDays)} with usage`,
    };
  }
  const { futureDays, projected: mean, lower, upper, requiredCapacity } = plan;
  const overCapacity = capacityRange({ mean, lower, upper }, capacity);
  return {
    method: 'linear',
    futureDays,
    mean,
    lower,
    upper,
    confidence,
    requiredCapacity,
    overCapacity,
  };
}

/**
 * capacityForecast() by Holt-Winters of the recent usage with season `period` and the plan's
 * growth, horizon and capacity, on the days after the history's `days`; its required capacity is
 * its peak times (1 + buffer), as the seed sizes the linear one. Without 2 consecutive days with
 * usage -> the reason.
 */
function holtWintersProjection(
  recent: Float64Array,
  days: number,
  period: number,
  { forecastDays, capacity, growthRate, buffer, confidence }: Required<CapacityOptions>,
): CapacityProjection | CapacityReason {
  if (firstGapFreeRun(recent, 2) < 0) {
    return { reason: 'Holt-Winters needs usage on at least 2 consecutive days' };
  }
  const { forecast, overCapacity } = capacityForecast(recent, {
    method: 'holtWinters',
    horizon: forecastDays,
    capacity,
    growthRate,
    period,
    confidence,
  });
  return {
    method: 'holtWinters',
    futureDays: arange(days, days + forecastDays),
    mean: forecast.mean,
    lower: forecast.lower,
    upper: forecast.upper,
    confidence,
    requiredCapacity: max(forecast.mean) * (1 + buffer),
    overCapacity,
  };
}

/**
 * Days a backtest of `days` days holds out: a fifth of the history (enough days to judge a method
 * on), at least one season (so the seasonal naive reference forecasts a whole one), at most the
 * forecast horizon (the accuracy asked about is that of the forecast drawn).
 */
function heldOutDays(days: number, period: number, forecastDays: number): number {
  return Math.min(forecastDays, Math.max(period, Math.round(days / 5)));
}

/**
 * backtest() of the recent daily usage by the seasonal naive reference, linear and Holt-Winters,
 * held out as heldOutDays says, without the growth rate (a what-if, not part of the data). Too
 * short a history, or no 3 consecutive days with usage before the held-out ones (linear needs 3
 * usable days and Holt-Winters 2 in a row), gives the reason instead. Non-finite scores -> null.
 */
function backtestOf(
  usage: Float64Array,
  period: number,
  forecastDays: number,
): CapacityBacktest | CapacityReason {
  const n = usage.length;
  const horizon = heldOutDays(n, period, forecastDays);
  if (n - horizon < backtestMinTraining(period)) {
    let needed = n + 1;
    while (needed - heldOutDays(needed, period, forecastDays) < backtestMinTraining(period)) {
      needed++;
    }
    return { reason: `needs at least ${needed} days of history to backtest; it has ${n}` };
  }
  if (firstGapFreeRun(usage.subarray(0, n - horizon), 3) < 0) {
    return {
      reason: `needs usage on 3 consecutive days before its last ${horizon} to backtest`,
    };
  }
  const result = backtest(usage, { period, horizon });
  const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
  const scores = result.scores.map(({ method, mase, mape }) => ({
    method,
    mase: finite(mase),
    mape: finite(mape),
  }));
  let recommended: CapacityMethod | null = null;
  let lowest = Infinity;
  for (const { method, mase } of scores) {
    if (method !== 'seasonalNaive' && mase !== null && mase < lowest) {
      recommended = method;
      lowest = mase;
    }
  }
  return { heldOutDays: horizon, trainingDays: result.split, scores, recommended };
}

/**
 * The Capacity panel's forecast of a series' daily usage with the history and the capacity line it
 * is judged against, and a backtest of every method on the series' own last days. A timed series
 * sampled more often than daily (median step under a day) is first resampled to UTC days with
 * options.dailyStatistic (resampleDaily; default the daily peak), so slopes are per day and day
 * numbers are calendar days; any other series is taken as one value per day, as the seed does.
 * Linear is the seed's plan on every day (needs 2 days with usage). The season (detectPeriod with
 * a 1-day step: a week, 7, or none, 1), Holt-Winters (needs 2 days with usage in a row; NaN days
 * coast) and the backtest use the last RECENT_DAYS. Without enough days, forecast or backtest is
 * the reason. A history longer than DISPLAY_POINTS is reduced by min/max decimation (its peak is
 * kept), and the linear plan's fitted trend with it.
 */
export function capacityView(series: NamedSeries, options: CapacityViewOptions = {}): CapacityView {
  const { timeMs } = series;
  const stepMs = timeMs ? medianStepMs(timeMs) : NaN;
  const statistic = options.dailyStatistic ?? DEFAULT_DAILY_STATISTIC;
  const method = options.method ?? 'linear';
  const planning = { ...CAPACITY_DEFAULTS, ...options };
  const daily = timeMs && stepMs < DAY_MS ? resampleDaily(timeMs, series.values, statistic) : null;
  const usage = daily ? daily.values : series.values;
  const usableDays = usage.reduce((count, u) => (Number.isNaN(u) ? count : count + 1), 0);
  const plan = method === 'linear' && usableDays >= 2 ? capacityPlanning(usage, options) : null;
  const recent = usage.subarray(Math.max(0, usage.length - RECENT_DAYS));
  const period = detectPeriod(recent, { stepMs: DAY_MS }).period ?? 1;
  const keep = minMaxIndices(usage, DISPLAY_POINTS / 2);
  return {
    name: series.name,
    unit: series.unit,
    dayZeroMs: daily ? daily.dayMs[0] : null,
    resampled: daily
      ? { samples: series.values.length, stepMs, days: usage.length, statistic }
      : null,
    days: usage.length,
    usableDays,
    historyDays: Float64Array.from(keep),
    history: take(usage, keep),
    plan: plan && { ...plan, fitted: take(plan.fitted, keep) },
    forecast:
      method === 'linear'
        ? linearProjection(plan, usableDays, planning)
        : holtWintersProjection(recent, usage.length, period, planning),
    period,
    backtest: backtestOf(recent, period, planning.forecastDays),
    capacity: planning.capacity,
    forecastDays: planning.forecastDays,
  };
}
