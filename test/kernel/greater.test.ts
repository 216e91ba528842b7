import { describe, expect, it } from 'vitest';
import { greater } from '../../src/kernel';

describe('greater', () => {
  it('greater(x, t) marks strictly greater elements with 1', () => {
    expect(greater([1, 2, 3, 2.5], 2)).toEqual(Uint8Array.of(0, 0, 1, 1));
  });

  it('greater(x, t) never marks NaN, and a NaN threshold marks nothing', () => {
    expect(greater([NaN, 5, Infinity], 1)).toEqual(Uint8Array.of(0, 1, 1));
    expect(greater([1, 2], NaN)).toEqual(Uint8Array.of(0, 0));
  });

  it('greater([], t) is an empty mask', () => {
    expect(greater([], 0)).toEqual(new Uint8Array(0));
  });
});
