import { describe, expect, it } from 'vitest';
import {
  MAD_TO_SIGMA,
  trailingDeviation,
  trailingRobust,
} from '../../../src/analysis/detectors/trailingRobust';

describe('trailingRobust', () => {
  it('uses the window strictly before each point: the point never masks itself', () => {
    const x = [1, 2, 3, 4, 100, 5];
    const { level, scale } = trailingRobust(x, 4);
    expect(Array.from(level.slice(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(level[4]).toBe(2.5); // median of 1, 2, 3, 4
    expect(level[5]).toBe(3.5); // median of 2, 3, 4, 100
    // MAD of 1..4 is 1: σ = max(1.4826, mean step 1 · √π/2 = 0.886).
    expect(scale[4]).toBeCloseTo(MAD_TO_SIGMA, 12);
  });

  it('keeps jitter when the MAD is 0 (quantised metrics)', () => {
    const x = [5, 5, 5, 6, 5, 5, 5, 5];
    const { scale } = trailingRobust(x, 6);
    expect(scale[6]).toBeGreaterThan(0.1);
  });

  it('floors a flat stretch at a tenth of the mean step seen so far', () => {
    const x = [0, 10, 0, 10, 3, 3, 3, 3, 3, 3, 3];
    const { scale } = trailingRobust(x, 4);
    // Steps x[1..9] - x[0..8]: 10, 10, 10, 7, 0 x 5 -> mean 37 / 9, floor a tenth of that.
    expect(scale[10]).toBeCloseTo(3.7 / 9, 12);
  });

  it('gives no verdict when under half the window is numbers', () => {
    const x = [NaN, NaN, NaN, 1, 2, 3, 4, 5];
    const { level } = trailingRobust(x, 4);
    expect(level[4]).toBeNaN();
    expect(level[5]).toBe(1.5);
  });

  it('gives no verdict at all when the window is as long as the series', () => {
    expect(Array.from(trailingRobust([1, 2, 3], 3).level)).toEqual([NaN, NaN, NaN]);
  });

  it('trailingDeviation is (x - level) / scale of trailingRobust, written into out when given', () => {
    const x = [1, 2, 3, 4, 100, 5];
    const { level, scale } = trailingRobust(x, 4);
    const out = {
      expected: new Float64Array(6).fill(-7),
      scale: new Float64Array(6).fill(-7),
      deviation: new Float64Array(6).fill(-7),
    };
    const got = trailingDeviation(x, 4, out);
    expect(got.deviation).toBe(out.deviation);
    expect(got.level).toEqual(level);
    expect(got.scale).toEqual(scale);
    expect(Array.from(got.deviation.slice(0, 4))).toEqual([NaN, NaN, NaN, NaN]);
    expect(got.deviation[4]).toBeCloseTo(97.5 / MAD_TO_SIGMA, 12);
    expect(trailingDeviation(x, 4).deviation).toEqual(got.deviation);
  });
});
