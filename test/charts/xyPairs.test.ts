import { describe, expect, it } from 'vitest';
import { xyPairs } from '../../src/charts/xyPairs';

describe('xyPairs', () => {
  it('xyPairs(x, y) zips typed arrays into plain [x, y] rows', () => {
    const rows = xyPairs(Float64Array.of(10, 20), Float64Array.of(1.5, -2));
    expect(rows).toEqual([
      [10, 1.5],
      [20, -2],
    ]);
    expect(Array.isArray(rows[0])).toBe(true);
  });

  it('xyPairs(x, y) turns NaN and ±Infinity y into null gaps', () => {
    expect(xyPairs([0, 1, 2], [NaN, Infinity, -Infinity])).toEqual([
      [0, null],
      [1, null],
      [2, null],
    ]);
  });

  it('xyPairs([], []) is []', () => {
    expect(xyPairs([], [])).toEqual([]);
  });
});
