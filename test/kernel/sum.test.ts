import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndarray } from '../../src/kernel/ndarray';
import { nansum, neumaierAdd, neumaierTotal, sum } from '../../src/kernel/sum';
import { expectNumpyClose } from '../helpers/fixtures';
import {
  expectNumpyOutcome,
  inputs,
  itMatchesNumpy,
  reductionCases,
} from '../helpers/kernelFixtures';

describe('sum', () => {
  itMatchesNumpy('sum', sum);

  it('sum([1, 2, 3.5]) is 6.5', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });

  it('sum([]) is 0 like NumPy', () => {
    expect(sum([])).toBe(0);
  });

  it('sum([NaN, 1]) and sum([1, NaN]) are NaN', () => {
    expect(sum([NaN, 1])).toBeNaN();
    expect(sum([1, NaN])).toBeNaN();
  });

  it('sum keeps ±Infinity and gives NaN for Infinity + -Infinity', () => {
    expect(sum([1, Infinity])).toBe(Infinity);
    expect(sum([-Infinity, 1])).toBe(-Infinity);
    expect(sum([Infinity, 1, -Infinity])).toBeNaN();
  });

  it('sum([MAX_VALUE, MAX_VALUE]) overflows to Infinity, not NaN', () => {
    expect(sum([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
  });

  it('sum recovers small terms next to huge ones that plain addition loses', () => {
    expect(sum([1e16, 1, -1e16])).toBe(1);
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it('sum(seed CPU) is the correctly rounded 4064.4, one ulp below NumPy’s pairwise sum', () => {
    expect(sum(inputs.seed_cpu)).toBe(4064.4);
    expectNumpyClose(sum(inputs.seed_cpu), 4064.4000000000005, 2.3e-16);
  });

  it('sum(1e9 + noise) is within one ulp of the exact sum, where plain addition drifts', () => {
    // Every 1e9 + u (0 <= u < 1) is a multiple of 2^-23, so x · 2^23 is an exact BigInt.
    const scale = 2 ** 23;
    let seed = 12345;
    // Park–Miller minimal standard generator: deterministic noise in [0, 1).
    const noise = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const x = Array.from({ length: 20000 }, () => 1e9 + noise());
    const exact = Number(x.reduce((t, v) => t + BigInt(v * scale), 0n)) / scale;
    const ulp = 2 ** (Math.floor(Math.log2(exact)) - 52);
    expect(Math.abs(sum(x) - exact)).toBeLessThanOrEqual(ulp);
    expect(Math.abs(x.reduce((t, v) => t + v, 0) - exact)).toBeGreaterThan(ulp);
  });

  it('sum does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(3, 1, 2);
    expect(sum(x)).toBe(6);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });

  it('sum(nd, axis) returns a fresh NDArray and leaves nd untouched', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    const out = sum(nd, 0);
    expect(out).toEqual({ data: Float64Array.of(5, 7, 9), shape: [3] });
    expect(Array.from(nd.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sum(nd, 1)).toEqual({ data: Float64Array.of(6, 15), shape: [2] });
    expect(sum(nd)).toBe(21);
  });

  it('sum(nd, axis) over a zero-length axis is 0 per output, like NumPy', () => {
    expect(sum(ndarray(new Float64Array(0), [0, 2]), 0)).toEqual({
      data: new Float64Array(2),
      shape: [2],
    });
  });

  it('sum(nd, axis) throws RangeError naming the axis when it is out of range', () => {
    const nd = ndarray(new Float64Array(6), [2, 3]);
    expect(() => sum(nd, 2)).toThrow(/axis 2/);
    expect(() => sum(nd, -3)).toThrow(RangeError);
    expect(() => sum(nd, 0.5)).toThrow(RangeError);
  });

  it('sum(nd, axis) equals summing the slices one by one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        (shape, pick) => {
          const size = shape.reduce((a, b) => a * b, 1);
          const data = Float64Array.from({ length: size }, (_, i) => ((i * 7919) % 101) / 7);
          const axis = pick % shape.length;
          const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
          const out = sum(ndarray(data, shape), axis);
          for (let o = 0; o < out.data.length; o++) {
            const base = Math.floor(o / inner) * inner * shape[axis] + (o % inner);
            const slice = Array.from({ length: shape[axis] }, (_, k) => data[base + k * inner]);
            expect(out.data[o]).toBe(sum(slice));
          }
        },
      ),
    );
  });
});

describe('nansum', () => {
  it.each(reductionCases('nansum'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nansum(inputs[c.input]), c);
  });

  it('nansum([NaN, 1, 2, NaN]) skips the NaNs at both ends', () => {
    expect(nansum([NaN, 1, 2, NaN])).toBe(3);
  });

  it('nansum([]) and nansum([NaN, NaN]) are 0 like NumPy', () => {
    expect(nansum([])).toBe(0);
    expect(nansum([NaN, NaN])).toBe(0);
  });

  it('nansum keeps ±Infinity', () => {
    expect(nansum([NaN, -Infinity, 1])).toBe(-Infinity);
  });
});

describe('neumaierAdd / neumaierTotal', () => {
  it('carry the rounding error of each addition and add it back at the end', () => {
    const acc = new Float64Array(1);
    const comp = new Float64Array(1);
    for (const v of [1e16, 1, 1, -1e16]) neumaierAdd(acc, comp, 0, v);
    expect(acc[0]).toBe(0);
    expect(neumaierTotal(acc[0], comp[0])).toBe(2);
  });

  it('neumaierTotal ignores the compensation once the sum is infinite', () => {
    expect(neumaierTotal(Infinity, NaN)).toBe(Infinity);
  });
});
