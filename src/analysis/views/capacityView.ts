import { diff, median, minMaxIndices, take } from '../../kernel';
import { capacityPlanning, type CapacityOptions, type CapacityPlan } from '../capacityPlanning';
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

/** The Capacity panel: the plan and the daily history it was fitted on. */
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
  /** The plan, with `fitted` given on historyDays only; null when fewer than 2 days have usage. */
  readonly plan: CapacityPlan | null;
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
}

/**
 * capacityPlanning() of a series' daily usage, with the history and the capacity line it was judged
 * against, for the forecast chart. A timed series sampled more often than daily (median step under a
 * day) is first resampled to UTC days with options.dailyStatistic (resampleDaily; default the daily
 * peak), so the slope is per day and day numbers are calendar days; any other series is taken as one
 * value per day, as the seed does. NaN days are left out of the fit; with fewer than 2 usable days
 * there is nothing to fit and plan is null. A history longer than DISPLAY_POINTS is reduced by
 * min/max decimation (its peak is kept), and the fitted trend with it.
 */
export function capacityView(series: NamedSeries, options: CapacityViewOptions = {}): CapacityView {
  const { timeMs } = series;
  const stepMs = timeMs ? medianStepMs(timeMs) : NaN;
  const statistic = options.dailyStatistic ?? DEFAULT_DAILY_STATISTIC;
  const daily = timeMs && stepMs < DAY_MS ? resampleDaily(timeMs, series.values, statistic) : null;
  const usage = daily ? daily.values : series.values;
  const usableDays = usage.reduce((count, u) => (Number.isNaN(u) ? count : count + 1), 0);
  const plan = usableDays >= 2 ? capacityPlanning(usage, options) : null;
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
    capacity: options.capacity ?? 1000,
    forecastDays: plan ? plan.projected.length : (options.forecastDays ?? 30),
  };
}
