import type { Numeric } from './ndarray';
import { slidingMoments, windowCount } from './slidingMoments';

/**
 * Mean of every length-w window of x: n - w + 1 values, O(n) whatever w is. Rolling compensated
 * sums of x minus an anchor, re-anchored exactly when cancellation threatens (see slidingMoments),
 * so 1e9 + noise keeps full precision. NumPy: sliding_window_view(x, w).mean(axis=1). A window
 * holding NaN gives NaN, one holding only +Infinity (or -Infinity) gives it; later windows are exact.
 * @throws RangeError when w is not an integer in [1, x.length] (NumPy raises; w = 0 included).
 * @example movingMean([1, 2, 3, 4, 5], 3) // Float64Array [2, 3, 4]
 */
export function movingMean(x: Numeric, w: number): Float64Array {
  const out = new Float64Array(windowCount(x.length, w));
  slidingMoments(x, w, out, null);
  return out;
}
