import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickselect } from '../../src/kernel/quickselect';

describe('quickselect', () => {
  it('quickselect(a, 1) puts the second smallest at index 1', () => {
    const a = Float64Array.of(5, 1, 4, 2, 3);
    quickselect(a, 1);
    expect(a[1]).toBe(2);
  });

  it('quickselect partitions like np.partition and keeps the multiset (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.nat(),
        (values, pick) => {
          const a = Float64Array.from(values);
          const k = pick % a.length;
          const sorted = Float64Array.from(values).sort();
          quickselect(a, k);
          expect(a[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
          for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
          expect(Float64Array.from(a).sort()).toEqual(sorted);
        },
      ),
    );
  });

  it('quickselect(a, k, lo, hi) selects within a[lo..hi] and leaves the rest untouched', () => {
    const a = Float64Array.of(0, 1, 9, 7, 8, 6, 5, 10, 11);
    quickselect(a, 4, 2, 6);
    expect(a[4]).toBe(7);
    expect(Array.from(a.subarray(2, 4)).every((v) => v <= 7)).toBe(true);
    expect(Array.from(a.subarray(5, 7)).every((v) => v >= 7)).toBe(true);
    expect([a[0], a[1], a[7], a[8]]).toEqual([0, 1, 10, 11]);
  });

  it('quickselect handles ±Infinity and many equal values', () => {
    const a = Float64Array.of(Infinity, 2, 2, 2, -Infinity, 2, 2);
    quickselect(a, 6);
    expect(a[6]).toBe(Infinity);
    quickselect(a, 0);
    expect(a[0]).toBe(-Infinity);
    quickselect(a, 3);
    expect(a[3]).toBe(2);
  });

  it('quickselect(killer, n/2) falls back to sorting and stays fast where plain quickselect is quadratic', () => {
    // Without the fallback this input takes ~100x longer (seconds at n = 100000).
    const n = 100000;
    const a = medianOfThreeKiller(n);
    const t = performance.now();
    quickselect(a, n / 2);
    expect(a[n / 2]).toBe(n / 2);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

/**
 * The input McIlroy's "killer adversary" (Software—Practice and Experience, 1999) builds against
 * this median-of-three Hoare quickselect for k = n/2, in closed form (n a multiple of 4): each
 * round peels off only a couple of elements. It holds each of 0..n-1 once, so a[n/2] ends as n/2.
 */
function medianOfThreeKiller(n: number): Float64Array {
  const h = n / 2;
  return Float64Array.from({ length: n }, (_, i) => {
    if (i < 3) return [1, 2, h][i];
    if (i < h - 1) return i % 2 ? h + (i + 1) / 2 : i;
    if (i === h - 1) return 0;
    if (i < h + h / 2) return 3 + 2 * (i - h);
    return i;
  });
}
