import { describe, expect, it } from 'vitest';
import { levelShifts } from '../../../src/analysis/detectors/levelShifts';

describe('levelShifts', () => {
  const values = Float64Array.from({ length: 200 }, (_, i) => (i < 120 ? 100 : 40));
  // Deviations as a detector that catches up after 30 points would give.
  const deviation = Float64Array.from({ length: 200 }, (_, i) => (i >= 120 && i < 150 ? -8 : 0.1));

  it('reports a shift once, where it starts, with the medians on each side', () => {
    expect(levelShifts(values, deviation, { confirm: 12, threshold: 3 })).toEqual([
      { index: 120, before: 100, after: 40, kind: 'levelShift' },
    ]);
  });

  it('ignores a run shorter than `confirm` and runs of mixed sign', () => {
    const blip = Float64Array.from(deviation, (_, i) => (i >= 120 && i < 125 ? -8 : 0.1));
    expect(levelShifts(values, blip, { confirm: 12, threshold: 3 })).toEqual([]);
    const mixed = Float64Array.from(deviation, (_, i) =>
      i >= 120 && i < 150 ? (i % 2 ? 8 : -8) : 0.1,
    );
    expect(levelShifts(values, mixed, { confirm: 12, threshold: 3 })).toEqual([]);
  });

  it('finds a second shift once the first has settled', () => {
    const twice = Float64Array.from(deviation, (d, i) => (i >= 170 && i < 190 ? 9 : d));
    expect(levelShifts(values, twice, { confirm: 12, threshold: 3 }).map((s) => s.index)).toEqual([
      120, 170,
    ]);
  });
});
