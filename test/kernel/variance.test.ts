import { describe, expect, it } from 'vitest';
import { ndarray } from '../../src/kernel/ndarray';
import { nanstd, nanvar, std, variance } from '../../src/kernel/variance';
import {
  axisCases,
  cubeArray as farm,
  expectNumpyOutcome,
  inputs,
  reductionCases,
} from '../helpers/kernelFixtures';
import { pairwiseAxisCases, pairwiseCases } from './pairwiseCases';

describe('variance', () => {
  it.each(reductionCases('variance'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => variance(inputs[c.input], c.ddof), c);
  });

  it.each(axisCases('variance'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(
      () => (c.axis === null ? variance(farm) : variance(farm, c.axis, c.ddof)),
      c,
    );
  });

  it.each(pairwiseCases())('variance(%s) is np.var’s to the last bit, ddof 0 and 1', (_, c, x) => {
    expect(variance(x)).toBe(c.var);
    expect(variance(x, 1)).toBe(c.var_ddof1);
  });

  it.each(pairwiseAxisCases('variance'))('variance(%s) is np.var’s to the last bit', (_, c, nd) => {
    expect(Array.from(variance(nd, c.axis).data)).toEqual(c.expected);
  });

  it('variance([1, 2, 3, 4]) is 1.25 and 5/3 with ddof 1', () => {
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(variance([1, 2, 3, 4], 1)).toBe(5 / 3);
  });

  it('variance([]) returns NaN like NumPy', () => {
    expect(variance([])).toBeNaN();
  });

  it('variance([42.5]) is 0, and NaN with ddof 1 like NumPy', () => {
    expect(variance([42.5])).toBe(0);
    expect(variance([42.5], 1)).toBeNaN();
  });

  it('variance(x, ddof >= n) is Infinity for spread data, as NumPy 1.24 divides by max(n - ddof, 0)', () => {
    expect(variance([1, 2], 2)).toBe(Infinity);
    expect(variance([1, 2], 3)).toBe(Infinity);
    expect(variance([5, 5], 2)).toBeNaN();
  });

  it('variance with NaN at either end is NaN', () => {
    expect(variance([NaN, 1, 2])).toBeNaN();
    expect(variance([1, 2, NaN])).toBeNaN();
  });

  it('variance with an infinite element is NaN like NumPy', () => {
    expect(variance([1, Infinity])).toBeNaN();
    expect(variance([-Infinity, 1])).toBeNaN();
  });

  it('variance([MAX_VALUE, -MAX_VALUE]) overflows to Infinity like NumPy', () => {
    expect(variance([Number.MAX_VALUE, -Number.MAX_VALUE])).toBe(Infinity);
  });

  it('variance(1e9 + [0.25, 0.5, 0.75]) is exact: two-pass, no cancellation', () => {
    // The one-pass E[x²] - E[x]² loses everything here; the deviations are exactly ±0.25 and 0.
    expect(variance([1e9 + 0.25, 1e9 + 0.5, 1e9 + 0.75])).toBe(0.125 / 3);
  });

  it('variance does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(3, 1, 2);
    expect(variance(x)).toBe(2 / 3);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });

  it('variance(nd, axis, ddof) reduces along the axis; variance(nd) and (nd, null, ddof) reduce all', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 5, 7, 9), [2, 3]);
    expect(variance(nd, 0)).toEqual({ data: Float64Array.of(4, 6.25, 9), shape: [3] });
    expect(variance(nd, 1, 1)).toEqual({ data: Float64Array.of(1, 4), shape: [2] });
    expect(variance(nd)).toBe(variance([1, 2, 3, 5, 7, 9]));
    expect(variance(nd, null, 1)).toBe(variance([1, 2, 3, 5, 7, 9], 1));
  });

  it('variance(nd, -3) on a 2-D array throws RangeError naming the axis', () => {
    expect(() => variance(ndarray(new Float64Array(4), [2, 2]), -3)).toThrow(/axis -3/);
  });
});

describe('std', () => {
  it.each(reductionCases('std'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => std(inputs[c.input], c.ddof), c);
  });

  it.each(axisCases('std'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => (c.axis === null ? std(farm) : std(farm, c.axis, c.ddof)), c);
  });

  it.each(pairwiseCases())('std(%s) is np.std’s to the last bit', (_, c, x) => {
    expect(std(x)).toBe(c.std);
  });

  it.each(pairwiseAxisCases('std'))('std(%s) is np.std’s to the last bit', (_, c, nd) => {
    expect(Array.from(std(nd, c.axis).data)).toEqual(c.expected);
  });

  it('std([1, 2, 3, 4]) is 1.118033988749895', () => {
    expect(std([1, 2, 3, 4])).toBe(1.118033988749895);
  });

  it('std([]) returns NaN and std([7]) is 0', () => {
    expect(std([])).toBeNaN();
    expect(std([7])).toBe(0);
  });

  it('std(x, ddof >= n) is Infinity for spread data and NaN for one element, like NumPy 1.24', () => {
    expect(std([1, 2], 2)).toBe(Infinity);
    expect(std([1], 1)).toBeNaN();
  });

  it('std with NaN at either end or an infinite element is NaN', () => {
    expect(std([NaN, 1])).toBeNaN();
    expect(std([1, NaN])).toBeNaN();
    expect(std([1, Infinity])).toBeNaN();
  });

  it('std([1e200, -1e200]) overflows to Infinity like NumPy', () => {
    expect(std([1e200, -1e200])).toBe(Infinity);
  });

  it('std(nd, axis, ddof) is the square root of variance(nd, axis, ddof)', () => {
    const v = variance(farm, 1, 1);
    expect(Array.from(std(farm, 1, 1).data)).toEqual(Array.from(v.data, Math.sqrt));
  });
});

describe('nanvar', () => {
  it.each(reductionCases('nanvar'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanvar(inputs[c.input], c.ddof), c);
  });

  it('nanvar([NaN, 1, 3, NaN]) ignores NaN at both ends', () => {
    expect(nanvar([NaN, 1, 3, NaN])).toBe(1);
    expect(nanvar([NaN, 1, 3, NaN], 1)).toBe(2);
  });

  it('nanvar([]) and nanvar([NaN]) return NaN like NumPy', () => {
    expect(nanvar([])).toBeNaN();
    expect(nanvar([NaN])).toBeNaN();
  });

  it('nanvar(x, ddof >= count) is NaN, not Infinity, like NumPy’s nanvar', () => {
    expect(nanvar([1, 2, NaN], 2)).toBeNaN();
    expect(variance([1, 2], 2)).toBe(Infinity);
  });

  it('nanvar with an infinite element is NaN', () => {
    expect(nanvar([NaN, Infinity, 1])).toBeNaN();
  });

  it('nanvar does not mutate its input', () => {
    const x = [NaN, 2, 4];
    nanvar(x);
    expect(x).toEqual([NaN, 2, 4]);
  });
});

describe('nanstd', () => {
  it.each(reductionCases('nanstd'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanstd(inputs[c.input], c.ddof), c);
  });

  it('nanstd([1, NaN, 3]) is 1 and sqrt(2) with ddof 1', () => {
    expect(nanstd([1, NaN, 3])).toBe(1);
    expect(nanstd([1, NaN, 3], 1)).toBe(Math.SQRT2);
  });

  it('nanstd of nothing, all-NaN, or ddof >= count is NaN', () => {
    expect(nanstd([])).toBeNaN();
    expect(nanstd([NaN, NaN])).toBeNaN();
    expect(nanstd([1, NaN], 1)).toBeNaN();
  });
});
