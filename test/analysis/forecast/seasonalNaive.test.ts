import { describe, expect, it } from 'vitest';
import { seasonalNaive } from '../../../src/analysis/forecast/seasonalNaive';

describe('seasonalNaive', () => {
  it('seasonalNaive([1, 2, 3, 4], 3, 2) repeats the last season: [3, 4, 3]', () => {
    expect(Array.from(seasonalNaive([1, 2, 3, 4], 3, 2).mean)).toEqual([3, 4, 3]);
  });

  it('widens its interval by sqrt(k) for the k-th season ahead', () => {
    const f = seasonalNaive([1, 2, 3, 5, 4, 6], 4, 2);
    const half = (h: number) => f.upper[h] - f.mean[h];
    expect(half(2) / half(0)).toBeCloseTo(Math.SQRT2, 12);
    expect(half(1)).toBe(half(0));
  });
});
