import type { Numeric } from './ndarray';
import { slidingMoments, windowCount } from './slidingMoments';

/**
 * Standard deviation of every length-w window of x with `ddof` delta degrees of freedom: n - w + 1
 * values, O(n) whatever w is, accurate on 1e9 + noise (rolling re-anchored sums, see
 * slidingMoments). Constant windows give exactly 0. NumPy: sliding_window_view(x, w).std(axis=1,
 * ddof=ddof). NaN or ±Infinity in a window -> NaN for that window only; w - ddof <= 0 -> NaN for
 * constant windows, else +Infinity, as NumPy 1.24 divides by max(w - ddof, 0).
 * @throws RangeError when w is not an integer in [1, x.length] (NumPy raises; w = 0 included).
 * @example movingStd([1, 2, 4, 8], 2) // Float64Array [0.5, 1, 2]
 */
export function movingStd(x: Numeric, w: number, ddof = 0): Float64Array {
  const out = new Float64Array(windowCount(x.length, w));
  const dof = Math.max(w - ddof, 0);
  slidingMoments(x, w, null, out);
  for (let j = 0; j < out.length; j++) out[j] = Math.sqrt(out[j] / dof);
  return out;
}
