import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/kernel/percentile';
import { sortedPercentile, sortedWindow } from '../../src/kernel/sortedWindow';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('sortedPercentile', () => {
  it('sortedPercentile([1, 2, 3, 4], 25) is 1.75, as np.percentile', () => {
    expect(sortedPercentile(Float64Array.of(1, 2, 3, 4), 25)).toBe(1.75);
  });

  it.each([
    [0, 1],
    [50, 2.5],
    [100, 4],
    [99.9, 3.997],
  ])('sortedPercentile([1, 2, 3, 4], %s) is %s', (q, expected) => {
    expect(sortedPercentile(Float64Array.of(1, 2, 3, 4), q)).toBeCloseTo(expected, 14);
  });

  it('sortedPercentile([]) is NaN and sortedPercentile([42.5]) is 42.5 for every q', () => {
    expect(sortedPercentile(new Float64Array(0), 50)).toBeNaN();
    for (const q of [0, 37, 100]) expect(sortedPercentile(Float64Array.of(42.5), q)).toBe(42.5);
  });

  it('sortedPercentile with an infinite end gives NumPy 1.24 results, NaN included', () => {
    // np.percentile([1, inf], [0, 50, 100]) -> [nan, nan, nan]; [-inf, 1] -> [nan, -inf, 1.]
    const up = Float64Array.of(1, Infinity);
    expect([0, 50, 100].map((q) => sortedPercentile(up, q))).toEqual([NaN, NaN, NaN]);
    const down = Float64Array.of(-Infinity, 1);
    expect([0, 50, 100].map((q) => sortedPercentile(down, q))).toEqual([NaN, -Infinity, 1]);
  });

  it('sortedPercentile keeps huge magnitudes finite', () => {
    const x = Float64Array.of(-Number.MAX_VALUE, Number.MAX_VALUE);
    expect(sortedPercentile(x, 100)).toBe(Number.MAX_VALUE);
    expect(sortedPercentile(Float64Array.of(1e300, 3e300), 50)).toBe(2e300);
  });

  it.each([-1, 100.5, NaN])('sortedPercentile(x, %s) throws a RangeError naming q', (q) => {
    expect(() => sortedPercentile(Float64Array.of(1, 2), q)).toThrow(/q must lie/);
  });

  it('sortedPercentile(sorted x, q) equals percentile(x, q) exactly', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, q) => {
          const sorted = Float64Array.from(x).sort();
          expect(sortedPercentile(sorted, q)).toBe(percentile(x, q));
        },
      ),
    );
  });
});

describe('sortedWindow', () => {
  it('sortedWindow(5) holds inserted values in ascending order, duplicates included', () => {
    const w = sortedWindow(5);
    for (const v of [3, -1, 3, 10, 0]) w.insert(v);
    expect(w.size).toBe(5);
    expect(Array.from(w.values())).toEqual([-1, 0, 3, 3, 10]);
    expect(w.percentile(50)).toBe(3);
  });

  it('sortedWindow.remove(v) removes exactly one copy of v', () => {
    const w = sortedWindow(4);
    for (const v of [2, 2, 1, 5]) w.insert(v);
    w.remove(2);
    expect(Array.from(w.values())).toEqual([1, 2, 5]);
    w.remove(5);
    w.remove(1);
    expect(Array.from(w.values())).toEqual([2]);
  });

  it('sortedWindow ignores NaN on insert and remove, so percentiles follow np.nanpercentile', () => {
    const w = sortedWindow(2);
    w.insert(NaN);
    w.insert(4);
    w.insert(NaN);
    w.insert(2);
    w.remove(NaN);
    expect(w.size).toBe(2);
    expect(w.percentile(50)).toBe(3);
  });

  it('sortedWindow(3) of nothing reads NaN', () => {
    expect(sortedWindow(3).percentile(50)).toBeNaN();
    expect(sortedWindow(0).values()).toHaveLength(0);
  });

  it('sortedWindow.values() is a fresh copy', () => {
    const w = sortedWindow(2);
    w.insert(1);
    w.values()[0] = 99;
    expect(Array.from(w.values())).toEqual([1]);
  });

  it('sortedWindow throws a RangeError for a bad capacity, an overfull insert or a missing value', () => {
    expect(() => sortedWindow(-1)).toThrow(/capacity/);
    expect(() => sortedWindow(1.5)).toThrow(/capacity/);
    const w = sortedWindow(1);
    w.insert(1);
    expect(() => w.insert(2)).toThrow(/capacity/);
    expect(() => w.remove(7)).toThrow(RangeError);
  });

  it('sortedWindow after any inserts and removes holds the sorted multiset', () => {
    const op = fc.oneof(
      fc.record({ insert: fc.integer({ min: -5, max: 5 }) }),
      fc.record({ removeAt: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const w = sortedWindow(60);
        const held: number[] = [];
        for (const o of ops) {
          if ('insert' in o) {
            w.insert(o.insert);
            held.push(o.insert);
          } else if (held.length > 0) {
            const [v] = held.splice(o.removeAt % held.length, 1);
            w.remove(v);
          }
        }
        expect(Array.from(w.values())).toEqual(held.sort((a, b) => a - b));
      }),
    );
  });
});
