import { describe, expect, it } from 'vitest';
import { sortByTime } from '../../../src/io/metrics/sortByTime';

describe('sortByTime', () => {
  it('leaves sorted columns as they are and counts repeated timestamps', () => {
    const time = Float64Array.of(1, 2, 2, 3);
    const column = Float64Array.of(10, 20, 21, 30);
    expect(sortByTime(time, [column])).toEqual({
      timeMs: time,
      columns: [column],
      resorted: false,
      duplicates: 1,
    });
  });

  it('sorts every column together, stably, so equal timestamps keep file order', () => {
    const sorted = sortByTime(Float64Array.of(3, 1, 2, 1), [
      Float64Array.of(30, 10, 20, 11),
      Float64Array.of(NaN, 1, 2, 3),
    ]);
    expect(sorted.resorted).toBe(true);
    expect(sorted.duplicates).toBe(1);
    expect([...sorted.timeMs]).toEqual([1, 1, 2, 3]);
    expect([...sorted.columns[0]]).toEqual([10, 11, 20, 30]);
    expect([...sorted.columns[1]]).toEqual([1, 3, 2, NaN]);
  });

  it('does not modify its inputs', () => {
    const time = Float64Array.of(2, 1);
    const column = Float64Array.of(20, 10);
    sortByTime(time, [column]);
    expect([...time, ...column]).toEqual([2, 1, 20, 10]);
  });

  it('handles no samples', () => {
    expect(sortByTime(new Float64Array(0), [])).toMatchObject({ resorted: false, duplicates: 0 });
  });
});
