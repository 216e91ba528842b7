/**
 * The first index i < size with sorted[i] >= v, or size when there is none: the classic
 * lower-bound binary search over the first `size` values of an ascending array. O(log size).
 * NumPy: np.searchsorted(sorted[:size], v, side='left') for numbers; NaN v gives 0 (NumPy sorts NaN
 * last and gives size): callers keep NaN out of their windows.
 * @example lowerBound(Float64Array.of(1, 3, 3, 7), 4, 3) // 1
 */
export function lowerBound(sorted: Float64Array, size: number, v: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
