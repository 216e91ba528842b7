import { argsort, take } from '../../kernel';

/** Columns in time order, whether they had to be sorted, and how many timestamps repeat. */
export interface SortedByTime {
  timeMs: Float64Array;
  columns: Float64Array[];
  resorted: boolean;
  /** Samples whose timestamp equals the one before (kept, in their original order). */
  duplicates: number;
}

/**
 * `timeMs` and the `columns` that go with it in ascending time: left as they are when already in
 * order, else permuted together by a stable sort (np.argsort(kind='stable')), so samples with
 * equal timestamps keep their file order. Inputs are never modified.
 * @example sortByTime(Float64Array.of(2, 1, 1), [Float64Array.of(20, 10, 11)]).columns[0] // [10, 11, 20]
 */
export function sortByTime(timeMs: Float64Array, columns: Float64Array[]): SortedByTime {
  let resorted = false;
  for (let i = 1; i < timeMs.length && !resorted; i++) resorted = timeMs[i] < timeMs[i - 1];
  let sorted = { timeMs, columns };
  if (resorted) {
    const order = argsort(timeMs);
    sorted = { timeMs: take(timeMs, order), columns: columns.map((c) => take(c, order)) };
  }
  let duplicates = 0;
  for (let i = 1; i < sorted.timeMs.length; i++) {
    if (sorted.timeMs[i] === sorted.timeMs[i - 1]) duplicates++;
  }
  return { ...sorted, resorted, duplicates };
}
