import { describe, expect, it } from 'vitest';
import { truthy } from '../../src/kernel/truthy';

describe('truthy', () => {
  it.each([
    [1, true],
    [-2.5, true],
    [NaN, true],
    [Infinity, true],
    [-Infinity, true],
    [0, false],
    [-0, false],
    [true, true],
    [false, false],
  ])('truthy(%s) is %s, like bool(np.float64(v))', (v, want) => {
    expect(truthy(v)).toBe(want);
  });
});
