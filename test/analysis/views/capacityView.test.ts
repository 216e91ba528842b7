import { describe, expect, it } from 'vitest';
import { capacityPlanning } from '../../../src/analysis/capacityPlanning';
import { DAY_MS, resampleDaily } from '../../../src/analysis/resampleDaily';
import { backtest, backtestMinTraining } from '../../../src/analysis/forecast/backtest';
import { capacityForecast } from '../../../src/analysis/forecast/capacityForecast';
import { capacityRange } from '../../../src/analysis/forecast/capacityRange';
import {
  capacityView,
  RECENT_DAYS,
  type CapacityBacktest,
  type CapacityProjection,
  type CapacityView,
} from '../../../src/analysis/views/capacityView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';
import { random } from '../../../src/io/random';
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

/** `days` days of usage rising 2 a day with a weekly pattern (weekends low) and seeded noise. */
function weekly(days: number): Float64Array {
  const r = random(5, 'capacityView weekly');
  const week = [0, 10, 20, 25, 20, -35, -40];
  return Float64Array.from({ length: days }, (_, d) => 500 + 2 * d + week[d % 7] + r.normal(0, 2));
}

/** An untimed daily series. */
const daily = (values: Float64Array) => ({ name: 'disk', unit: 'GB', values });

/** The forecast of a view, failing the test when the view gave a reason instead. */
function projection(view: CapacityView): CapacityProjection {
  if ('reason' in view.forecast) throw new Error(view.forecast.reason);
  return view.forecast;
}

/** The backtest of a view, failing the test when the view gave a reason instead. */
function figures(view: CapacityView): CapacityBacktest {
  if ('reason' in view.backtest) throw new Error(view.backtest.reason);
  return view.backtest;
}

describe('capacityView forecasts', () => {
  it("capacityView(series) forecasts linearly by default: the seed's plan, its range capacityRange of it", () => {
    const values = demo.storage.usedGb;
    // A capacity the straight line reaches a month on.
    const capacity = Math.round(capacityPlanning(values).projected[29]);
    const options = { capacity, forecastDays: 60, buffer: 0.3 };
    const view = capacityView({ name: 'storage', unit: 'GB', values }, options);
    const plan = capacityPlanning(values, options);
    const forecast = projection(view);
    expect(forecast).toMatchObject({
      method: 'linear',
      futureDays: plan.futureDays,
      mean: plan.projected,
      lower: plan.lower,
      upper: plan.upper,
      confidence: 0.95,
      requiredCapacity: plan.requiredCapacity,
    });
    const range = capacityRange(
      { mean: plan.projected, lower: plan.lower, upper: plan.upper },
      capacity,
    );
    expect(forecast.overCapacity).toEqual(range);
    expect(range.expected).toBe(plan.daysUntilFull);
    expect(range.earliest!).toBeLessThan(range.expected!);
    expect(range.latest!).toBeGreaterThan(range.expected!);
  });

  it('capacityView(series, { method: holtWinters }) is capacityForecast of the daily usage', () => {
    const values = weekly(120);
    const options = { capacity: 900, growthRate: 0.2, forecastDays: 45, buffer: 0.25 };
    const view = capacityView(daily(values), { ...options, method: 'holtWinters' });
    const want = capacityForecast(values, {
      method: 'holtWinters',
      horizon: 45,
      capacity: 900,
      growthRate: 0.2,
    });
    const forecast = projection(view);
    expect(view.plan).toBeNull();
    expect(view.period).toBe(want.period);
    expect(forecast.method).toBe('holtWinters');
    expect(forecast.futureDays).toEqual(Float64Array.from({ length: 45 }, (_, h) => 120 + h));
    expect(forecast.mean).toEqual(want.forecast.mean);
    expect(forecast.lower).toEqual(want.forecast.lower);
    expect(forecast.upper).toEqual(want.forecast.upper);
    expect(forecast.overCapacity).toEqual(want.overCapacity);
    expect(forecast.overCapacity.expected).not.toBeNull();
    expect(forecast.requiredCapacity).toBe(Math.max(...want.forecast.mean) * 1.25);
    expect(forecast).not.toHaveProperty('fit');
  });

  it('capacityView(weekly daily series) finds the 7-day season; a straight line has none', () => {
    expect(capacityView(daily(weekly(90))).period).toBe(7);
    expect(capacityView({ name: 'storage', unit: 'GB', values: demo.storage.usedGb }).period).toBe(
      1,
    );
  });

  it('capacityView(five-minute series, { method: holtWinters }) forecasts the daily peaks', () => {
    const series = timed('five_minute');
    const view = capacityView(series, { ...OPTIONS, method: 'holtWinters' });
    const peaks = resampleDaily(series.timeMs, series.values, 'max').values;
    expect(projection(view).mean).toEqual(
      capacityForecast(peaks, { method: 'holtWinters', capacity: 100 }).forecast.mean,
    );
    expect(projection(view).futureDays[0]).toBe(8);
  });

  it('capacityView(series with NaN days, { method: holtWinters }) coasts through them', () => {
    const values = weekly(60).map((v, d) => (d === 4 || d === 30 || d === 59 ? NaN : v));
    const forecast = projection(capacityView(daily(values), { method: 'holtWinters' }));
    expect(forecast.mean.every(Number.isFinite)).toBe(true);
    expect(forecast.upper.every(Number.isFinite)).toBe(true);
  });

  it('capacityView(no 2 days in a row with usage, { method: holtWinters }) gives the reason', () => {
    const values = Float64Array.of(5, NaN, 6, NaN, 7);
    expect(capacityView(daily(values), { method: 'holtWinters' }).forecast).toEqual({
      reason: 'Holt-Winters needs usage on at least 2 consecutive days',
    });
    expect(projection(capacityView(daily(values))).method).toBe('linear');
  });

  it('capacityView(fewer than 2 days with usage) gives the reason instead of a forecast', () => {
    expect(capacityView(daily(Float64Array.of(NaN, 5))).forecast).toEqual({
      reason: 'a trend needs usage on at least 2 days, and this series has 1 day with usage',
    });
  });
});

