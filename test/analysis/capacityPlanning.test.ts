import { describe, expect, it } from 'vitest';
import { capacityPlanning } from '../../src/analysis/capacityPlanning';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

const { usage } = core.capacity;

describe('capacityPlanning', () => {
  it.each([
    ['defaults', {}, core.capacity.default],
    [
      'roomy',
      { growthRate: 0, forecastDays: 14, capacity: 5000, buffer: 0.1, confidence: 0.9 },
      core.capacity.roomy,
    ],
  ] as const)(
    'capacityPlanning(90 days, %s) matches the seed NumPy formulas',
    (_, options, want) => {
      const got = capacityPlanning(usage, options);
      expectNumpyClose(got.slope, want.slope);
      expectNumpyClose(got.intercept, want.intercept);
      expectNumpyClose(got.fitted, want.fitted);
      expectNumpyClose(got.futureDays, want.future_days);
      expectNumpyClose(got.projected, want.projected);
      expectNumpyClose(got.growthFactor, want.growth_factor);
      expectNumpyClose(got.requiredCapacity, want.required_capacity);
      expectNumpyClose(got.lower, want.lower);
      expectNumpyClose(got.upper, want.upper);
      expect(got.firstDayOverCapacity).toBe(want.first_day_over_capacity);
    },
  );

  it('capacityPlanning(90 days) crosses 1000 on future day 13, 14 days after the last day', () => {
    const got = capacityPlanning(usage);
    expect(got.firstDayOverCapacity).toBe(13);
    expect(got.daysUntilFull).toBe(14);
    expect(got.futureDays[13]).toBe(103);
    expect(got.projected[12]).toBeLessThanOrEqual(1000);
    expect(got.projected[13]).toBeGreaterThan(1000);
  });

  it('capacityPlanning(x) reports null crossing when capacity is never exceeded', () => {
    const got = capacityPlanning(usage, { capacity: 1e6 });
    expect(got.firstDayOverCapacity).toBeNull();
    expect(got.daysUntilFull).toBeNull();
  });

  it('capacityPlanning(exact line) projects it exactly with a zero-width interval', () => {
    const got = capacityPlanning([10, 12, 14, 16], {
      growthRate: 0.5,
      forecastDays: 2,
      buffer: 0.25,
    });
    expect(got.slope).toBeCloseTo(2, 12);
    expect(got.intercept).toBeCloseTo(10, 12);
    expect(Array.from(got.futureDays)).toEqual([4, 5]);
    expectNumpyClose(got.projected, [27, 30]);
    expectNumpyClose(got.requiredCapacity, 37.5);
    expectNumpyClose(got.lower, [27, 30], 1e-6);
    expectNumpyClose(got.upper, [27, 30], 1e-6);
  });

  it('capacityPlanning(x with NaN days) fits the observed days only (np.polyfit on the mask)', () => {
    const got = capacityPlanning([10, NaN, 14, 16, NaN], { forecastDays: 1, growthRate: 0 });
    expect(got.slope).toBeCloseTo(2, 12);
    expect(got.intercept).toBeCloseTo(10, 12);
    expectNumpyClose(got.fitted, [10, 12, 14, 16, 18]);
    expectNumpyClose(got.projected, [20]);
  });

  it('capacityPlanning(2 days) fits the line but has no interval (n - 2 = 0 dof)', () => {
    const got = capacityPlanning([1, 3], { forecastDays: 1, growthRate: 0 });
    expectNumpyClose(got.projected, [5]);
    expect(got.lower[0]).toBeNaN();
    expect(got.upper[0]).toBeNaN();
  });

  it('capacityPlanning(fewer than 2 usable days) throws a RangeError naming usage', () => {
    expect(() => capacityPlanning([5])).toThrow(/usage/);
    expect(() => capacityPlanning([NaN, 5, NaN])).toThrow(RangeError);
  });

  it.each([0, 2.5, -3])(
    'capacityPlanning(x, {forecastDays: %s}) throws a RangeError naming forecastDays',
    (d) => {
      expect(() => capacityPlanning(usage, { forecastDays: d })).toThrow(/forecastDays/);
    },
  );

  it('capacityPlanning(x) widens the interval with the distance from the observed days', () => {
    const got = capacityPlanning(usage);
    const width = got.upper.map((u, i) => u - got.lower[i]);
    expect(width[29]).toBeGreaterThan(width[0]);
    expect(got.lower[0]).toBeLessThan(got.projected[0]);
    expect(got.upper[0]).toBeGreaterThan(got.projected[0]);
  });
});
