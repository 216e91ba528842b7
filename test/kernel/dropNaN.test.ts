import { describe, expect, it } from 'vitest';
import { dropNaN } from '../../src/kernel/dropNaN';

describe('dropNaN', () => {
  it('dropNaN([NaN, 1, NaN, 3, NaN]) keeps 1 and 3 in order', () => {
    expect(Array.from(dropNaN([NaN, 1, NaN, 3, NaN]))).toEqual([1, 3]);
  });

  it('dropNaN keeps ±Infinity and -0', () => {
    expect(Array.from(dropNaN([-Infinity, -0, Infinity]))).toEqual([-Infinity, -0, Infinity]);
  });

  it('dropNaN of empty or all-NaN input is an empty Float64Array', () => {
    expect(dropNaN([])).toEqual(new Float64Array(0));
    expect(dropNaN([NaN, NaN])).toEqual(new Float64Array(0));
  });

  it('dropNaN returns a fresh array and leaves its input alone', () => {
    const x = Float64Array.of(1, 2);
    const out = dropNaN(x);
    out[0] = 99;
    expect(Array.from(x)).toEqual([1, 2]);
  });
});
