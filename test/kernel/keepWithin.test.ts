import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepWithin } from '../../src/kernel/keepWithin';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('keepWithin', () => {
  it.each(elementwiseCases('keepWithin'))('%s matches x[(x >= lo) & (x <= hi)]', (_, c) => {
    expectNumpyOutcome(() => keepWithin(inputs[c.input], c.lo!, c.hi!), c);
  });

  it('keepWithin([5, NaN, 1, 9], 1, 5) is [5, 1]: NaN and values outside are dropped', () => {
    expect(Array.from(keepWithin([5, NaN, 1, 9], 1, 5))).toEqual([5, 1]);
  });

  it('keepWithin with a NaN bound keeps nothing; empty in, empty out', () => {
    expect(keepWithin([1, 2], NaN, 5)).toHaveLength(0);
    expect(keepWithin([], 0, 1)).toHaveLength(0);
  });

  it('keepWithin(x, lo, hi, out) writes to the start of out and returns that view', () => {
    const out = new Float64Array(5).fill(-1);
    const kept = keepWithin([3, 8, 4, 0, 4], 3, 4, out);
    expect(kept.buffer).toBe(out.buffer);
    expect(Array.from(kept)).toEqual([3, 4, 4]);
    expect(() => keepWithin([1, 2, 3], 0, 1, new Float64Array(2))).toThrow(/at least 3/);
  });

  it('keeps what Array.prototype.filter keeps, with or without out', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), fc.double(), fc.double(), (x, lo, hi) => {
        const expected = x.filter((v) => v >= lo && v <= hi);
        expect(Array.from(keepWithin(x, lo, hi))).toEqual(expected);
        expect(Array.from(keepWithin(x, lo, hi, new Float64Array(x.length)))).toEqual(expected);
      }),
    );
  });
});
