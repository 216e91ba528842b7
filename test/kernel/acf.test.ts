import { describe, expect, it } from 'vitest';
import { acf } from '../../src/kernel/acf';

/** The definition, summed directly. */
function direct(x: number[], maxLag: number): number[] {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  const c = (k: number) => x.slice(k).reduce((s, v, i) => s + (v - m) * (x[i] - m), 0);
  return Array.from({ length: maxLag + 1 }, (_, k) => c(k) / c(0));
}

describe('acf', () => {
  it('acf([1, 2, 3, 4], 1) is [1, 0.25], as statsmodels', () => {
    const got = acf([1, 2, 3, 4], 1);
    expect(got[0]).toBe(1);
    expect(got[1]).toBeCloseTo(0.25, 14);
  });

  it('equals the direct sum at every lag (n = 37, not a power of two)', () => {
    const x = Array.from({ length: 37 }, (_, i) => Math.sin(i / 3) + ((i * 7919) % 13) / 13);
    const got = acf(x, 36);
    direct(x, 36).forEach((v, k) => expect(got[k]).toBeCloseTo(v, 12));
  });

  it('gives the same numbers before and after longer calls (kept buffer and past it)', () => {
    const x = Array.from({ length: 37 }, (_, i) => Math.cos(i / 5) + ((i * 104729) % 17) / 17);
    const first = Array.from(acf(x, 36));
    direct(x, 36).forEach((v, k) => expect(first[k]).toBeCloseTo(v, 12));
    for (const n of [40_000, 140_000]) {
      const long = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 9) + (i % 11));
      expect(acf(long, 3)[0]).toBe(1);
      expect(Array.from(acf(x, 36))).toEqual(first);
    }
  });

  it('peaks at the period of a sine', () => {
    const x = Array.from({ length: 480 }, (_, i) => Math.sin((2 * Math.PI * i) / 24));
    const r = acf(x, 30);
    expect(r[24]).toBeGreaterThan(0.9);
    expect(r[12]).toBeLessThan(-0.9);
  });

  it('a constant series gives NaN at every lag', () => {
    expect(Array.from(acf([2, 2, 2], 2))).toEqual([NaN, NaN, NaN]);
  });

  it('NaN values count as the mean', () => {
    const got = acf([1, NaN, 3], 1);
    // deviations -1, 0, 1: c0 = 2, c1 = 0
    expect(Array.from(got)).toEqual([1, 0]);
  });

  it.each([-1, 3, 0.5])('acf([1, 2, 3], %s) throws a RangeError naming maxLag', (lag) => {
    expect(() => acf([1, 2, 3], lag)).toThrow(/maxLag/);
  });
});
