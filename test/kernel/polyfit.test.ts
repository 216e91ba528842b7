import { describe, expect, it } from 'vitest';
import { polyfit } from '../../src/kernel/polyfit';
import { polyval } from '../../src/kernel/polyval';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

const plain = windows.polyfit.filter((c) => c.exact === null);
const epoch = windows.polyfit.filter((c) => c.exact !== null);

describe('polyfit', () => {
  it.each(named(plain))('polyfit(%s) matches np.polyfit', (_, c) => {
    expectNumpyClose(polyfit(c.x, c.y, c.deg), c.coef);
  });

  it.each(named(epoch))('polyfit(%s) is within 1e-10 of the exact least-squares fit', (_, c) => {
    expectNumpyClose(polyfit(c.x, c.y, c.deg), c.exact!, 1e-10);
  });

  it.each(named(epoch.filter((c) => c.deg === 1)))('polyfit(%s) matches np.polyfit', (_, c) => {
    expectNumpyClose(polyfit(c.x, c.y, c.deg), c.coef);
  });

  it.each(named(epoch.filter((c) => c.deg === 2)))(
    'polyfit(%s) differs from np.polyfit only by NumPy’s own error (< 1e-5), being exact',
    (_, c) => {
      const numpyError = Math.max(...c.coef.map((v, i) => Math.abs(v / c.exact![i] - 1)));
      expect(numpyError).toBeGreaterThan(1e-9);
      expectNumpyClose(polyfit(c.x, c.y, c.deg), c.coef, 1e-5);
    },
  );

  it('polyfit([0, 2, 4], [1, 5, 9], 1) is exactly [2, 1]', () => {
    expect(Array.from(polyfit([0, 2, 4], [1, 5, 9], 1))).toEqual([2, 1]);
  });

  it('polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1) is [2, 1] to 1e-14', () => {
    expectNumpyClose(polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1), [2, 1], 1e-14);
  });

  it('polyfit recovers 3x² - 2x + 1 exactly from six points', () => {
    const x = [-2, -1, 0, 1, 2, 3];
    expectNumpyClose(polyfit(x, polyval([3, -2, 1], x), 2), [3, -2, 1], 1e-13);
  });

  it('polyfit(x, y, 0) is the mean of y, and one point gives [y0]', () => {
    expectNumpyClose(polyfit([1, 2, 3, 4], [2, 4, 4, 6], 0), [4], 1e-15);
    expect(Array.from(polyfit([5], [42.5], 0))).toEqual([42.5]);
  });

  it('polyfit with NaN or ±Infinity in x or y returns all-NaN coefficients (documented)', () => {
    expectNumpyClose(polyfit([0, 1, 2], [1, NaN, 3], 1), [NaN, NaN]);
    expectNumpyClose(polyfit([0, Infinity, 2], [1, 2, 3], 2), [NaN, NaN, NaN]);
  });

  it('polyfit throws a RangeError naming the argument for bad input, as NumPy raises', () => {
    expect(() => polyfit([], [], 1)).toThrow(/\bx\b/);
    expect(() => polyfit([1, 2], [1], 1)).toThrow(/same length/);
    expect(() => polyfit([1, 2], [1, 2], -1)).toThrow(/\bdeg\b/);
    expect(() => polyfit([1, 2], [1, 2], 1.5)).toThrow(/\bdeg\b/);
  });

  it('polyfit throws where NumPy only warns RankWarning: too few points or distinct x', () => {
    expect(() => polyfit([1, 2], [1, 2], 2)).toThrow(RangeError);
    expect(() => polyfit([3, 3, 3], [1, 2, 3], 1)).toThrow(/distinct/);
    expect(() => polyfit([0, 0, 1, 1], [1, 2, 3, 4], 2)).toThrow(/distinct/);
  });

  it('polyfit does not mutate its inputs and accepts typed arrays and array-likes', () => {
    const x = Float64Array.of(0, 1, 2);
    const y = [1, 2, 4];
    const fromArrayLike = polyfit({ length: 3, 0: 0, 1: 1, 2: 2 }, y, 2);
    expect(Array.from(polyfit(x, y, 2))).toEqual(Array.from(fromArrayLike));
    expectNumpyClose(fromArrayLike, [0.5, 0.5, 1], 1e-14);
    expect(Array.from(x)).toEqual([0, 1, 2]);
    expect(y).toEqual([1, 2, 4]);
  });
});
