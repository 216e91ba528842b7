import { describe, expect, it } from 'vitest';
import { capacityPlanning } from '../../../src/analysis/capacityPlanning';
import { capacityForecast } from '../../../src/analysis/forecast/capacityForecast';

describe('capacityForecast', () => {
  const usage = Array.from(
    { length: 60 },
    (_, d) => 500 + 5 * d + [0, 10, 20, 30, 20, -40, -40][d % 7],
  );

  it("linear: the seed's plan, with first day over capacity as a range around the seed's day", () => {
    const plan = capacityPlanning(usage, { capacity: 1000, forecastDays: 60 });
    const got = capacityForecast(usage, { capacity: 1000, horizon: 60 });
    got.forecast.mean.forEach((v, h) => expect(v).toBeCloseTo(plan.projected[h], 9));
    got.forecast.upper.forEach((v, h) => expect(v).toBeCloseTo(plan.upper[h], 9));
    expect(got.overCapacity.expected).toBe(plan.daysUntilFull);
    expect(got.overCapacity.earliest!).toBeLessThan(got.overCapacity.expected!);
    expect(got.overCapacity.latest!).toBeGreaterThan(got.overCapacity.expected!);
  });

  it('holtWinters finds the weekly season of daily usage and forecasts it', () => {
    const got = capacityForecast(usage, {
      method: 'holtWinters',
      capacity: 1000,
      horizon: 14,
      growthRate: 0,
    });
    expect(got.period).toBe(7);
    for (let h = 0; h < 14; h++) {
      const d = 60 + h;
      expect(got.forecast.mean[h]).toBeCloseTo(
        500 + 5 * d + [0, 10, 20, 30, 20, -40, -40][d % 7],
        0,
      );
    }
  });

  it('applies the growth factor to the forecast and both bounds', () => {
    const plain = capacityForecast(usage, { growthRate: 0 });
    const grown = capacityForecast(usage, { growthRate: 0.5 });
    expect(grown.forecast.lower[3]).toBeCloseTo(1.5 * plain.forecast.lower[3], 9);
    expect(grown.growthFactor).toBe(1.5);
  });
});
