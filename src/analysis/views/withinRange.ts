import { lowerBound } from '../../kernel';
import type { NamedSeries } from './NamedSeries';

/** A time range in epoch milliseconds, both ends included. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The samples of `series` whose times lie within `range`, both ends included, as views on its
 * arrays (nothing copied); its times must ascend. A series without a time axis is returned whole
 * (a time range says nothing about sample numbers); a range between two samples gives none.
 * @example withinRange({ name: 'a', unit: '', values: [1, 2, 3], timeMs: [0, 10, 20] }, { start: 5, end: 20 }).values // [2, 3]
 */
export function withinRange(series: NamedSeries, range: TimeRange): NamedSeries {
  const { timeMs, values } = series;
  if (!timeMs) return series;
  const from = lowerBound(timeMs, timeMs.length, range.start);
  let to = lowerBound(timeMs, timeMs.length, range.end);
  while (to < timeMs.length && timeMs[to] <= range.end) to++;
  return { ...series, values: values.subarray(from, to), timeMs: timeMs.subarray(from, to) };
}
