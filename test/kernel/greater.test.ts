import fc from 'fast-check';
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

  it('greater(x, t, out) writes the mask into out and returns it', () => {
    const out = new Uint8Array(3).fill(7);
    expect(greater(Float64Array.of(1, 3, NaN), 2, out)).toBe(out);
    expect(out).toEqual(Uint8Array.of(0, 1, 0));
  });

  it('greater(x, t, out) throws RangeError when out has another length', () => {
    expect(() => greater([1, 2], 0, new Uint8Array(3))).toThrow(RangeError);
  });

  it('agrees with v > threshold for every length (the unrolled loop and its tail)', () => {
    fc.assert(
      fc.property(fc.float64Array({ maxLength: 37 }), fc.double(), (x, threshold) => {
        const expected = Array.from(x, (v) => (v > threshold ? 1 : 0));
        expect(Array.from(greater(x, threshold))).toEqual(expected);
      }),
    );
  });
});
