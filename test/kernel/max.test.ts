import { describe, expect, it } from 'vitest';
import { max, nanmax } from '../../src/kernel/max';
import { ndarray } from '../../src/kernel/ndarray';
import {
  expectNumpyOutcome,
  inputs,
  itMatchesNumpy,
  reductionCases,
} from '../helpers/kernelFixtures';

describe('max', () => {
  itMatchesNumpy('max', max);

  it('max([3, -1, 2]) is 3', () => {
    expect(max([3, -1, 2])).toBe(3);
  });

  it('max(seed CPU) is exactly NumPy’s 94.2', () => {
    expect(max(inputs.seed_cpu)).toBe(94.2);
  });

  it('max([]) throws RangeError naming x, where NumPy raises', () => {
    expect(() => max([])).toThrow(RangeError);
    expect(() => max([])).toThrow(/x is empty/);
  });

  it('max([42.5]) is 42.5', () => {
    expect(max([42.5])).toBe(42.5);
  });

  it('max propagates NaN at either end, like NumPy', () => {
    expect(max([NaN, 1, 2])).toBeNaN();
    expect(max([1, 2, NaN])).toBeNaN();
    expect(max([NaN])).toBeNaN();
  });

  it('max handles ±Infinity and ±MAX_VALUE', () => {
    expect(max([1, Infinity, -Infinity])).toBe(Infinity);
    expect(max([Number.MAX_VALUE, 0])).toBe(Number.MAX_VALUE);
  });

  it('max does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(3, -1, 2);
    expect(max(x)).toBe(3);
    expect(Array.from(x)).toEqual([3, -1, 2]);
  });

  it('max(nd, axis) returns a fresh NDArray with the axis removed, and max(nd) a number', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    expect(max(nd, 0)).toEqual({ data: Float64Array.of(4, 5, 6), shape: [3] });
    expect(max(nd, -1)).toEqual({ data: Float64Array.of(3, 6), shape: [2] });
    expect(max(nd)).toBe(6);
    expect(Array.from(nd.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('max(nd, axis) throws RangeError for a zero-length axis even when the result is empty, like NumPy', () => {
    expect(() => max(ndarray(new Float64Array(0), [0, 0]), 1)).toThrow(RangeError);
    expect(max(ndarray(new Float64Array(0), [0, 3]), 1)).toEqual({
      data: new Float64Array(0),
      shape: [0],
    });
  });

  it('max(nd, 2) on a 2-D array throws RangeError naming the axis', () => {
    expect(() => max(ndarray(new Float64Array(4), [2, 2]), 2)).toThrow(/axis 2/);
  });
});

describe('nanmax', () => {
  it.each(reductionCases('nanmax'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanmax(inputs[c.input]), c);
  });

  it('nanmax([NaN, 3, -1, 2, NaN]) ignores NaN at both ends', () => {
    expect(nanmax([NaN, 3, -1, 2, NaN])).toBe(3);
  });

  it('nanmax of all-NaN returns NaN like NumPy', () => {
    expect(nanmax([NaN, NaN])).toBeNaN();
  });

  it('nanmax([]) throws RangeError, where NumPy raises', () => {
    expect(() => nanmax([])).toThrow(RangeError);
  });

  it('nanmax keeps ±Infinity', () => {
    expect(nanmax([NaN, Infinity, 0])).toBe(Infinity);
  });

  it('nanmax does not mutate its input', () => {
    const x = [NaN, 2, 4];
    nanmax(x);
    expect(x).toEqual([NaN, 2, 4]);
  });
});
