import { describe, expect, it } from 'vitest';
import { checkCausal } from '../../../src/analysis/detectors/checkCausal';
import { seasonalDetector } from '../../../src/analysis/detectors/seasonalDetector';
import { DAY, DIP, LEVEL_SHIFT, SPIKE, falseAlarms, flagged, synthetic, timeMs } from './synthetic';

describe('seasonalDetector', () => {
  const x = synthetic({ seasonal: true });
  const causal = seasonalDetector(x, { timeMs });

  it('finds the daily season causally and flags the spike and the dip on top of it', () => {
    expect(causal.period).toBe(DAY);
    const at = flagged(causal);
    expect(at).toEqual(expect.arrayContaining([SPIKE, DIP]));
    expect(causal.deviation[SPIKE]).toBeGreaterThan(5);
    expect(causal.deviation[DIP]).toBeLessThan(-5);
    expect(falseAlarms(at, DAY).length).toBeLessThanOrEqual(2);
  });

  it('expects the sine: the expected value follows the season within a few σ of noise', () => {
    for (const i of [1500, 1572, 1644])
      expect(
        Math.abs(causal.expected[i] - (50 + 10 * Math.sin((2 * Math.PI * i) / DAY))),
      ).toBeLessThan(2);
  });

  it('reports the level shift where it starts', () => {
    expect(causal.shifts.map((s) => s.index)).toEqual([LEVEL_SHIFT]);
    expect(causal.shifts[0].after - causal.shifts[0].before).toBeGreaterThan(10);
  });

  it('offline: a centred decomposition that finds the season and the anomalies, and looks ahead', () => {
    const offline = seasonalDetector(x, { timeMs, causal: false });
    expect(offline.causal).toBe(false);
    expect(offline.period).toBe(DAY);
    expect(flagged(offline)).toEqual(expect.arrayContaining([SPIKE, DIP]));
    const peek = checkCausal(
      (v) => seasonalDetector(v, { causal: false, period: DAY }).score,
      x,
      6,
    );
    expect(peek.causal).toBe(false);
  });

  it('without a season falls back to the robust level', () => {
    const plain = seasonalDetector(synthetic(), { timeMs });
    expect(plain.period).toBeNull();
    expect(flagged(plain)).toEqual(expect.arrayContaining([SPIKE, DIP, LEVEL_SHIFT]));
  });
});
