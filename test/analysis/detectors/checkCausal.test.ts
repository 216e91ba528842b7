import { describe, expect, it } from 'vitest';
import { checkCausal } from '../../../src/analysis/detectors/checkCausal';
import { runDetector } from '../../../src/analysis/detectors/runDetector';
import { movingMean } from '../../../src/kernel';
import { synthetic, timeMs } from './synthetic';

describe('checkCausal', () => {
  const x = synthetic({ seasonal: true }).subarray(0, 1500);

  it.each(['zscore', 'robust', 'seasonal', 'adaptive'] as const)(
    '%s scores each point from the points up to it only',
    (name) => {
      const check = checkCausal(
        (v) => runDetector(name, v, { timeMs: timeMs.subarray(0, v.length) }).score,
        x,
        12,
      );
      expect(check).toMatchObject({ causal: true, firstMismatch: null });
    },
  );

  it('a detector that peeks ahead (a centred moving mean) fails', () => {
    const centred = (v: Float64Array) => {
      const m = movingMean(v, Math.min(11, v.length));
      return Float64Array.from(v, (_, i) =>
        Math.abs(v[i] - (m[Math.min(Math.max(i - 5, 0), m.length - 1)] ?? NaN)),
      );
    };
    const check = checkCausal(centred, x, 12);
    expect(check.causal).toBe(false);
    expect(check.firstMismatch).not.toBeNull();
  });

  it('a detector normalising by the whole series’ maximum fails', () => {
    const global = (v: Float64Array) => {
      const top = Math.max(...v);
      return v.map((y) => y / top);
    };
    expect(checkCausal(global, x).causal).toBe(false);
  });
});
