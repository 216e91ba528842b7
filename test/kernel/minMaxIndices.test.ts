import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minMaxIndices } from '../../src/kernel';

describe('minMaxIndices', () => {
  it('minMaxIndices(x, 1) keeps the positions of the minimum and maximum, ascending', () => {
    expect(minMaxIndices([5, 1, 9, 2, 8, 3], 1)).toEqual(Uint32Array.from([1, 2]));
  });

  it('keeps every index when the series fits in 2 * buckets points', () => {
    expect(minMaxIndices([3, 1, 2], 2)).toEqual(Uint32Array.from([0, 1, 2]));
  });

  it('returns an empty array for an empty series', () => {
    expect(minMaxIndices([], 4)).toEqual(new Uint32Array(0));
  });

  it('keeps one index for a flat bucket and the first index of an all-NaN bucket', () => {
    const x = [7, 7, 7, 7, NaN, NaN, NaN, NaN, 1, 2, 3, 4];
    expect(minMaxIndices(x, 3)).toEqual(Uint32Array.from([0, 4, 8, 11]));
  });

  it('skips NaN inside a bucket when looking for its extremes', () => {
    expect(minMaxIndices([NaN, 4, 1, NaN, 9, 2, 0, 5], 2)).toEqual(Uint32Array.from([1, 2, 4, 6]));
  });

  it.each([[0], [1.5], [-2]])('throws a RangeError for buckets = %s', (buckets) => {
    expect(() => minMaxIndices([1, 2, 3], buckets)).toThrow(RangeError);
  });

  it('keeps the global minimum and maximum of any series and at most 2 * buckets points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (values, buckets) => {
          const kept = minMaxIndices(values, buckets);
          expect(kept.length).toBeLessThanOrEqual(2 * buckets);
          const keptValues = Array.from(kept, (i) => values[i]);
          expect(Math.min(...keptValues)).toBe(Math.min(...values));
          expect(Math.max(...keptValues)).toBe(Math.max(...values));
          for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1]);
        },
      ),
    );
  });
});
