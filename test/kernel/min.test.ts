import { describe, expect, it } from 'vitest';
import { min, nanmin } from '../../src/kernel/min';
import { ndarray } from '../../src/kernel/ndarray';
import {
  expectNumpyOutcome,
  inputs,
  itMatchesNumpy,
  reductionCases,
} from '../helpers/kernelFixtures';

describe('min', () => {
  itMatchesNumpy('min', min);

  it('min([3, -1, 2]) is -1', () => {
    expect(min([3, -1, 2])).toBe(-1);
  });

  it('min(seed CPU) is exactly NumPy’s 37.9', () => {
    expect(min(inputs.seed_cpu)).toBe(37.9);
  });

  it('min([]) throws RangeError naming x, where NumPy raises', () => {
    expect(() => min([])).toThrow(RangeError);
    expect(() => min([])).toThrow(/x is empty/);
  });

  it('min([42.5]) is 42.5', () => {
    expect(min([42.5])).toBe(42.5);
  });

  it('min propagates NaN at either end, like NumPy', () => {
    expect(min([NaN, 1, 2])).toBeNaN();
    expect(min([1, 2, NaN])).toBeNaN();
    expect(min([NaN])).toBeNaN();
  });

  it('min handles ±Infinity and ±MAX_VALUE', () => {
    expect(min([1, -Infinity, Infinity])).toBe(-Infinity);
    expect(min([-Number.MAX_VALUE, 0])).toBe(-Number.MAX_VALUE);
  });

  it('min does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(3, -1, 2);
    expect(min(x)).toBe(-1);
    expect(Array.from(x)).toEqual([3, -1, 2]);
  });

  it('min(nd, axis) returns a fresh NDArray with the axis removed, and min(nd) a number', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    expect(min(nd, 0)).toEqual({ data: Float64Array.of(1, 2, 3), shape: [3] });
    expect(min(nd, -1)).toEqual({ data: Float64Array.of(1, 4), shape: [2] });
    expect(min(nd)).toBe(1);
    expect(Array.from(nd.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('min(nd, axis) throws RangeError for a zero-length axis even when the result is empty, like NumPy', () => {
    expect(() => min(ndarray(new Float64Array(0), [0, 0]), 1)).toThrow(RangeError);
    expect(min(ndarray(new Float64Array(0), [0, 3]), 1)).toEqual({
      data: new Float64Array(0),
      shape: [0],
    });
  });

  it('min(nd, 2) on a 2-D array throws RangeError naming the axis', () => {
    expect(() => min(ndarray(new Float64Array(4), [2, 2]), 2)).toThrow(/axis 2/);
  });
});

describe('nanmin', () => {
  it.each(reductionCases('nanmin'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanmin(inputs[c.input]), c);
  });

  it('nanmin([NaN, 3, -1, 2, NaN]) ignores NaN at both ends', () => {
    expect(nanmin([NaN, 3, -1, 2, NaN])).toBe(-1);
  });

  it('nanmin of all-NaN returns NaN like NumPy', () => {
    expect(nanmin([NaN, NaN])).toBeNaN();
  });

  it('nanmin([]) throws RangeError, where NumPy raises', () => {
    expect(() => nanmin([])).toThrow(RangeError);
  });

  it('nanmin keeps ±Infinity', () => {
    expect(nanmin([NaN, -Infinity, 0])).toBe(-Infinity);
  });

  it('nanmin does not mutate its input', () => {
    const x = [NaN, 2, 4];
    nanmin(x);
    expect(x).toEqual([NaN, 2, 4]);
  });
});
