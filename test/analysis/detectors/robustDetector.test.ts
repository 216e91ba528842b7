import { describe, expect, it } from 'vitest';
import { robustDetector } from '../../../src/analysis/detectors/robustDetector';
import { DIP, LEVEL_SHIFT, SPIKE, falseAlarms, flagged, synthetic } from './synthetic';

describe('robustDetector', () => {
  const x = synthetic();
  const result = robustDetector(x);

  it('flags the spike above and the dip below, and no noise', () => {
    const at = flagged(result);
    expect(at).toEqual(expect.arrayContaining([SPIKE, DIP]));
    expect(result.deviation[SPIKE]).toBeGreaterThan(6);
    expect(result.deviation[DIP]).toBeLessThan(-6);
    // Until the median of the last 288 points reaches the new level, the shift keeps deviating.
    expect(falseAlarms(at, 288)).toEqual([]);
  });

  it('reports the level shift where it starts, with the levels on each side', () => {
    expect(result.shifts).toHaveLength(1);
    const [shift] = result.shifts;
    expect(shift.index).toBe(LEVEL_SHIFT);
    expect(shift.before).toBeCloseTo(50, 0);
    expect(shift.after).toBeCloseTo(65, 0);
  });

  it('is not pulled by a lone outlier: the expected value after the spike stays at the median', () => {
    expect(Math.abs(result.expected[SPIKE + 1] - result.expected[SPIKE])).toBeLessThan(0.1);
  });

  it('has no verdict for the first window points', () => {
    expect(Number.isNaN(result.score[287])).toBe(true);
    expect(result.score[288]).toBeGreaterThanOrEqual(0);
  });

  it('keeps a finite scale on a flat stretch', () => {
    const flat = Float64Array.from({ length: 400 }, (_, i) => (i < 300 ? 5 : 5 + (i % 2)));
    const r = robustDetector(flat, { window: 100 });
    expect(r.scale.slice(100).every((s) => s > 0 && Number.isFinite(s))).toBe(true);
  });
});
