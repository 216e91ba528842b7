import { nanmax, nanmean, type Numeric } from '../kernel';

/** Milliseconds in a UTC calendar day (epoch time counts no leap seconds, so every day has them). */
export const DAY_MS = 86_400_000;

/** How a day's samples become its one value: their mean, or their largest (the daily peak). */
export type DailyStatistic = 'mean' | 'max';

/**
 * The statistic capacity planning uses unless told otherwise: the daily peak. Capacity has to hold
 * the busiest part of each day, not the average one; a daily mean hides the daily cycle (a host
 * averaging 40 % CPU that peaks at 95 % every afternoon is full), and on slowly moving levels such
 * as disk used the peak and the mean of a day hardly differ, so 'max' is the safe choice for both.
 */
export const DEFAULT_DAILY_STATISTIC: DailyStatistic = 'max';

/** A series with one value per UTC calendar day. */
export interface DailySeries {
  /** Epoch ms of each day's 00:00 UTC, consecutive days from the first sample's to the last's. */
  readonly dayMs: Float64Array;
  /** The day's statistic; NaN for a day with no sample or only NaN samples. */
  readonly values: Float64Array;
}

const REDUCERS: Readonly<Record<DailyStatistic, (x: Numeric) => number>> = {
  mean: nanmean,
  max: nanmax,
};

/**
 * Resamples a timed series to UTC calendar days: every day from the first sample's to the last's,
 * each the nanmean or nanmax of its samples. pandas: pd.Series(values, index=pd.to_datetime(timeMs,
 * unit='ms', utc=True)).resample('D').mean() (or .max()): NaN samples skipped, a day with no
 * samples or only NaN ones -> NaN, empty input -> empty output. One pass: O(n + days). A day with
 * ±Infinity has the mean np.nanmean gives (±Infinity; NaN for both), where pandas 1.5.3 gives NaN
 * (pandas issue 50367, fixed in 2.1).
 * @throws RangeError naming timeMs when the lengths differ, or a time is not finite or goes back.
 * @example resampleDaily([0, 3_600_000, 2 * DAY_MS], [1, 3, 5], 'mean').values // [2, NaN, 5]
 */
export function resampleDaily(
  timeMs: Numeric,
  values: Numeric,
  statistic: DailyStatistic = DEFAULT_DAILY_STATISTIC,
): DailySeries {
  const n = timeMs.length;
  if (values.length !== n) {
    throw new RangeError(
      `timeMs and values must have the same length, got ${n} and ${values.length}`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(timeMs[i]) || (i > 0 && timeMs[i] < timeMs[i - 1])) {
      throw new RangeError(`timeMs must be finite and ascending, got ${timeMs[i]} at ${i}`);
    }
  }
  if (n === 0) return { dayMs: new Float64Array(0), values: new Float64Array(0) };
  const reduce = REDUCERS[statistic];
  const samples = values instanceof Float64Array ? values : new Float64Array(values);
  const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
  const first = dayOf(timeMs[0]);
  const days = dayOf(timeMs[n - 1]) - first + 1;
  const dayMs = Float64Array.from({ length: days }, (_, d) => (first + d) * DAY_MS);
  const out = new Float64Array(days).fill(NaN);
  for (let start = 0; start < n;) {
    const day = dayOf(timeMs[start]);
    let end = start + 1;
    while (end < n && dayOf(timeMs[end]) === day) end++;
    out[day - first] = reduce(samples.subarray(start, end));
    start = end;
  }
  return { dayMs, values: out };
}
