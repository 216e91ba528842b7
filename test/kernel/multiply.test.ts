import { describe, expect, it } from 'vitest';
import { multiply } from '../../src/kernel';

describe('multiply', () => {
  it('multiply(x, scalar) scales every element, like x * s in NumPy', () => {
    expect(multiply([1, -2, 3.5], 2)).toEqual(Float64Array.from([2, -4, 7]));
  });

  it('multiply(x, y) multiplies element-wise', () => {
    expect(multiply([1, 2, 3], [4, 5, 6])).toEqual(Float64Array.from([4, 10, 18]));
  });

  it('multiply propagates NaN and gives NaN for 0 * Infinity', () => {
    const out = multiply([NaN, 0, Infinity], [1, Infinity, -1]);
    expect(out[0]).toBeNaN();
    expect(out[1]).toBeNaN();
    expect(out[2]).toBe(-Infinity);
  });

  it('multiply([], 3) is empty', () => {
    expect(multiply([], 3)).toEqual(new Float64Array(0));
  });

  it('multiply throws a RangeError for arrays of different lengths', () => {
    expect(() => multiply([1, 2], [1, 2, 3])).toThrow(RangeError);
  });

  it('multiply does not mutate its inputs', () => {
    const x = Float64Array.from([1, 2]);
    multiply(x, x);
    expect(x).toEqual(Float64Array.from([1, 2]));
  });

  it('multiply(x, y, out) writes into out and returns it; out may be x itself', () => {
    const out = new Float64Array(2);
    expect(multiply([1, 2], 3, out)).toBe(out);
    expect(out).toEqual(Float64Array.of(3, 6));
    const x = Float64Array.of(1, 2);
    expect(multiply(x, Float64Array.of(5, NaN), x)).toBe(x);
    expect(x).toEqual(Float64Array.of(5, NaN));
  });

  it('multiply(x, y, out) throws RangeError when out has another length', () => {
    expect(() => multiply([1, 2], 2, new Float64Array(1))).toThrow(/out has length 1/);
  });
});
