import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  DEFAULT_DAILY_STATISTIC,
  resampleDaily,
  type DailyStatistic,
} from '../../src/analysis/resampleDaily';
import { nanmax, nanmean } from '../../src/kernel';
import { expectNumpyClose } from '../helpers/fixtures';
import { resampleFixtures } from '../helpers/resampleFixtures';

const { cases } = resampleFixtures;

const NAMES = Object.keys(cases);
const HOUR_MS = 3_600_000;
const MONDAY_MS = Date.UTC(2024, 2, 4);

describe('resampleDaily', () => {
  it('has fixture cases for empty input, all-NaN days, a gap of days and a single day', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining(['empty', 'all_nan_day', 'gap', 'single_day', 'one_sample']),
    );
    expect(cases.gap.mean.slice(2, 6).every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(cases.all_nan_day.max[1])).toBe(true);
  });

  it.each(NAMES.filter((name) => name !== 'infinite'))(
    'resampleDaily(%s) matches pandas resample("D").mean() and .max()',
    (name) => {
      const c = cases[name];
      const time = Float64Array.from(c.time_ms);
      const values = Float64Array.from(c.values);
      const mean = resampleDaily(time, values, 'mean');
      const peak = resampleDaily(time, values, 'max');
      expect(Array.from(mean.dayMs)).toEqual(c.day_ms);
      expect(Array.from(peak.dayMs)).toEqual(c.day_ms);
      expectNumpyClose(mean.values, c.mean);
      expect(Array.from(peak.values)).toEqual(c.max);
    },
  );

  it('resampleDaily(infinities) gives max as pandas does and mean as np.nanmean does', () => {
    // pandas 1.5.3's group mean turns a day holding ±inf into NaN (pandas issue 50367, fixed in
    // 2.1); the kernel's nanmean follows NumPy: +inf, -inf, and NaN for +inf with -inf.
    const c = cases.infinite;
    const time = Float64Array.from(c.time_ms);
    const values = Float64Array.from(c.values);
    expect(Array.from(resampleDaily(time, values, 'max').values)).toEqual(c.max);
    expect(Array.from(resampleDaily(time, values, 'mean').values)).toEqual(c.numpy_mean);
    expect(c.numpy_mean).toEqual([Infinity, -Infinity, NaN]);
  });

  it('resampleDaily(five-minute week) gives the 8 UTC days it touches, one per day', () => {
    const c = cases.five_minute;
    expect(c.time_ms).toHaveLength(2016);
    const daily = resampleDaily(Float64Array.from(c.time_ms), Float64Array.from(c.values));
    expect(daily.dayMs).toHaveLength(8);
    expect(daily.dayMs[0]).toBe(MONDAY_MS);
    expect(Array.from(daily.dayMs, (ms, d) => ms - MONDAY_MS - d * DAY_MS)).toEqual(
      new Array(8).fill(0),
    );
  });

  it.each(['mean', 'max'] as DailyStatistic[])(
    'resampleDaily(t, x, %s) is nanmean/nanmax of each day’s slice',
    (statistic) => {
      const c = cases.all_nan_day;
      const got = resampleDaily(c.time_ms, c.values, statistic);
      const reduce = statistic === 'mean' ? nanmean : nanmax;
      const want = c.day_ms.map((start) =>
        reduce(c.values.filter((_, i) => c.time_ms[i] >= start && c.time_ms[i] < start + DAY_MS)),
      );
      expect(Array.from(got.values)).toEqual(want);
    },
  );

  it('resampleDaily([0, 1 h, 2 days], [1, 3, 5], mean) fills the empty middle day with NaN', () => {
    const got = resampleDaily([0, HOUR_MS, 2 * DAY_MS], [1, 3, 5], 'mean');
    expect(Array.from(got.dayMs)).toEqual([0, DAY_MS, 2 * DAY_MS]);
    expect(Array.from(got.values)).toEqual([2, NaN, 5]);
  });

  it('resampleDaily puts 00:00:00.000 in the new day and 23:59:59.999 in the old one', () => {
    const got = resampleDaily([DAY_MS - 1, DAY_MS], [1, 2], 'max');
    expect(Array.from(got.dayMs)).toEqual([0, DAY_MS]);
    expect(Array.from(got.values)).toEqual([1, 2]);
  });

  it('resampleDaily([], []) is empty', () => {
    const got = resampleDaily(new Float64Array(0), new Float64Array(0), 'mean');
    expect(got.dayMs).toEqual(new Float64Array(0));
    expect(got.values).toEqual(new Float64Array(0));
  });

  it('resampleDaily(one day of only NaN) gives that day NaN for both statistics', () => {
    for (const statistic of ['mean', 'max'] as const) {
      const got = resampleDaily([HOUR_MS, 2 * HOUR_MS], [NaN, NaN], statistic);
      expect(Array.from(got.dayMs)).toEqual([0]);
      expect(got.values[0]).toBeNaN();
    }
  });

  it('resampleDaily defaults to the daily peak, DEFAULT_DAILY_STATISTIC', () => {
    expect(DEFAULT_DAILY_STATISTIC).toBe('max');
    expect(Array.from(resampleDaily([0, HOUR_MS], [1, 3]).values)).toEqual([3]);
  });

  it('resampleDaily returns fresh arrays and leaves its inputs alone', () => {
    const time = Float64Array.of(0, HOUR_MS, DAY_MS);
    const values = Float64Array.of(1, NaN, 3);
    const got = resampleDaily(time, values, 'mean');
    expect(Array.from(time)).toEqual([0, HOUR_MS, DAY_MS]);
    expect(Array.from(values)).toEqual([1, NaN, 3]);
    expect(got.values.buffer).not.toBe(values.buffer);
  });

  it('resampleDaily throws a RangeError naming timeMs for unequal lengths, NaN or falling times', () => {
    expect(() => resampleDaily([0, 1], [1])).toThrow(/timeMs/);
    expect(() => resampleDaily([0, NaN], [1, 2])).toThrow(RangeError);
    expect(() => resampleDaily([DAY_MS, 0], [1, 2])).toThrow(/ascending/);
  });
});
