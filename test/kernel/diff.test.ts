import { describe, expect, it } from 'vitest';
import { diff } from '../../src/kernel/diff';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('diff', () => {
  it.each(elementwiseCases('diff'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => diff(inputs[c.input], c.n), c);
  });

  it('diff([1, 4, 9, 16]) is [3, 5, 7], and [2, 2] with n = 2', () => {
    expect(Array.from(diff([1, 4, 9, 16]))).toEqual([3, 5, 7]);
    expect(Array.from(diff([1, 4, 9, 16], 2))).toEqual([2, 2]);
  });

  it('diff(x, 0) is a fresh copy of x', () => {
    const x = Float64Array.of(1, 2);
    const out = diff(x, 0);
    expect(out).not.toBe(x);
    expect(Array.from(out)).toEqual([1, 2]);
  });

  it('diff of empty, one element, or n >= length is empty, like NumPy', () => {
    expect(diff([])).toEqual(new Float64Array(0));
    expect(diff([5])).toEqual(new Float64Array(0));
    expect(diff([1, 2], 5)).toEqual(new Float64Array(0));
  });

  it('diff puts NaN in the differences next to a NaN at either end', () => {
    expect(Array.from(diff([NaN, 1, 2]))).toEqual([NaN, 1]);
    expect(Array.from(diff([1, 2, NaN]))).toEqual([1, NaN]);
  });

  it('diff handles ±Infinity and MAX_VALUE like NumPy', () => {
    expect(Array.from(diff([Infinity, Infinity, 1]))).toEqual([NaN, -Infinity]);
    expect(Array.from(diff([-Number.MAX_VALUE, Number.MAX_VALUE]))).toEqual([Infinity]);
  });

  it('diff(x, n) throws RangeError naming n for a negative or fractional n', () => {
    expect(() => diff([1, 2], -1)).toThrow(/n must be a non-negative integer/);
    expect(() => diff([1, 2], 1.5)).toThrow(RangeError);
  });

  it('diff does not mutate its input', () => {
    const x = [3, 1, 2];
    diff(x, 2);
    expect(x).toEqual([3, 1, 2]);
  });
});
