import type { Numeric } from '../../kernel';

/**
 * Index of the first `length` consecutive non-NaN values, or -1 when there is no such run. O(n).
 * @example firstGapFreeRun([1, NaN, 2, 3, 4], 2) // 2
 */
export function firstGapFreeRun(values: Numeric, length: number): number {
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    run = Number.isNaN(values[i]) ? 0 : run + 1;
    if (run === length) return i - length + 1;
  }
  return -1;
}
