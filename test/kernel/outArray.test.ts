import { describe, expect, it } from 'vitest';
import { outArray } from '../../src/kernel/outArray';

describe('outArray', () => {
  it('outArray(undefined, n, create) creates a fresh array of length n', () => {
    expect(outArray(undefined, 3, (n) => new Float64Array(n))).toEqual(new Float64Array(3));
  });

  it('outArray(out, n, create) returns out itself when its length is n', () => {
    const out = new Uint8Array(2);
    expect(outArray(out, 2, () => new Uint8Array(0))).toBe(out);
  });

  it('outArray throws RangeError naming out when its length is not n', () => {
    expect(() => outArray(new Float64Array(2), 3, (n) => new Float64Array(n))).toThrow(
      /out has length 2, the result needs 3/,
    );
  });
});
