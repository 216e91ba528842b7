import { describe, expect, it } from 'vitest';
import { capacityPlanning } from '../../../src/analysis/capacityPlanning';
import { DAY_MS, resampleDaily } from '../../../src/analysis/resampleDaily';
import { capacityView } from '../../../src/analysis/views/capacityView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';
import { simulateDemo } from '../../../src/io/simulateDemo';
import { expectNumpyClose } from '../../helpers/fixtures';
import { resampleFixtures, type ResamplePlan } from '../../helpers/resampleFixtures';

const fx = resampleFixtures;

const demo = simulateDemo(9, 'small');
const MONDAY_MS = Date.UTC(2024, 2, 4);
/** The options the fixture's plans were made with: capacity 100 (%), the other defaults. */
const OPTIONS = { capacity: 100 };

/** The fixture case `name` as a timed CPU series. */
function timed(name: string) {
  const c = fx.cases[name];
  return {
    name: 'cpu',
    unit: '%',
    values: Float64Array.from(c.values),
    timeMs: Float64Array.from(c.time_ms),
  };
}

function expectPlan(got: ReturnType<typeof capacityView>['plan'], want: ResamplePlan) {
  expect(got).not.toBeNull();
  expectNumpyClose(got!.slope, want.slope);
  expectNumpyClose(got!.intercept, want.intercept);
  expectNumpyClose(got!.fitted, want.fitted);
  expectNumpyClose(got!.futureDays, want.future_days);
  expectNumpyClose(got!.projected, want.projected);
  // t(0.975, 6 dof) agrees with SciPy to ~1e-9 (stdlib's t CDF), and the lower bound is a
  // difference of two close numbers (trend - half width), which magnifies that relative error.
  expectNumpyClose(got!.lower, want.lower, 1e-7);
  expectNumpyClose(got!.upper, want.upper, 1e-7);
  expectNumpyClose(got!.requiredCapacity, want.required_capacity);
  expect(got!.firstDayOverCapacity).toBe(want.first_day_over_capacity);
}

describe('capacityView', () => {
  it('capacityView(untimed series) is capacityPlanning of it, one value per day', () => {
    const values = demo.storage.usedGb;
    const options = { growthRate: 0.2, capacity: 900 };
    const view = capacityView({ name: 'storage', unit: 'GB', values }, options);
    expect(view.plan).toEqual(capacityPlanning(values, options));
    expect(view.history).toEqual(values);
    expect(view.history).not.toBe(values);
    expect(view.historyDays).toEqual(Float64Array.from(values, (_, d) => d));
    expect(view.dayZeroMs).toBeNull();
    expect(view.resampled).toBeNull();
    expect(view.days).toBe(values.length);
    expect(view.usableDays).toBe(values.length);
    expect(view.capacity).toBe(900);
    expect(view.forecastDays).toBe(30);
  });

  it('capacityView(long untimed series) reduces it for drawing, keeping its peak and the trend on the same days', () => {
    const values = Float64Array.from(
      { length: 100_000 },
      (_, d) => 500 + d / 100 + (d === 70_001 ? 900 : 0),
    );
    const view = capacityView({ name: 'storage', unit: 'GB', values });
    const full = capacityPlanning(values);
    expect(view.history.length).toBeLessThanOrEqual(DISPLAY_POINTS);
    expect(Math.max(...view.history)).toBe(values[70_001]);
    expect(view.historyDays).toContain(70_001);
    expect(view.plan!.fitted).toEqual(Float64Array.from(view.historyDays, (d) => full.fitted[d]));
    expect(view.plan!.projected).toEqual(full.projected);
  });

  it('capacityView(five-minute series) fits the 8 daily maxima: pandas resample then np.polyfit', () => {
    const view = capacityView(timed('five_minute'), OPTIONS);
    expect(view.resampled).toEqual({ samples: 2016, stepMs: 300_000, days: 8, statistic: 'max' });
    expect(view.dayZeroMs).toBe(MONDAY_MS);
    expect(view.days).toBe(8);
    expect(Array.from(view.historyDays)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expectNumpyClose(view.history, fx.cases.five_minute.max);
    expectPlan(view.plan, fx.capacity.five_minute_max);
    // Per day, not per sample: a per-sample fit of the same data has a slope ~288 times smaller.
    const perSample = capacityPlanning(timed('five_minute').values, OPTIONS);
    expect(view.plan!.slope / perSample.slope).toBeGreaterThan(100);
  });

  it('capacityView(five-minute series, { dailyStatistic: mean }) fits the daily means', () => {
    const view = capacityView(timed('five_minute'), { ...OPTIONS, dailyStatistic: 'mean' });
    expect(view.resampled?.statistic).toBe('mean');
    expectNumpyClose(view.history, fx.cases.five_minute.mean);
    expectPlan(view.plan, fx.capacity.five_minute_mean);
  });

  it('capacityView(series with days missing) leaves the NaN days out of the fit but keeps their numbers', () => {
    const view = capacityView(timed('gap'), OPTIONS);
    expect(view.resampled?.days).toBe(8);
    expect(view.usableDays).toBe(4);
    expect(Array.from(view.history.slice(2, 6))).toEqual([NaN, NaN, NaN, NaN]);
    expectPlan(view.plan, fx.capacity.gap_max);
  });

  it('capacityView(timed daily series) takes it as daily, as an untimed one', () => {
    const values = demo.storage.usedGb.slice(0, 30);
    const timeMs = Float64Array.from(values, (_, d) => MONDAY_MS + d * DAY_MS + 12 * 3_600_000);
    const view = capacityView({ name: 'storage', unit: 'GB', values, timeMs });
    expect(view.resampled).toBeNull();
    expect(view.dayZeroMs).toBeNull();
    expect(view.plan).toEqual(capacityPlanning(values));
  });

  it('capacityView(one day of five-minute samples) has no plan: 1 usable day', () => {
    const timeMs = Float64Array.from({ length: 288 }, (_, i) => MONDAY_MS + i * 300_000);
    const values = Float64Array.from(timeMs, (_, i) => 40 + (i % 12));
    const view = capacityView({ name: 'cpu', unit: '%', values, timeMs }, { forecastDays: 14 });
    expect(view.plan).toBeNull();
    expect(view.resampled).toEqual({ samples: 288, stepMs: 300_000, days: 1, statistic: 'max' });
    expect(view.usableDays).toBe(1);
    expect(Array.from(view.history)).toEqual([51]);
    expect(view.forecastDays).toBe(14);
  });

  it('capacityView(series with fewer than 2 non-NaN days) has no plan instead of throwing', () => {
    expect(capacityView({ name: 'x', unit: '', values: Float64Array.of(5) }).plan).toBeNull();
    const gappy = capacityView({ name: 'x', unit: '', values: Float64Array.of(NaN, 5, NaN) });
    expect(gappy.plan).toBeNull();
    expect(gappy.usableDays).toBe(1);
    expect(gappy.days).toBe(3);
  });

  it('capacityView(timed series) resamples exactly as resampleDaily does', () => {
    const series = timed('all_nan_day');
    const view = capacityView(series, { dailyStatistic: 'mean' });
    const daily = resampleDaily(series.timeMs, series.values, 'mean');
    expect(view.history).toEqual(daily.values);
    expect(view.dayZeroMs).toBe(daily.dayMs[0]);
    expect(view.resampled?.stepMs).toBe(3_600_000);
  });
});
