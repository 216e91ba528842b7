import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../../src/analysis/detectAnomalies';
import { zscoreDetector } from '../../../src/analysis/detectors/zscoreDetector';
import { DIP, LEVEL_SHIFT, SPIKE, falseAlarms, flagged, synthetic } from './synthetic';

describe('zscoreDetector', () => {
  const x = synthetic();
  const result = zscoreDetector(x, { window: 30, threshold: 3.5 });

  it('flags the spike, the dip and the first point of the level shift, nothing else', () => {
    const at = flagged(result);
    expect(at).toEqual(expect.arrayContaining([SPIKE, DIP, LEVEL_SHIFT]));
    expect(falseAlarms(at, 30)).toEqual([]);
    expect(result.deviation[SPIKE]).toBeGreaterThan(3.5);
    expect(result.deviation[DIP]).toBeLessThan(-3.5);
  });

  it("flags exactly the seed's anomalies (detectAnomalies) at the same window and threshold", () => {
    const seed = detectAnomalies(x, { window: 30, threshold: 3.5 });
    expect(flagged(result)).toEqual(Array.from(seed.indices));
  });

  it('has no verdict before the first full window', () => {
    expect(Number.isNaN(result.score[28])).toBe(true);
    expect(Number.isNaN(result.score[29])).toBe(false);
  });

  it('draws the band at expected ∓ threshold · scale and is causal', () => {
    expect(result.upper[100] - result.expected[100]).toBeCloseTo(3.5 * result.scale[100], 12);
    expect(result.causal).toBe(true);
  });
});
