import { describe, expect, it } from 'vitest';
import { firstGapFreeRun } from '../../../src/analysis/forecast/firstGapFreeRun';

describe('firstGapFreeRun', () => {
  it.each([
    [[1, NaN, 2, 3, 4], 2, 2],
    [[1, NaN, 2, 3, 4], 3, 2],
    [[1, 2, NaN, 3], 2, 0],
    [[1, 2, 3], 3, 0],
    [[NaN, 1, NaN, 2], 2, -1],
    [[NaN, NaN], 1, -1],
    [[], 1, -1],
    [[1, 2], 3, -1],
  ])('firstGapFreeRun(%j, %i) is %i', (values, length, start) => {
    expect(firstGapFreeRun(values, length)).toBe(start);
  });

  it('firstGapFreeRun(values, n) counts ±Infinity as values, only NaN as a gap', () => {
    expect(firstGapFreeRun([NaN, Infinity, -Infinity], 2)).toBe(1);
  });
});