describe('capacityView backtest', () => {
  it('capacityView(series).backtest is backtest() of the usage, a fifth held out, Holt-Winters recommended on a season', () => {
    const values = weekly(120);
    const view = capacityView(daily(values), { growthRate: 0.5 });
    const want = backtest(values, { period: 7, horizon: 24 });
    expect(figures(view)).toEqual({
      heldOutDays: 24,
      trainingDays: 96,
      scores: want.scores.map(({ method, mase, mape }) => ({ method, mase, mape })),
      recommended: 'holtWinters',
    });
    expect(want.scores.map((s) => s.method)).toEqual(['seasonalNaive', 'linear', 'holtWinters']);
  });

  it('capacityView(series).backtest holds out at most the forecast horizon, at least a season', () => {
    expect(figures(capacityView(daily(weekly(300)), { forecastDays: 14 })).heldOutDays).toBe(14);
    expect(figures(capacityView(daily(weekly(20)))).heldOutDays).toBe(7);
    expect(figures(capacityView(daily(demo.storage.usedGb))).heldOutDays).toBe(18);
  });

  it('capacityView(demo storage) recommends the linear trend, the seed’s own model', () => {
    const got = figures(capacityView({ name: 'storage', unit: 'GB', values: demo.storage.usedGb }));
    expect(got.recommended).toBe('linear');
    const mase = Object.fromEntries(got.scores.map((s) => [s.method, s.mase]));
    expect(mase.linear).toBeLessThan(1);
    expect(mase.seasonalNaive).toBeGreaterThan(1);
  });

  it.each([
    [3, 1, 'needs at least 4 days of history to backtest; it has 3'],
    [14, 7, 'needs at least 15 days of history to backtest; it has 14'],
  ])('capacityView(%i days, season %i).backtest says what is needed', (days, period, reason) => {
    const view = capacityView(daily(weekly(days)));
    expect(view.period).toBe(period);
    expect(view.backtest).toEqual({ reason });
    expect(figures(capacityView(daily(weekly(days + 1)))).trainingDays).toBe(
      backtestMinTraining(period),
    );
  });

  it('capacityView(no 3 days in a row with usage before the held-out ones).backtest says so', () => {
    const values = Float64Array.from({ length: 10 }, (_, d) => (d % 2 === 0 && d < 8 ? NaN : d));
    expect(capacityView(daily(values)).backtest).toEqual({
      reason: 'needs usage on 3 consecutive days before its last 2 to backtest',
    });
  });

  it('capacityView(constant usage).backtest leaves MASE out (no in-sample error) and recommends none', () => {
    const got = figures(capacityView(daily(new Float64Array(30).fill(400))));
    expect(got.scores.map((s) => s.mase)).toEqual([null, null, null]);
    expect(got.recommended).toBeNull();
  });

  it('capacityView(long series) takes the season, Holt-Winters and the backtest from the last RECENT_DAYS', () => {
    const values = weekly(RECENT_DAYS + 500);
    const recent = values.subarray(500);
    const view = capacityView(daily(values), { method: 'holtWinters' });
    const got = figures(view);
    expect(got.heldOutDays + got.trainingDays).toBe(RECENT_DAYS);
    expect(projection(view).mean).toEqual(
      capacityForecast(recent, { method: 'holtWinters' }).forecast.mean,
    );
    expect(projection(view).futureDays[0]).toBe(values.length);
  });
});
