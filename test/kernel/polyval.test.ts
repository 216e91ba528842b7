import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polyval } from '../../src/kernel/polyval';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

describe('polyval', () => {
  it.each(named(windows.polyval))('polyval(%s) matches np.polyval', (_, c) => {
    expectNumpyClose(polyval(c.p, c.x), c.out);
  });

  it('polyval([3, 0, -1], 2) is the number 11', () => {
    expect(polyval([3, 0, -1], 2)).toBe(11);
  });

  it('polyval([1, 1], [0, 1, 2]) is Float64Array [1, 2, 3]', () => {
    const got = polyval([1, 1], [0, 1, 2]);
    expect(got).toBeInstanceOf(Float64Array);
    expect(Array.from(got)).toEqual([1, 2, 3]);
  });

  it('polyval([], x) is 0 like NumPy (its loop starts from zeros)', () => {
    expect(polyval([], 3)).toBe(0);
    expect(Array.from(polyval([], [1, 2]))).toEqual([0, 0]);
  });

  it('polyval(p, []) is an empty Float64Array', () => {
    expect(polyval([1, 2], [])).toEqual(new Float64Array(0));
  });

  it('polyval(p, ±Infinity) is NaN like NumPy, even for a constant p (0·Infinity in the first step)', () => {
    expect(polyval([1, 2], Infinity)).toBeNaN();
    expect(polyval([5], -Infinity)).toBeNaN();
    expect(polyval([5], 1e308)).toBe(5);
  });

  it('polyval with NaN in p or x gives NaN', () => {
    expect(polyval([1, NaN], 2)).toBeNaN();
    expectNumpyClose(polyval([2, 1], [NaN, 1]), [NaN, 3]);
  });

  it('polyval does not mutate its inputs and accepts typed arrays and array-likes', () => {
    const p = Float64Array.of(2, 0, 1);
    const x = [1, -1, 3];
    expect(Array.from(polyval(p, { length: 2, 0: 1, 1: 3 }))).toEqual([3, 19]);
    expect(Array.from(polyval(p, x))).toEqual([3, 3, 19]);
    expect(Array.from(p)).toEqual([2, 0, 1]);
    expect(x).toEqual([1, -1, 3]);
  });

  it('polyval(p, x) equals Σ p[i]·x^(deg-i) on small integers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 6 }),
        fc.integer({ min: -20, max: 20 }),
        (p, x) => {
          const naive = p.reduce((s, c, i) => s + c * x ** (p.length - 1 - i), 0);
          expect(polyval(p, x)).toBe(naive);
        },
      ),
    );
  });
});
