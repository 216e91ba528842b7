import { describe, expect, it } from 'vitest';
import { extremumLanes, nanExtremum } from '../../src/kernel/extremum';
import { reduceAll } from '../../src/kernel/reduceAxis';

describe('extremumLanes', () => {
  it("extremumLanes('min') and ('max') pick the smallest and largest of a run", () => {
    expect(reduceAll([2, -3, 7, 0], extremumLanes('min'))).toBe(-3);
    expect(reduceAll([2, -3, 7, 0], extremumLanes('max'))).toBe(7);
  });

  it('extremumLanes keeps a NaN once seen, whatever follows', () => {
    expect(reduceAll([1, NaN, -5], extremumLanes('min'))).toBeNaN();
    expect(reduceAll([1, NaN, 5], extremumLanes('max'))).toBeNaN();
  });

  it('extremumLanes reduces interleaved lanes independently', () => {
    const out = new Float64Array(2);
    // Lanes [4, 1, 9] and [2, 8, 3] stored interleaved: 4, 2, 1, 8, 9, 3.
    extremumLanes('max')(2, 3)(Float64Array.of(4, 2, 1, 8, 9, 3), 0, 2, 1, 2, out, 0);
    expect(Array.from(out)).toEqual([9, 8]);
  });

  it('extremumLanes throws RangeError for zero-length lanes, before any lane is read', () => {
    expect(() => extremumLanes('min')(4, 0)).toThrow(/min\(x\): x is empty/);
  });
});

describe('nanExtremum', () => {
  it('nanExtremum applies pick to the non-NaN values only', () => {
    const seen: number[][] = [];
    const pick = (x: ArrayLike<number>) => {
      seen.push(Array.from(x));
      return 0;
    };
    nanExtremum([NaN, 1, NaN, 2], 'min', pick);
    expect(seen).toEqual([[1, 2]]);
  });

  it('nanExtremum is NaN when every value is NaN and throws for empty input', () => {
    expect(nanExtremum([NaN], 'max', () => 0)).toBeNaN();
    expect(() => nanExtremum([], 'max', () => 0)).toThrow(/nanmax\(x\): x is empty/);
  });
});
