import { describe, expect, it } from 'vitest';
import { argsort } from '../../src/kernel/argsort';
import { isStableNumpyOrder } from '../helpers/arbitraries';
import { named, windows } from '../helpers/kernelWindows';

describe('argsort', () => {
  it.each(named(windows.argsort))('argsort(%s) equals np.argsort(x, kind="stable")', (_, c) => {
    expect(Array.from(argsort(c.x))).toEqual(c.order);
  });

  it('argsort([3, 1, NaN, 1, -2]) is [4, 1, 3, 0, 2]', () => {
    const got = argsort([3, 1, NaN, 1, -2]);
    expect(got).toBeInstanceOf(Uint32Array);
    expect(Array.from(got)).toEqual([4, 1, 3, 0, 2]);
  });

  it('argsort([]) is an empty Uint32Array and argsort([42.5]) is [0]', () => {
    expect(argsort([])).toEqual(new Uint32Array(0));
    expect(Array.from(argsort([42.5]))).toEqual([0]);
  });

  it('argsort([0, -0, NaN, -0, 0]) ties -0 with 0 and keeps NaN last', () => {
    expect(Array.from(argsort([0, -0, NaN, -0, 0]))).toEqual([0, 1, 3, 4, 2]);
  });

  it('argsort puts -Infinity first and NaN after +Infinity, on both code paths', () => {
    const small = [NaN, Infinity, 1, -Infinity];
    expect(Array.from(argsort(small))).toEqual([3, 2, 1, 0]);
    const large = Float64Array.from({ length: 5000 }, (_, i) => (i % 7) - 3);
    large[10] = NaN;
    large[20] = Infinity;
    large[30] = -Infinity;
    const order = argsort(large);
    // The last 3 (i % 7 === 6) is x[4997]; then +Infinity, then NaN.
    expect([order[0], order[4997], order[4998], order[4999]]).toEqual([30, 4997, 20, 10]);
  });

  it('argsort orders huge and subnormal magnitudes correctly on the radix path', () => {
    const x = Float64Array.from(
      { length: 3000 },
      (_, i) => [1e308, -1e308, 5e-324, -5e-324][i % 4],
    );
    expect(isStableNumpyOrder(x, argsort(x))).toBe(true);
  });

  it('argsort does not mutate its input and accepts plain arrays and array-likes', () => {
    const x = [2, 1, 2, 0];
    expect(Array.from(argsort(x))).toEqual([3, 1, 0, 2]);
    expect(Array.from(argsort({ length: 3, 0: 5, 1: -1, 2: 5 }))).toEqual([1, 0, 2]);
    expect(x).toEqual([2, 1, 2, 0]);
    const big = Float64Array.from({ length: 4096 }, (_, i) => (i * 37) % 101);
    const copy = big.slice();
    argsort(big);
    expect(big).toEqual(copy);
  });
});
