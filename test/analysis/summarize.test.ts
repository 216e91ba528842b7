import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summarize';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

describe('summarize', () => {
  it.each([
    ['seed_80', core.summarize.seed_80],
    ['seed_70', core.summarize.seed_70],
  ])('summarize(seed cpu, highLoad) matches NumPy (%s)', (_, want) => {
    const got = summarize(core.seed_cpu, { highLoad: want.high_load });
    expectNumpyClose(got.mean, want.mean);
    expectNumpyClose(got.peak, want.peak);
    expectNumpyClose(got.min, want.min);
    expectNumpyClose(got.std, want.std);
    expect(got.count).toBe(want.count);
    expect(got.missing).toBe(0);
    expect(got.highLoad).toBe(want.high_load);
    expect(Array.from(got.highLoadIndices)).toEqual(want.high_load_indices);
    expect(got.highLoadPeriods).toEqual(want.high_load_periods);
  });

  it('summarize(seed cpu) defaults to the 80 % line: minutes 8-14 and 44-55', () => {
    expect(summarize(core.seed_cpu).highLoadPeriods).toEqual([
      { start: 8, end: 14, length: 7 },
      { start: 44, end: 55, length: 12 },
    ]);
  });

  it('summarize(series with NaN) skips the missing samples and counts them (np.nan*)', () => {
    const want = core.summarize.with_nan;
    const got = summarize(want.series);
    expectNumpyClose(got.mean, want.mean);
    expectNumpyClose(got.peak, want.peak);
    expectNumpyClose(got.min, want.min);
    expectNumpyClose(got.std, want.std);
    expect(got.missing).toBe(want.missing);
    expect(got.count).toBe(60);
    expect(Array.from(got.highLoadIndices)).toEqual(want.high_load_indices);
  });

  it('summarize(x) splits a NaN inside a high-load run into two periods', () => {
    const got = summarize([70, 85, 90, 60, 81, NaN, 82]);
    expect(got.highLoadPeriods).toEqual([
      { start: 1, end: 2, length: 2 },
      { start: 4, end: 4, length: 1 },
      { start: 6, end: 6, length: 1 },
    ]);
  });

  it('summarize(all NaN) gives NaN statistics, every sample missing, no periods', () => {
    const got = summarize([NaN, NaN]);
    expect(got.mean).toBeNaN();
    expect(got.peak).toBeNaN();
    expect(got.std).toBeNaN();
    expect(got.missing).toBe(2);
    expect(got.highLoadPeriods).toEqual([]);
  });

  it('summarize([]) throws a RangeError naming series', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => summarize([])).toThrow(/series/);
  });

  it('summarize(x) leaves x untouched', () => {
    const x = Float64Array.of(90, NaN, 10);
    summarize(x);
    expect(x).toEqual(Float64Array.of(90, NaN, 10));
  });
});
