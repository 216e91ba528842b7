import type { Numeric } from './ndarray';
import { slidingMoments, windowCount } from './slidingMoments';

/**
 * movingMean(x, w) into `means` and movingStd(x, w, ddof) into `stds`, each n - w + 1 long, in
 * one pass over x: the same numbers, bit for bit, as the two calls, in about half their time.
 * NumPy: v = sliding_window_view(x, w); v.mean(axis=1), v.std(axis=1, ddof=ddof). NaN or
 * ±Infinity in a window follows movingMean and movingStd for that window only.
 * @throws RangeError when w is not an integer in [1, x.length], or an output's length differs
 * from n - w + 1.
 * @example movingMeanStd([1, 2, 4, 8], 2, 0, means, stds) // means [1.5, 3, 6], stds [0.5, 1, 2]
 */
export function movingMeanStd(
  x: Numeric,
  w: number,
  ddof: number,
  means: Float64Array,
  stds: Float64Array,
): void {
  const count = windowCount(x.length, w);
  if (means.length !== count || stds.length !== count) {
    throw new RangeError(
      `means and stds have lengths ${means.length} and ${stds.length}, the result needs ${count}`,
    );
  }
  const dof = Math.max(w - ddof, 0);
  slidingMoments(x, w, means, stds);
  for (let j = 0; j < count; j++) stds[j] = Math.sqrt(stds[j] / dof);
}
