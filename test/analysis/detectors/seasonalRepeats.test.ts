import { describe, expect, it } from 'vitest';
import { dampSeasonalRepeats } from '../../../src/analysis/detectors/seasonalRepeats';

/** Deviations of 5 at 10 and 20 (one period apart), -5 at 30 and 12 at 40, else 0. */
const deviation = Float64Array.from({ length: 50 }, (_, i) =>
  i === 10 || i === 20 ? 5 : i === 30 ? -5 : i === 40 ? 12 : 0,
);
const score = new Float64Array(50).fill(0.8);
const periods = new Int32Array(50).fill(10);

describe('dampSeasonalRepeats', () => {
  it('halves a deviation one period after one at least half its size and of the same sign', () => {
    const got = dampSeasonalRepeats(score, deviation, periods);
    expect([got[10], got[20], got[30], got[40]]).toEqual([0.8, 0.4, 0.8, 0.8]);
  });

  it('keeps every score where no season is known (period 0)', () => {
    const got = dampSeasonalRepeats(score, deviation, new Int32Array(50));
    expect(Array.from(got)).toEqual(Array.from(score));
  });

  it('writes into out, which may be score itself, and leaves score alone otherwise', () => {
    const fresh = dampSeasonalRepeats(score, deviation, periods);
    expect(score[20]).toBe(0.8);
    const inPlace = Float64Array.from(score);
    expect(dampSeasonalRepeats(inPlace, deviation, periods, {}, inPlace)).toBe(inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(fresh));
    expect(() => dampSeasonalRepeats(score, deviation, periods, {}, new Float64Array(3))).toThrow(
      RangeError,
    );
  });
});
