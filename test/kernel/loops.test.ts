import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compensatedSum,
  copyFloat64,
  maxOf,
  minOf,
  squaredDeviations,
  toFloat64,
} from '../../src/kernel/loops';
import { neumaierAdd, neumaierTotal } from '../../src/kernel/sum';

/** The element-at-a-time compensated sum that compensatedSum must reproduce bit for bit. */
function neumaierReference(values: number[]): number {
  const acc = new Float64Array(1);
  const comp = new Float64Array(1);
  for (const v of values) neumaierAdd(acc, comp, 0, v);
  return neumaierTotal(acc[0], comp[0]);
}

const doubles = fc.array(fc.double({ noDefaultInfinity: true, noNaN: true }), { maxLength: 60 });

describe('toFloat64 / copyFloat64', () => {
  it('toFloat64 returns a Float64Array as it is and copies a plain array', () => {
    const typed = Float64Array.of(1, 2);
    expect(toFloat64(typed)).toBe(typed);
    expect(toFloat64([3, NaN, -0])).toEqual(Float64Array.of(3, NaN, -0));
    expect(toFloat64({ length: 2, 0: 5, 1: 6 })).toEqual(Float64Array.of(5, 6));
  });

  it('copyFloat64 always returns a fresh copy', () => {
    const typed = Float64Array.of(1, 2);
    const copy = copyFloat64(typed);
    expect(copy).not.toBe(typed);
    expect(copy).toEqual(typed);
    expect(copyFloat64([4])).toEqual(Float64Array.of(4));
  });
});

describe('compensatedSum / squaredDeviations', () => {
  it('compensatedSum(1e16, 1, -1e16) is 1 and an empty range sums to 0', () => {
    expect(compensatedSum(Float64Array.of(1e16, 1, -1e16), 0, 3, 1)).toBe(1);
    expect(compensatedSum(Float64Array.of(1, 2), 1, 0, 1)).toBe(0);
  });

  it('compensatedSum keeps an overflow to Infinity and a NaN', () => {
    const max = Number.MAX_VALUE;
    expect(compensatedSum(Float64Array.of(max, max), 0, 2, 1)).toBe(Infinity);
    expect(compensatedSum(Float64Array.of(1, NaN), 0, 2, 1)).toBeNaN();
  });

  it('compensatedSum reads every stride-th element from start', () => {
    expect(compensatedSum(Float64Array.of(1, 10, 2, 20, 3, 30), 1, 3, 2)).toBe(60);
  });

  it('compensatedSum equals element-at-a-time neumaierAdd bit for bit (property)', () => {
    fc.assert(
      fc.property(doubles, (values) => {
        const got = compensatedSum(Float64Array.from(values), 0, values.length, 1);
        expect(Object.is(got, neumaierReference(values))).toBe(true);
      }),
    );
  });

  it('squaredDeviations(1, 2, 3 about 2) is 2 and equals the compensated sum of squares (property)', () => {
    expect(squaredDeviations(Float64Array.of(1, 2, 3), 0, 3, 1, 2)).toBe(2);
    fc.assert(
      fc.property(doubles, fc.double({ min: -1e6, max: 1e6 }), (values, mu) => {
        const got = squaredDeviations(Float64Array.from(values), 0, values.length, 1, mu);
        const want = neumaierReference(values.map((v) => (v - mu) * (v - mu)));
        expect(Object.is(got, want)).toBe(true);
      }),
    );
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
});
