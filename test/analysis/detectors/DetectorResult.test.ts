import { describe, expect, it } from 'vitest';
import {
  bandOf,
  flaggedIndices,
  scoreOfSigma,
  sigmaOfScore,
} from '../../../src/analysis/detectors/DetectorResult';

describe('DetectorResult', () => {
  it.each([
    [0, 0],
    [3, 0.5],
    [-3, 0.5],
    [9, 0.75],
    [Infinity, 1],
  ])('scoreOfSigma(%s) is %s', (d, s) => {
    expect(scoreOfSigma(d)).toBe(s);
  });

  it('scoreOfSigma(NaN) is NaN, and sigmaOfScore inverts scoreOfSigma', () => {
    expect(scoreOfSigma(NaN)).toBeNaN();
    for (const d of [0.5, 2, 3.5, 40]) expect(sigmaOfScore(scoreOfSigma(d))).toBeCloseTo(d, 12);
    expect(sigmaOfScore(1)).toBe(Infinity);
  });

  it('bandOf draws expected ∓ threshold · scale', () => {
    const { lower, upper } = bandOf(Float64Array.of(10, 20), Float64Array.of(1, 2), 3);
    expect(Array.from(lower)).toEqual([7, 14]);
    expect(Array.from(upper)).toEqual([13, 26]);
  });

  it('bandOf writes into out= buffers when given, and returns them', () => {
    const out = { lower: new Float64Array(2), upper: new Float64Array(2) };
    const band = bandOf(Float64Array.of(10, NaN), Float64Array.of(1, 2), 3, out);
    expect(band.lower).toBe(out.lower);
    expect(Array.from(out.lower)).toEqual([7, NaN]);
    expect(Array.from(out.upper)).toEqual([13, NaN]);
  });

  it('flaggedIndices: past the learning period, score at or above its threshold and |deviation| at least threshold σ', () => {
    const result = {
      learning: 1,
      score: Float64Array.of(0.9, 0.9, 0.5, 0.9, NaN, 0.6, 0.7),
      deviation: Float64Array.of(5, -5, 5, 2, 5, 3, -3.5),
      scoreThreshold: 0.6,
      threshold: 3,
    };
    // 0: learning; 2: score under; 3: deviation under; 4: NaN score.
    expect(flaggedIndices(result)).toEqual([1, 5, 6]);
    expect(
      flaggedIndices({ ...result, score: new Float64Array(0), deviation: new Float64Array(0) }),
    ).toEqual([]);
  });

  it('bandOf throws a RangeError for out of another length than expected', () => {
    const out = { lower: new Float64Array(1), upper: new Float64Array(2) };
    expect(() => bandOf(Float64Array.of(1, 2), Float64Array.of(1, 1), 2, out)).toThrow(RangeError);
  });
});
