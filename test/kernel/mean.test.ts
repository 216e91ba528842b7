import { describe, expect, it } from 'vitest';
import { mean, meanLanes, nanmean } from '../../src/kernel/mean';
import { ndarray } from '../../src/kernel/ndarray';
import { reduceAll } from '../../src/kernel/reduceAxis';
import {
  expectNumpyOutcome,
  inputs,
  itMatchesNumpy,
  reductionCases,
} from '../helpers/kernelFixtures';
import { pairwiseAxisCases, pairwiseCases } from './pairwiseCases';

describe('mean', () => {
  itMatchesNumpy('mean', mean);

  it('mean([1, 2, 3, 4]) is 2.5', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });

  it('mean([]) returns NaN like NumPy', () => {
    expect(mean([])).toBeNaN();
  });

  it('mean([42.5]) is 42.5', () => {
    expect(mean([42.5])).toBe(42.5);
  });

  it('mean with NaN at either end is NaN', () => {
    expect(mean([NaN, 1, 2])).toBeNaN();
    expect(mean([1, 2, NaN])).toBeNaN();
  });

  it('mean keeps ±Infinity and gives NaN for both', () => {
    expect(mean([1, Infinity])).toBe(Infinity);
    expect(mean([-Infinity, 1])).toBe(-Infinity);
    expect(mean([-Infinity, Infinity])).toBeNaN();
  });

  it('mean([MAX_VALUE, MAX_VALUE]) overflows to Infinity like NumPy', () => {
    expect(mean([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
  });

  it('mean(seed CPU) is NumPy’s 67.74000000000001 (its pairwise sum over 60), not the exact 67.74', () => {
    expect(mean(inputs.seed_cpu)).toBe(67.74000000000001);
  });

  it.each(pairwiseCases())('mean(%s) is NumPy’s to the last bit', (_, c, x) => {
    expect(mean(x)).toBe(c.mean);
  });

  it.each(pairwiseAxisCases('mean'))('mean(%s) is NumPy’s to the last bit', (_, c, nd) => {
    expect(Array.from(mean(nd, c.axis).data)).toEqual(c.expected);
  });

  it('mean(1e9 + offsets) keeps the offsets', () => {
    expect(mean([1e9 + 0.25, 1e9 + 0.5, 1e9 + 0.75])).toBe(1e9 + 0.5);
  });

  it('mean does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(3, 1, 2);
    expect(mean(x)).toBe(2);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });

  it('mean(nd, axis) returns a fresh NDArray with the axis removed, and mean(nd) a number', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    expect(mean(nd, 0)).toEqual({ data: Float64Array.of(2.5, 3.5, 4.5), shape: [3] });
    expect(mean(nd, -1)).toEqual({ data: Float64Array.of(2, 5), shape: [2] });
    expect(mean(nd)).toBe(3.5);
    expect(Array.from(nd.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('mean(nd, axis) over a zero-length axis is NaN per output, like NumPy', () => {
    const out = mean(ndarray(new Float64Array(0), [0, 2]), 0);
    expect(out.shape).toEqual([2]);
    expect(Array.from(out.data)).toEqual([NaN, NaN]);
  });

  it('mean(nd, 2) on a 2-D array throws RangeError naming the axis', () => {
    expect(() => mean(ndarray(new Float64Array(4), [2, 2]), 2)).toThrow(/axis 2/);
  });

  it('meanLanes reduces a whole run to its mean', () => {
    expect(reduceAll([1, 2, 6], meanLanes)).toBe(3);
  });
});

describe('nanmean', () => {
  it.each(reductionCases('nanmean'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanmean(inputs[c.input]), c);
  });

  it('nanmean([NaN, 1, 3, NaN]) ignores NaN at both ends', () => {
    expect(nanmean([NaN, 1, 3, NaN])).toBe(2);
  });

  it('nanmean([]) and nanmean([NaN, NaN]) return NaN like NumPy', () => {
    expect(nanmean([])).toBeNaN();
    expect(nanmean([NaN, NaN])).toBeNaN();
  });

  it('nanmean keeps ±Infinity', () => {
    expect(nanmean([NaN, Infinity, 1])).toBe(Infinity);
  });

  it('nanmean does not mutate its input', () => {
    const x = [NaN, 2, 4];
    nanmean(x);
    expect(x).toEqual([NaN, 2, 4]);
  });
});
