import { describe, expect, it } from 'vitest';
import {
  adaptiveDetector,
  surpriseOfScore,
} from '../../../src/analysis/detectors/adaptiveDetector';
import { DIP, LEVEL_SHIFT, SPIKE, falseAlarms, flagged, synthetic } from './synthetic';

describe('adaptiveDetector', () => {
  const x = synthetic();
  const result = adaptiveDetector(x);

  it('flags the spike, the dip and the start of the level shift, and the shift only once', () => {
    const at = flagged(result);
    expect(at).toEqual(expect.arrayContaining([SPIKE, DIP, LEVEL_SHIFT]));
    // The shift is reported where it starts; its continuation is suppressed.
    expect(at.filter((i) => i > LEVEL_SHIFT && i < LEVEL_SHIFT + 60)).toEqual([]);
    // Gaussian noise beyond ~1.2x its own 99.5th percentile: a handful in 4,000 points.
    expect(falseAlarms(at, 60).length).toBeLessThanOrEqual(6);
    expect(result.shifts.map((s) => s.index)).toEqual([LEVEL_SHIFT]);
  });

  it('scores the injected anomalies above every ordinary point', () => {
    const ordinary = Array.from(result.score).filter(
      (s, i) => i !== SPIKE && i !== DIP && i !== LEVEL_SHIFT && !Number.isNaN(s),
    );
    const top = Math.max(...ordinary);
    for (const i of [SPIKE, DIP, LEVEL_SHIFT]) expect(result.score[i]).toBeGreaterThan(top);
  });

  it('reads a score as a multiple of the past 99.5th percentile of |deviation|', () => {
    expect(surpriseOfScore(0.5)).toBeCloseTo(1, 12);
    expect(surpriseOfScore(0.75)).toBeCloseTo(3, 12);
  });
});
