import { describe, expect, it } from 'vitest';
import { maxOf, minOf, toFloat64 } from '../../src/kernel/loops';

describe('toFloat64', () => {
  it('toFloat64 returns a Float64Array as it is and copies a plain array', () => {
    const typed = Float64Array.of(1, 2);
    expect(toFloat64(typed)).toBe(typed);
    expect(toFloat64([3, NaN, -0])).toEqual(Float64Array.of(3, NaN, -0));
    expect(toFloat64({ length: 2, 0: 5, 1: 6 })).toEqual(Float64Array.of(5, 6));
  });
});

describe('minOf / maxOf', () => {
  it('minOf and maxOf pick the smallest and largest of a strided run', () => {
    const x = Float64Array.of(3, 100, -1, -100, 2, 50);
    expect(minOf(x, 0, 3, 2)).toBe(-1);
    expect(maxOf(x, 0, 3, 2)).toBe(3);
    expect(minOf(x, 1, 3, 2)).toBe(-100);
    expect(maxOf(x, 1, 3, 2)).toBe(100);
  });

  it.each([[[NaN, 1, 2]], [[1, NaN, 2]], [[1, 2, NaN]]])(
    'minOf and maxOf of %j are NaN wherever the NaN is',
    (values) => {
      expect(minOf(Float64Array.from(values), 0, 3, 1)).toBeNaN();
      expect(maxOf(Float64Array.from(values), 0, 3, 1)).toBeNaN();
    },
  );

  it('minOf and maxOf keep the first of equal values: [0, -0] gives 0 and [-0, 0] gives -0', () => {
    expect(Object.is(minOf(Float64Array.of(0, -0), 0, 2, 1), 0)).toBe(true);
    expect(Object.is(maxOf(Float64Array.of(-0, 0), 0, 2, 1), -0)).toBe(true);
  });

  it('minOf and maxOf handle ±Infinity and a single element', () => {
    expect(minOf(Float64Array.of(Infinity, -Infinity), 0, 2, 1)).toBe(-Infinity);
    expect(maxOf(Float64Array.of(-Infinity, Infinity), 0, 2, 1)).toBe(Infinity);
    expect(minOf(Float64Array.of(7), 0, 1, 1)).toBe(7);
  });

  it.each([64, 100, 8192, 8199, 20000])(
    'minOf and maxOf of %i contiguous values (the SIMD path) match a scan, NaN anywhere',
    (n) => {
      const x = Float64Array.from({ length: n + 2 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 1; i <= n; i++) [lo, hi] = [Math.min(lo, x[i]), Math.max(hi, x[i])];
      expect(minOf(x, 1, n, 1)).toBe(lo);
      expect(maxOf(x, 1, n, 1)).toBe(hi);
      for (const at of [1, Math.floor(n / 2), n]) {
        const withNaN = x.slice();
        withNaN[at] = NaN;
        expect(minOf(withNaN, 1, n, 1)).toBeNaN();
        expect(maxOf(withNaN, 1, n, 1)).toBeNaN();
      }
    },
  );
});
