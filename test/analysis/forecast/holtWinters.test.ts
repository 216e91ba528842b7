import { describe, expect, it } from 'vitest';
import {
  fitHoltWintersParams,
  holtWinters,
  holtWintersFit,
} from '../../../src/analysis/forecast/holtWinters';

describe('holtWinters', () => {
  // Period 2, y = [1, 3, 2, 4, 3, 5], α = 0.5, β = 0.5, γ = 0.5, by hand:
  // start: l = mean(1, 3) = 2, b = (mean(2, 4) - 2) / 2 = 0.5, s = [1 - 2, 3 - 2] = [-1, 1]
  // t=2 (y 2): ŷ = 2 + 0.5 - 1 = 1.5; l = .5(2 + 1) + .5(2.5) = 2.75; b = .5(.75) + .5(.5) = .625;
  //            s0 = .5(2 - 2.75) + .5(-1) = -.875
  // t=3 (y 4): ŷ = 2.75 + .625 + 1 = 4.375; l = .5(3) + .5(3.375) = 3.1875;
  //            b = .5(.4375) + .5(.625) = .53125; s1 = .5(.8125) + .5(1) = .90625
  // t=4 (y 3): ŷ = 3.1875 + .53125 - .875 = 2.84375; l = .5(3.875) + .5(3.71875) = 3.796875;
  //            b = .5(.609375) + .5(.53125) = .5703125; s0 = .5(-.796875) + .5(-.875) = -.8359375
  // t=5 (y 5): ŷ = 3.796875 + .5703125 + .90625 = 5.2734375; l = .5(4.09375) + .5(4.3671875)
  //            = 4.23046875; b = .5(.43359375) + .5(.5703125) = .501953125;
  //            s1 = .5(.76953125) + .5(.90625) = .837890625
  const y = [1, 3, 2, 4, 3, 5];
  const params = { alpha: 0.5, beta: 0.5, gamma: 0.5 };

  it('holtWintersFit(y, 2, α = β = γ = 0.5) matches the hand-computed recursion', () => {
    const fit = holtWintersFit(y, 2, params);
    expect(Array.from(fit.fitted)).toEqual([NaN, NaN, 1.5, 4.375, 2.84375, 5.2734375]);
    expect(fit.level).toBe(4.23046875);
    expect(fit.trend).toBe(0.501953125);
    expect(Array.from(fit.season)).toEqual([-0.8359375, 0.837890625]);
    expect(fit.sse).toBeCloseTo(0.5 ** 2 + 0.375 ** 2 + 0.15625 ** 2 + 0.2734375 ** 2, 14);
    expect(fit.errors).toBe(4);
  });

  it('forecasts l + h·b + s of the matching phase', () => {
    const f = holtWinters(y, 3, 2, { params });
    expect(Array.from(f.mean)).toEqual([
      4.23046875 + 0.501953125 - 0.8359375,
      4.23046875 + 2 * 0.501953125 + 0.837890625,
      4.23046875 + 3 * 0.501953125 - 0.8359375,
    ]);
  });

  it('widens the interval with the horizon as ETS(A,A,A): σ²(1 + Σ c_j²)', () => {
    const f = holtWinters(y, 3, 2, { params, confidence: 0.95 });
    const half = (h: number) => (f.upper[h] - f.lower[h]) / 2;
    // c_1 = α + αβ·1 = 0.75; c_2 = α + αβ·2 + γ(1 - α) = 1.25 (j = 2 is a whole season).
    expect(half(1) / half(0)).toBeCloseTo(Math.sqrt(1 + 0.75 ** 2), 12);
    expect(half(2) / half(0)).toBeCloseTo(Math.sqrt(1 + 0.75 ** 2 + 1.25 ** 2), 12);
  });

  it('period 1 is Holt’s linear trend: a straight line is forecast exactly', () => {
    const line = Array.from({ length: 20 }, (_, i) => 3 + 2 * i);
    const f = holtWinters(line, 3, 1, { params: { alpha: 0.3, beta: 0.2, gamma: 0 } });
    [43, 45, 47].forEach((v, h) => expect(f.mean[h]).toBeCloseTo(v, 12));
  });

  it('damping φ < 1 flattens the trend: l + (φ + φ²)·b two steps ahead', () => {
    const line = Array.from({ length: 20 }, (_, i) => 2 * i);
    const f = holtWinters(line, 2, 1, { params: { alpha: 1, beta: 1, gamma: 0, phi: 0.5 } });
    // α = β = 1 track the data: l = 38 and b = l - l₋₁ = 2 at the end.
    expect(Array.from(f.mean)).toEqual([38 + 0.5 * 2, 38 + 0.75 * 2]);
  });

  it('fitted parameters forecast a noiseless seasonal series almost exactly', () => {
    const s = Array.from(
      { length: 96 },
      (_, i) => 10 + 0.1 * i + [0, 3, 5, 3, 0, -3, -5, -3][i % 8],
    );
    const fitted = fitHoltWintersParams(s.slice(0, 88), 8);
    const f = holtWinters(s.slice(0, 88), 8, 8, { params: fitted });
    f.mean.forEach((v, h) => expect(v).toBeCloseTo(s[88 + h], 1));
  });

  it('throws a RangeError for fewer than two seasons or a bad horizon', () => {
    expect(() => holtWintersFit([1, 2, 3], 2, params)).toThrow(RangeError);
    expect(() => holtWinters(y, 0, 2)).toThrow(/horizon/);
  });
});
