import { describe, expect, it } from 'vitest';
import { view } from '../../src/kernel/view';

describe('view', () => {
  it('view(Float64Array [1, 2, 3], 1, 3) is [2, 3] over the same memory', () => {
    const x = Float64Array.of(1, 2, 3);
    const v = view(x, 1, 3);
    expect(Array.from(v)).toEqual([2, 3]);
    x[2] = 7;
    expect(v[1]).toBe(7);
  });

  it('copies a plain array, which it leaves alone', () => {
    const x = [1, 2, 3];
    const v = view(x, 0, 2);
    expect(v).toEqual([1, 2]);
    x[0] = 9;
    expect(v[0]).toBe(1);
  });

  it.each([
    [0, 0, []],
    [2, 9, [3]],
    [-2, 3, [2, 3]],
  ])('clamps bounds as slice: view(x, %i, %i) is %j', (from, to, want) => {
    expect(Array.from(view(Float64Array.of(1, 2, 3), from, to))).toEqual(want);
    expect(Array.from(view([1, 2, 3], from, to))).toEqual(want);
  });
});
