import { describe, expect, it } from 'vitest';
import { withinRange } from '../../../src/analysis/views/withinRange';

const f = (values: number[]) => Float64Array.from(values);
const series = () => ({
  name: 'cpu',
  unit: '%',
  values: f([1, 2, 3, 4, 5]),
  timeMs: f([0, 10, 20, 30, 40]),
});

describe('withinRange', () => {
  it.each([
    [{ start: 10, end: 30 }, [2, 3, 4], [10, 20, 30]],
    [{ start: 5, end: 25 }, [2, 3], [10, 20]],
    [{ start: -100, end: 100 }, [1, 2, 3, 4, 5], [0, 10, 20, 30, 40]],
    [{ start: 11, end: 19 }, [], []],
    [{ start: 50, end: 60 }, [], []],
  ])(
    'withinRange(series, %o) keeps the samples at times inside it, both ends included',
    (range, values, times) => {
      const within = withinRange(series(), range);
      expect([...within.values]).toEqual(values);
      expect([...within.timeMs!]).toEqual(times);
      expect(within.name).toBe('cpu');
    },
  );

  it('withinRange(series without times, range) is the whole series', () => {
    const untimed = { name: 'x', unit: '', values: f([1, 2]) };
    expect(withinRange(untimed, { start: 0, end: 0 })).toBe(untimed);
  });

  it('withinRange(series, range) leaves the series as it was', () => {
    const s = series();
    withinRange(s, { start: 10, end: 20 });
    expect(s).toEqual(series());
  });
});
