import { describe, expect, it } from 'vitest';
import { capacityPlanning } from '../../../src/analysis/capacityPlanning';
import { linearForecast } from '../../../src/analysis/forecast/linearForecast';

describe('linearForecast', () => {
  it("equals the seed's capacity plan without growth, interval included", () => {
    const usage = [10, 12, 11, 15, 14, 18, 17, 21];
    const plan = capacityPlanning(usage, { growthRate: 0, forecastDays: 5, confidence: 0.9 });
    const f = linearForecast(usage, 5, 0.9);
    f.mean.forEach((v, h) => expect(v).toBeCloseTo(plan.projected[h], 10));
    f.lower.forEach((v, h) => expect(v).toBeCloseTo(plan.lower[h], 10));
    f.upper.forEach((v, h) => expect(v).toBeCloseTo(plan.upper[h], 10));
  });

  it('throws a RangeError for fewer than 3 values', () => {
    expect(() => linearForecast([1, NaN, 2], 2)).toThrow(RangeError);
  });
});
