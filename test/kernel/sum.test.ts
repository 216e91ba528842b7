import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndarray } from '../../src/kernel/ndarray';
import { nansum, sum } from '../../src/kernel/sum';
import {
  expectNumpyOutcome,
  inputs,
  itMatchesNumpy,
  reductionCases,
} from '../helpers/kernelFixtures';
import { pairwiseAxisCases, pairwiseCases } from './pairwiseCases';

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

  it.each(pairwiseCases())('sum(%s) is NumPy’s pairwise sum to the last bit', (_, c, x) => {
    expect(sum(x)).toBe(c.sum);
  });

  it.each(pairwiseAxisCases('sum'))('sum(%s) is NumPy’s to the last bit', (_, c, nd) => {
    expect(Array.from(sum(nd, c.axis).data)).toEqual(c.expected);
  });

  it('sum adds as NumPy does, not compensated: small terms next to huge ones are lost', () => {
    expect(sum([1e16, 1, -1e16])).toBe(0);
    expect(sum([1, 1e100, 1, -1e100])).toBe(0);
  });

  it('sum(seed CPU) is NumPy’s 4064.4000000000005, one ulp above the exact 4064.4', () => {
    expect(sum(inputs.seed_cpu)).toBe(4064.4000000000005);
  });

  it('sum(1e9 + noise) stays within NumPy’s error bound, where plain addition drifts further', () => {
    // Every 1e9 + u (0 <= u < 1) is a multiple of 2^-23, so x · 2^23 is an exact BigInt.
    const scale = 2 ** 23;
    let seed = 12345;
    // Park–Miller minimal standard generator: deterministic noise in [0, 1).
    const noise = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const x = Array.from({ length: 20000 }, () => 1e9 + noise());
    const exact = Number(x.reduce((t, v) => t + BigInt(v * scale), 0n)) / scale;
    const ulp = 2 ** (Math.floor(Math.log2(exact)) - 52);
    const pairwiseError = Math.abs(sum(x) - exact);
    expect(pairwiseError).toBeLessThanOrEqual(16 * ulp);
    expect(Math.abs(x.reduce((t, v) => t + v, 0) - exact)).toBeGreaterThan(pairwiseError);
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
