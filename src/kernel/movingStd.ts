import type { Numeric } from './ndarray';
import { outArray } from './outArray';
import { slidingMoments, windowCount } from './slidingMoments';

/**
 * Standard deviation of every length-w window of x with `ddof` delta degrees of freedom: n - w + 1
 * values, O(n) whatever w is, accurate on 1e9 + noise (rolling re-anchored sums, see
 * slidingMoments). Constant windows give exactly 0. NumPy: sliding_window_view(x, w).std(axis=1,
 * ddof=ddof). NaN or ±Infinity in a window -> NaN for that window only; w - ddof <= 0 -> NaN for
 * constant windows, else +Infinity, as NumPy 1.24 divides by max(w - ddof, 0). Writes into `out`
 * when given (n - w + 1 long) and returns it, else into a fresh Float64Array.
 * @throws RangeError when w is not an integer in [1, x.length] (NumPy raises; w = 0 included), or
 * out's length differs from the result's.
 * @example movingStd([1, 2, 4, 8], 2) // Float64Array [0.5, 1, 2]
 */
export function movingStd(x: Numeric, w: number, ddof = 0, out?: Float64Array): Float64Array {
  const stds = outArray(out, windowCount(x.length, w), (size) => new Float64Array(size));
  const dof = Math.max(w - ddof, 0);
  slidingMoments(x, w, null, stds);
  for (let j = 0; j < stds.length; j++) stds[j] = Math.sqrt(stds[j] / dof);
  return stds;
}
