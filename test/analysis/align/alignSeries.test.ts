import { describe, expect, it } from 'vitest';
import { alignSeries } from '../../../src/analysis/align/alignSeries';

const f = (values: number[]) => Float64Array.from(values);
const series = (name: string, values: number[], timeMs?: number[]) => ({
  name,
  unit: '',
  values: f(values),
  timeMs: timeMs && f(timeMs),
});

describe('alignSeries', () => {
  it('keeps series that share one time axis as they are', () => {
    const timeMs = f([0, 60, 120]);
    const a = { name: 'a', unit: '', values: f([1, 2, 3]), timeMs };
    const b = { name: 'b', unit: '', values: f([4, 5, 6]), timeMs };
    const aligned = alignSeries([a, b]);
    expect(aligned).toMatchObject({ rule: 'shared', timeMs });
    if ('reason' in aligned) throw new Error(aligned.reason);
    expect(aligned.values).toEqual([a.values, b.values]);
  });

  it('joins exactly on the timestamps all series have, never by position', () => {
    const a = series('a', [1, 2, 3, 4], [0, 60, 120, 180]);
    const b = series('b', [20, 30, 40], [60, 120, 180]);
    const aligned = alignSeries([a, b]);
    if ('reason' in aligned) throw new Error(aligned.reason);
    expect(aligned.rule).toBe('exact');
    expect(Array.from(aligned.timeMs!)).toEqual([60, 120, 180]);
    expect(aligned.values.map((v) => Array.from(v))).toEqual([
      [2, 3, 4],
      [20, 30, 40],
    ]);
    expect(aligned.note).toBe('3 timestamps all series share (exact join)');
  });

  it('resamples to the larger median step over the overlap when few timestamps are shared', () => {
    // a every 10 s from 0, b every 30 s from 5 s (offset: no shared timestamps).
    const a = series('a', [1, 2, 3, 4, 5, 6, 7], [0, 10, 20, 30, 40, 50, 60]);
    const b = series('b', [10, 20, 30], [5, 35, 65]);
    const aligned = alignSeries([a, b]);
    if ('reason' in aligned) throw new Error(aligned.reason);
    expect(aligned.rule).toBe('resampled');
    expect(aligned.stepMs).toBe(30);
    // Overlap 5..60: cells [5, 35) and [35, 65) hold a at 10, 20, 30 and at 40, 50, 60.
    expect(Array.from(aligned.timeMs!)).toEqual([5, 35]);
    expect(Array.from(aligned.values[0])).toEqual([3, 6]);
    expect(Array.from(aligned.values[1])).toEqual([10, 20]);
  });

  it('says why when time ranges do not overlap', () => {
    const a = series('a', [1, 2], [0, 10]);
    const b = series('b', [1, 2], [100, 110]);
    expect(alignSeries([a, b])).toEqual({ reason: 'the series do not overlap in time' });
  });

  it('pairs untimed series by index only when their lengths match', () => {
    expect(alignSeries([series('a', [1, 2]), series('b', [3, 4])])).toMatchObject({
      rule: 'index',
      timeMs: null,
    });
    expect(alignSeries([series('a', [1, 2]), series('b', [3, 4, 5])])).toHaveProperty('reason');
  });

  it('refuses to pair timed with untimed series', () => {
    expect(alignSeries([series('a', [1, 2], [0, 1]), series('b', [3, 4])])).toHaveProperty(
      'reason',
      'some series have timestamps and some do not, so they cannot be paired',
    );
  });
});
