import { describe, expect, it } from 'vitest';
import { causalPeriods } from '../../../src/analysis/detectors/causalPeriods';
import { DAY, STEP_MS, synthetic, timeMs } from './synthetic';

describe('causalPeriods', () => {
  const x = synthetic({ seasonal: true });

  it('finds the daily season once enough of it has been seen, and none before the first checkpoint', () => {
    const periods = causalPeriods(x, timeMs);
    expect(periods).toHaveLength(x.length);
    expect(periods[0]).toBe(0);
    expect(periods[x.length - 1]).toBe(DAY);
  });

  it('answers a second call on the same arrays with the first answer, and other arrays afresh', () => {
    const first = causalPeriods(x, timeMs);
    expect(causalPeriods(x, timeMs)).toBe(first);
    const copy = causalPeriods(x.slice(), timeMs);
    expect(copy).not.toBe(first);
    expect(copy).toEqual(first);
    // The same values on another time axis: the periods are detected again on it.
    const halfStep = Float64Array.from(timeMs, (_, i) => timeMs[0] + (i * STEP_MS) / 2);
    expect(causalPeriods(x, halfStep)).not.toBe(first);
  });

  it('gives an empty array for an empty series', () => {
    expect(causalPeriods(new Float64Array(0), undefined)).toHaveLength(0);
  });
});
