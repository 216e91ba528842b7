import type { Numeric } from './ndarray';
import { outArray } from './outArray';
import { slidingMoments, windowCount } from './slidingMoments';

/**
 * Mean of every length-w window of x: n - w + 1 values, O(n) whatever w is. Rolling compensated
 * sums of x minus an anchor, re-anchored exactly when cancellation threatens (see slidingMoments),
 * so 1e9 + noise keeps full precision. NumPy: sliding_window_view(x, w).mean(axis=1). A window
 * holding NaN gives NaN, one holding only +Infinity (or -Infinity) gives it; later windows are exact.
 * Writes into `out` when given (n - w + 1 long) and returns it, else into a fresh Float64Array.
 * @throws RangeError when w is not an integer in [1, x.length] (NumPy raises; w = 0 included), or
 * out's length differs from the result's.
 * @example movingMean([1, 2, 3, 4, 5], 3) // Float64Array [2, 3, 4]
 */
export function movingMean(x: Numeric, w: number, out?: Float64Array): Float64Array {
  const means = outArray(out, windowCount(x.length, w), (size) => new Float64Array(size));
  slidingMoments(x, w, means, null);
  return means;
}
