import { describe, expect, it } from 'vitest';
import { slidingMoments, windowCount } from '../../src/kernel/slidingMoments';

/** Every window's (j, mean, deviations) that slidingMoments writes, in window order. */
function visits(x: ArrayLike<number>, w: number): [number, number, number][] {
  const means = new Float64Array(x.length - w + 1);
  const deviations = new Float64Array(x.length - w + 1);
  slidingMoments(x, w, means, deviations);
  return Array.from(means, (mean, j) => [j, mean, deviations[j]]);
}

/** A view of x that counts how many times its elements are read. */
function countingReads(x: Float64Array): { view: ArrayLike<number>; reads: () => number } {
  let reads = 0;
  const view = new Proxy(x, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key);
    },
  });
  return { view, reads: () => reads };
}

describe('windowCount', () => {
  it('windowCount(5, 3) is 3 and windowCount(5, 5) is 1 (sliding_window_view rows)', () => {
    expect(windowCount(5, 3)).toBe(3);
    expect(windowCount(5, 5)).toBe(1);
    expect(windowCount(1, 1)).toBe(1);
  });

  it.each([0, -1, 6, 2.5, NaN, Infinity])(
    'windowCount(5, %s) throws a RangeError naming w',
    (w) => {
      expect(() => windowCount(5, w)).toThrow(RangeError);
      expect(() => windowCount(5, w)).toThrow(/\bw\b/);
    },
  );

  it('windowCount(0, 1) throws: an empty series has no windows', () => {
    expect(() => windowCount(0, 1)).toThrow(RangeError);
  });
});

describe('slidingMoments', () => {
  it('slidingMoments([1, 2, 4], 2) writes means [1.5, 3] and deviations [0.5, 2]', () => {
    expect(visits([1, 2, 4], 2)).toEqual([
      [0, 1.5, 0.5],
      [1, 3, 2],
    ]);
  });

  it('slidingMoments(x, w) throws before writing when w is out of range', () => {
    const means = Float64Array.of(7, 7);
    expect(() => slidingMoments([1, 2], 3, means, null)).toThrow(RangeError);
    expect(Array.from(means)).toEqual([7, 7]);
  });

  it('slidingMoments writes only the outputs asked for, the same values either way', () => {
    const x = [1e9 + 0.1, 1e9 + 0.7, NaN, 1e9 + 0.3, 0.3, 0.2, 0.1, 0.2];
    const [means, deviations] = [new Float64Array(6), new Float64Array(6)];
    slidingMoments(x, 3, means, deviations);
    const [meansOnly, deviationsOnly] = [new Float64Array(6), new Float64Array(6)];
    slidingMoments(x, 3, meansOnly, null);
    slidingMoments(x, 3, null, deviationsOnly);
    expect(meansOnly).toEqual(means);
    expect(deviationsOnly).toEqual(deviations);
  });

  it('slidingMoments re-anchors after a drop from 1e9: the window [0.1, 0.2] is exact', () => {
    const x = [1e9 + 0.1, 1e9 + 0.7, 1e9 + 0.3, 0.3, 0.2, 0.1, 0.2];
    const [j, mean, deviations] = visits(x, 2).at(-1)!;
    expect([j, mean]).toEqual([5, 0.15000000000000002]);
    expect(deviations).toBeCloseTo(0.005, 15);
  });

  it('slidingMoments gives exactly 0 deviations once a window is constant, after any history', () => {
    const x = [1e9 + 0.37, 3.3, -7e5, 0.1, 0.1, 0.1, 0.1];
    const [, mean, deviations] = visits(x, 4).at(-1)!;
    expect(mean).toBe(0.1);
    expect(deviations).toBe(0);
  });

  it('slidingMoments keeps NaN and ±Infinity out of the sums: the window after them is exact', () => {
    expect(visits([NaN, Infinity, -Infinity, 1, 2], 2)).toEqual([
      [0, NaN, NaN],
      [1, NaN, NaN],
      [2, -Infinity, NaN],
      [3, 1.5, 0.5],
    ]);
  });

  it.each([2, 10, 1000, 1999])(
    'slidingMoments(1e9 + noise, w=%i) reads each element a bounded number of times (O(n))',
    (w) => {
      const n = 2000;
      const x = Float64Array.from({ length: n }, (_, i) => 1e9 + Math.sin(i * 12.9898) * 3);
      const { view, reads } = countingReads(x);
      slidingMoments(view, w, new Float64Array(n - w + 1), null);
      expect(reads()).toBeLessThanOrEqual(6 * n);
    },
  );

  it('slidingMoments on level shifts every 50 samples still reads each element O(1) times', () => {
    const n = 4000;
    const x = Float64Array.from({ length: n }, (_, i) => 10 ** (i % 100 < 50 ? 9 : 0) + (i % 7));
    const { view, reads } = countingReads(x);
    slidingMoments(view, 50, new Float64Array(n - 49), null);
    expect(reads()).toBeLessThanOrEqual(12 * n);
  });
});
