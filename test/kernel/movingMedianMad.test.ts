import { describe, expect, it } from 'vitest';
import { movingMedianMad } from '../../src/kernel/movingMedianMad';
import { median } from '../../src/kernel/percentile';
import { random } from '../../src/io/random';

/** The definition: np.nanmedian and the MAD of each window, computed by sorting. */
function naive(x: ArrayLike<number>, w: number) {
  const med: number[] = [];
  const mad: number[] = [];
  for (let k = 0; k + w <= x.length; k++) {
    const win = Array.from(x)
      .slice(k, k + w)
      .filter((v) => !Number.isNaN(v));
    if (win.length === 0) {
      med.push(NaN);
      mad.push(NaN);
      continue;
    }
    const m = median(win);
    med.push(m);
    mad.push(median(win.map((v) => Math.abs(v - m))));
  }
  return { med, mad };
}

describe('movingMedianMad', () => {
  it('movingMedianMad([1, 2, 4, 8, 16], 3) is medians [2, 4, 8] and MADs [1, 2, 4]', () => {
    const { median: m, mad } = movingMedianMad([1, 2, 4, 8, 16], 3);
    expect(Array.from(m)).toEqual([2, 4, 8]);
    expect(Array.from(mad)).toEqual([1, 2, 4]);
  });

  it('even windows average the middle two, as np.median', () => {
    const { median: m, mad } = movingMedianMad([1, 2, 3, 10], 4);
    expect(Array.from(m)).toEqual([2.5]);
    // |x - 2.5| = 1.5, 0.5, 0.5, 7.5 -> median 1
    expect(Array.from(mad)).toEqual([1]);
  });

  it.each([
    [3, 1],
    [17, 2],
    [60, 3],
    [61, 4],
  ])('equals sorting every window (w = %i, seed %i), ties and NaN included', (w, seed) => {
    const r = random(seed, 'movingMedianMad');
    const x = Float64Array.from({ length: 400 }, () => Math.round(r.normal(0, 3)) + 0);
    x[50] = NaN;
    x[51] = NaN;
    const got = movingMedianMad(x, w);
    const want = naive(x, w);
    expect(Array.from(got.median)).toEqual(want.med);
    expect(Array.from(got.mad)).toEqual(want.mad);
  });

  it('a window holding only NaN gives NaN; later windows are exact', () => {
    const { median: m, mad } = movingMedianMad([NaN, NaN, 5, 7], 2);
    expect(Array.from(m)).toEqual([NaN, 5, 6]);
    expect(Array.from(mad)).toEqual([NaN, 0, 1]);
  });

  it('keeps precision on large offsets', () => {
    const { median: m, mad } = movingMedianMad([1e15 + 1, 1e15 + 3, 1e15 + 2], 3);
    expect(m[0]).toBe(1e15 + 2);
    expect(mad[0]).toBe(1);
  });

  it('writes into out (views of a longer array included) the numbers it returns fresh', () => {
    const r = random(5, 'movingMedianMad-out');
    const x = Float64Array.from({ length: 300 }, () => Math.round(r.normal(0, 3)) + 0);
    const fresh = movingMedianMad(x, 60);
    const median = new Float64Array(250).fill(-1);
    const mad = new Float64Array(241);
    const got = movingMedianMad(x, 60, { median: median.subarray(9), mad: mad.subarray(0, 241) });
    expect(got.median.buffer).toBe(median.buffer);
    expect(Array.from(median.subarray(9))).toEqual(Array.from(fresh.median));
    expect(Array.from(median.subarray(0, 9))).toEqual(Array(9).fill(-1));
    expect(Array.from(mad)).toEqual(Array.from(fresh.mad));
  });

  it('throws a RangeError naming out when an out array does not hold n - w + 1 values', () => {
    const out = { median: new Float64Array(2), mad: new Float64Array(3) };
    expect(() => movingMedianMad([1, 2, 3, 4], 2, out)).toThrow(/\bout\b/);
  });

  it('does not mutate its input', () => {
    const x = Float64Array.of(3, 1, 2);
    movingMedianMad(x, 2);
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });

  it.each([0, 4, 1.5, NaN])('movingMedianMad([1, 2, 3], %s) throws a RangeError naming w', (w) => {
    expect(() => movingMedianMad([1, 2, 3], w)).toThrow(/\bw\b/);
  });
});
