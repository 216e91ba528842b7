import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convolve, type ConvolveMode } from '../../src/kernel/convolve';
import { expectNumpyClose } from '../helpers/fixtures';
import { windows } from '../helpers/kernelWindows';

const cases = windows.convolve.map((c) => [`${c.name}, '${c.mode}'`, c] as const);

describe('convolve', () => {
  it.each(cases)('convolve(%s) matches np.convolve', (_, c) => {
    expectNumpyClose(convolve(c.a, c.v, c.mode), c.out);
  });

  it('convolve([1, 2, 3], [0, 1, 0.5]) is [0, 1, 2.5, 4, 1.5] (full by default)', () => {
    expect(Array.from(convolve([1, 2, 3], [0, 1, 0.5]))).toEqual([0, 1, 2.5, 4, 1.5]);
  });

  it.each<[ConvolveMode, number[]]>([
    ['full', [0, 1, 2.5, 4, 1.5]],
    ['same', [1, 2.5, 4]],
    ['valid', [2.5]],
  ])("convolve([1, 2, 3], [0, 1, 0.5], '%s') is %j", (mode, want) => {
    expect(Array.from(convolve([1, 2, 3], [0, 1, 0.5], mode))).toEqual(want);
  });

  it.each<[ConvolveMode, number]>([
    ['full', 7],
    ['same', 5],
    ['valid', 3],
  ])("convolve with v longer than a swaps them like NumPy: '%s' has %i values", (mode, length) => {
    const a = [1, 2, 3];
    const v = [1, 0, -1, 0, 1];
    expect(convolve(a, v, mode)).toHaveLength(length);
    expect(Array.from(convolve(a, v, mode))).toEqual(Array.from(convolve(v, a, mode)));
  });

  it('convolve([5], [2]) is [10] in every mode', () => {
    for (const mode of ['full', 'same', 'valid'] as const) {
      expect(Array.from(convolve([5], [2], mode))).toEqual([10]);
    }
  });

  it('convolve([], v) and convolve(a, []) throw a RangeError naming the empty argument', () => {
    expect(() => convolve([], [1])).toThrow(/\ba\b/);
    expect(() => convolve([1], [])).toThrow(/\bv\b/);
  });

  it('convolve(a, v, mode) throws a RangeError for an unknown mode', () => {
    expect(() => convolve([1], [1], 'middle' as ConvolveMode)).toThrow(RangeError);
  });

  it('convolve spreads a NaN to exactly the outputs whose sums touch it', () => {
    expectNumpyClose(convolve([1, NaN, 1, 1, 1], [1, 1], 'valid'), [NaN, NaN, 2, 2]);
  });

  it('convolve([1, Infinity], [0, 1]) is [0, NaN, Infinity]: Infinity·0 is NaN like NumPy', () => {
    expectNumpyClose(convolve([1, Infinity], [0, 1]), [0, NaN, Infinity]);
  });

  it('convolve of 1e9 offsets with [1/3, 1/3, 1/3] keeps the offset: valid mode of a constant', () => {
    const third = 1 / 3;
    const got = convolve(new Float64Array(10).fill(1e9 + 0.5), [third, third, third], 'valid');
    for (const v of got) expect(v).toBeCloseTo(1e9 + 0.5, 6);
  });

  it('convolve returns a fresh Float64Array, leaves its inputs alone and takes array-likes', () => {
    const a = Float64Array.of(1, 2, 3);
    const v = [1, -1];
    const got = convolve(a, { length: 2, 0: 1, 1: -1 });
    expect(got).toBeInstanceOf(Float64Array);
    expect(Array.from(got)).toEqual([1, 1, 1, -3]);
    expect(Array.from(convolve(a, v))).toEqual([1, 1, 1, -3]);
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(v).toEqual([1, -1]);
  });

  it('convolve(a, v) is commutative and sums to sum(a)·sum(v) (property, small integers)', () => {
    const ints = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(ints, ints, (a, v) => {
        const full = convolve(a, v);
        expect(full).toHaveLength(a.length + v.length - 1);
        expect(Array.from(full)).toEqual(Array.from(convolve(v, a)));
        const total = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);
        // === rather than toBe, which tells the product -1·0 = -0 from the summed +0.
        expect(total(full) === total(a) * total(v)).toBe(true);
      }),
    );
  });

  it.each<ConvolveMode>(['full', 'same', 'valid'])(
    "convolve(a, v, '%s') equals the one-output-at-a-time sum bit for bit (property)",
    (mode) => {
      /** The direct definition: output k adds long[k - j]·short[j] from the largest j down. */
      const direct = (a: number[], v: number[]) => {
        const [long, short] = v.length > a.length ? [v, a] : [a, v];
        const [n, m] = [long.length, short.length];
        const full = Array.from({ length: n + m - 1 }, (_, k) => {
          let acc = 0;
          for (let j = Math.min(k, m - 1); j >= Math.max(0, k - n + 1); j--)
            acc += long[k - j] * short[j];
          return acc;
        });
        if (mode === 'full') return full;
        if (mode === 'same') return full.slice((m - 1) >> 1, ((m - 1) >> 1) + n);
        return full.slice(m - 1, n);
      };
      const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
        minLength: 1,
        maxLength: 40,
      });
      fc.assert(
        fc.property(values, values, (a, v) => {
          const got = Array.from(convolve(a, v, mode));
          expect(got).toEqual(direct(a, v));
        }),
      );
    },
  );

  it('convolve(a, v, mode, out) writes the fixture result into out and returns it', () => {
    const c = windows.convolve[0];
    const out = new Float64Array(c.out.length).fill(-1);
    expect(convolve(c.a, c.v, c.mode, out)).toBe(out);
    expectNumpyClose(out, c.out);
  });

  it('convolve(a, v, mode, out) throws RangeError when out has another length', () => {
    expect(() => convolve([1, 2, 3], [1, 1], 'valid', new Float64Array(3))).toThrow(
      /out has length 3, the result needs 2/,
    );
  });
});
