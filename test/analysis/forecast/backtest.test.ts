import { describe, expect, it } from 'vitest';
import { backtest, backtestMinTraining } from '../../../src/analysis/forecast/backtest';
import { random } from '../../../src/io/random';

describe('backtest', () => {
  const r = random(9, 'backtest');
  const season = [0, 4, 8, 4, 0, -4, -8, -4];
  const y = Float64Array.from(
    { length: 160 },
    (_, i) => 100 + 0.2 * i + season[i % 8] + r.normal(0, 0.5),
  );

  it('scores seasonal naive near 1 and Holt-Winters better on a trending season', () => {
    const b = backtest(y, { period: 8, horizon: 16 });
    const by = Object.fromEntries(b.scores.map((s) => [s.method, s]));
    expect(b.split).toBe(144);
    expect(by.holtWinters.mase).toBeLessThan(by.seasonalNaive.mase);
    expect(by.linear.mase).toBeGreaterThan(by.holtWinters.mase);
    expect(by.seasonalNaive.mape).toBeGreaterThan(0);
  });

  it('MASE is the holdout MAE over the in-sample seasonal naive MAE', () => {
    const b = backtest(y, { period: 8, horizon: 8, methods: ['seasonalNaive'] });
    const [s] = b.scores;
    let mae = 0;
    for (let h = 0; h < 8; h++) mae += Math.abs(y[152 + h] - y[144 + h]) / 8;
    expect(s.mase).toBeCloseTo(mae / b.scale, 12);
  });

  it('leaves MAPE out when values are near zero', () => {
    const z = Float64Array.from(y, (v, i) => (i === 150 ? 0 : v));
    expect(backtest(z, { period: 8, horizon: 16 }).scores.every((s) => s.mape === null)).toBe(true);
  });

  it.each([
    [1, 3],
    [7, 8],
  ])(
    'backtestMinTraining(%i) is %i: backtest takes that many training values, not one fewer',
    (period, least) => {
      expect(backtestMinTraining(period)).toBe(least);
      const values = y.slice(0, least + period);
      expect(backtest(values, { period, horizon: period }).split).toBe(least);
      expect(() => backtest(values.slice(1), { period, horizon: period })).toThrow(
        `values needs at least ${least + period} points, got ${least + period - 1}`,
      );
    },
  );
});
