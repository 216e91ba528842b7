import { describe, expect, it } from 'vitest';
import { movingMean } from '../../src/kernel/movingMean';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

describe('movingMean', () => {
  it.each(named(windows.moving))(
    'movingMean(%s) matches sliding_window_view(x, w).mean(axis=1)',
    (_, c) => {
      expectNumpyClose(movingMean(c.x, c.w), c.mean);
    },
  );

  it('movingMean([1, 2, 3, 4, 5], 3) is [2, 3, 4]', () => {
    expect(Array.from(movingMean([1, 2, 3, 4, 5], 3))).toEqual([2, 3, 4]);
  });

  it('movingMean(x, 1) returns the values of x in a fresh Float64Array', () => {
    const x = Float64Array.of(4, -1.5, 7);
    const out = movingMean(x, 1);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out).not.toBe(x);
    expect(Array.from(out)).toEqual([4, -1.5, 7]);
  });

  it('movingMean([42.5], 1) is [42.5] and movingMean(x, x.length) is the mean of x', () => {
    expect(Array.from(movingMean([42.5], 1))).toEqual([42.5]);
    expect(Array.from(movingMean([1, 2, 6], 3))).toEqual([3]);
  });

  it('movingMean([], 1) throws a RangeError naming w, as NumPy raises', () => {
    expect(() => movingMean([], 1)).toThrow(/\bw\b/);
  });

  it.each([0, -2, 4, 1.5])('movingMean([1, 2, 3], %s) throws a RangeError', (w) => {
    expect(() => movingMean([1, 2, 3], w)).toThrow(RangeError);
  });

  it('movingMean([NaN, 1, 2, 3, NaN], 2) is NaN only in the windows holding a NaN', () => {
    expectNumpyClose(movingMean([NaN, 1, 2, 3, NaN], 2), [NaN, 1.5, 2.5, NaN]);
  });

  it('movingMean with ±Infinity gives ±Infinity or NaN for those windows and exact values after', () => {
    expectNumpyClose(movingMean([1, Infinity, 2, -Infinity, 3, 4], 2), [
      Infinity,
      Infinity,
      -Infinity,
      -Infinity,
      3.5,
    ]);
    expectNumpyClose(movingMean([Infinity, -Infinity, 5, 6], 2), [NaN, -Infinity, 5.5]);
  });

  it('movingMean([MAX_VALUE, MAX_VALUE], 2) is MAX_VALUE (NumPy overflows its sum to inf)', () => {
    expect(movingMean([Number.MAX_VALUE, Number.MAX_VALUE], 2)[0]).toBe(Number.MAX_VALUE);
  });

  it('movingMean keeps 1e9 + noise exact over 20000 steps (no drift in the running sums)', () => {
    const x = Float64Array.from({ length: 20000 }, (_, i) => 1e9 + ((i * 7919) % 1000) / 1000);
    const got = movingMean(x, 50);
    for (let j = 0; j < got.length; j += 997) {
      let offsetSum = 0;
      for (let i = j; i < j + 50; i++) offsetSum += x[i] - 1e9;
      expect(Math.abs(got[j] - (1e9 + offsetSum / 50))).toBeLessThanOrEqual(2.4e-7);
    }
  });

  it('movingMean does not mutate its input and accepts plain arrays and array-likes', () => {
    const x = [3, 1, 4, 1, 5];
    const arrayLike = { length: 5, 0: 3, 1: 1, 2: 4, 3: 1, 4: 5 };
    expect(Array.from(movingMean(arrayLike, 2))).toEqual([2, 2.5, 2.5, 3]);
    expect(Array.from(movingMean(x, 2))).toEqual([2, 2.5, 2.5, 3]);
    expect(x).toEqual([3, 1, 4, 1, 5]);
  });

  it('movingMean(x, w, out) writes into out and returns it; a wrong length throws', () => {
    const out = new Float64Array(4).fill(-1);
    expect(movingMean([3, 1, 4, 1, 5], 2, out)).toBe(out);
    expect(Array.from(out)).toEqual([2, 2.5, 2.5, 3]);
    expect(() => movingMean([3, 1, 4], 2, new Float64Array(3))).toThrow(/out has length 3/);
  });
});
