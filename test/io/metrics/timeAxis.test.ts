import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../src/io/metrics/timeAxis';

describe('timeAxis', () => {
  it('builds a grid whose step is the most common difference, filling gaps', () => {
    const axis = timeAxis([0, 60, 180, 240, 60], true);
    expect([...axis.timeMs]).toEqual([0, 60, 120, 180, 240]);
    expect(axis.grid).toEqual({ startMs: 0, stepMs: 60 });
    expect(axis.stepOf(180)).toBe(3);
  });

  it('takes the smaller step when two are equally common', () => {
    expect(timeAxis([0, 5, 15], true).grid).toEqual({ startMs: 0, stepMs: 5 });
  });

  it('puts an off-grid timestamp on the nearest step', () => {
    const axis = timeAxis([0, 60, 120, 180, 61], true);
    expect(axis.stepOf(61)).toBe(1);
    expect(axis.stepOf(95)).toBe(2);
  });

  it('falls back to the distinct timestamps when the grid would be over 4 times longer', () => {
    const axis = timeAxis([0, 1, 2, 1000], true);
    expect(axis.grid).toBeNull();
    expect([...axis.timeMs]).toEqual([0, 1, 2, 1000]);
    expect(axis.stepOf(1000)).toBe(3);
  });

  it('uses the distinct timestamps without onGrid, and for a single timestamp', () => {
    expect([...timeAxis([30, 0, 10, 10], false).timeMs]).toEqual([0, 10, 30]);
    expect(timeAxis([5, 5], true)).toMatchObject({ grid: null, timeMs: Float64Array.of(5) });
  });
});
