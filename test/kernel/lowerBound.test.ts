import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/kernel/lowerBound';

describe('lowerBound', () => {
  const sorted = Float64Array.of(1, 3, 3, 7, 99);

  it.each([
    [0, 0],
    [1, 0],
    [3, 1],
    [4, 3],
    [7, 3],
    [8, 4],
  ])('lowerBound(sorted, 4, %d) is %d, as np.searchsorted(side="left")', (v, index) => {
    expect(lowerBound(sorted, 4, v)).toBe(index);
  });

  it('reads only the first `size` values; 0 for an empty prefix and for NaN', () => {
    expect(lowerBound(sorted, 4, 50)).toBe(4);
    expect(lowerBound(sorted, 0, 1)).toBe(0);
    // Unlike np.searchsorted, which sorts NaN last: the windows that call it hold no NaN.
    expect(lowerBound(sorted, 4, NaN)).toBe(0);
  });
});
