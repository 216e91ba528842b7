import type { Numeric } from './ndarray';
import { lowerBound } from './lowerBound';
import { outArray } from './outArray';

/**
 * How many of the k + 1 smallest absolute deviations from `med` of sorted[0, size) lie below it, in
 * O(log size): the deviations below the median, med - sorted[p - 1 - i], and above it,
 * sorted[p + j] - med, are two ascending sequences (p = first index >= med), and this is the
 * classic two-array selection, bisecting how many come from the lower side.
 */
function lowerShare(sorted: Float64Array, size: number, p: number, med: number, k: number): number {
  let lo = Math.max(0, k + 1 - (size - p));
  let hi = Math.min(k + 1, p);
  while (lo < hi) {
    const i = (lo + hi) >>> 1;
    const j = k + 1 - i;
    // More from the lower side when the upper side's j-th is larger than the lower side's (i+1)-th.
    if (j > 0 && i < p && sorted[p + j - 1] - med > med - sorted[p - 1 - i]) lo = i + 1;
    else hi = i;
  }
  return lo;
}

/** Median of the first `size` values of an ascending buffer (mean of the middle two when even). */
function sortedMedian(sorted: Float64Array, size: number): number {
  if (size === 0) return NaN;
  const h = size >>> 1;
  return size % 2 === 1 ? sorted[h] : sorted[h - 1] + (sorted[h] - sorted[h - 1]) / 2;
}

/**
 * Median absolute deviation from `med` (the median) of an ascending buffer, in O(log size): the
 * middle deviation is the larger of the last ones taken from each side by lowerShare, and for an
 * even size the next one up is the smaller of the next on each side.
 */
function sortedMad(sorted: Float64Array, size: number, med: number): number {
  if (size === 0) return NaN;
  const p = lowerBound(sorted, size, med);
  const k = (size - 1) >>> 1;
  const low = lowerShare(sorted, size, p, med, k);
  const high = k + 1 - low;
  const lastLow = low > 0 ? med - sorted[p - low] : -Infinity;
  const lastHigh = high > 0 ? sorted[p + high - 1] - med : -Infinity;
  const a = lastLow > lastHigh ? lastLow : lastHigh;
  if (size % 2 === 1) return a;
  const nextLow = low < p ? med - sorted[p - 1 - low] : Infinity;
  const nextHigh = p + high < size ? sorted[p + high] - med : Infinity;
  return a + ((nextLow < nextHigh ? nextLow : nextHigh) - a) / 2;
}

/**
 * Slides the ascending window sorted[0, size) by one point: one copy of `leaving` out (the first
 * value >= it, by binary search) and `entering` in before any equal values, leaving the buffer as
 * that removal followed by that insertion would, with one shift of the values between the two
 * positions. NaN leaves and enters nothing. Returns the new size.
 */
function slide(sorted: Float64Array, size: number, leaving: number, entering: number): number {
  const i = Number.isNaN(leaving) ? size : lowerBound(sorted, size, leaving);
  const kept = i < size ? size - 1 : size;
  if (Number.isNaN(entering)) {
    for (let t = i; t < kept; t++) sorted[t] = sorted[t + 1];
    return kept;
  }
  const j = lowerBound(sorted, size, entering);
  if (j <= i) {
    for (let t = i; t > j; t--) sorted[t] = sorted[t - 1];
    sorted[j] = entering;
  } else {
    for (let t = i; t < j - 1; t++) sorted[t] = sorted[t + 1];
    sorted[j - 1] = entering;
  }
  return kept + 1;
}

/** Rolling median and median absolute deviation of every length-w window. */
export interface MovingMedianMad {
  /** Median of each window (NaN ignored; all-NaN window -> NaN): n - w + 1 values. */
  readonly median: Float64Array;
  /** Median of |x - median| over each window, unscaled (multiply by 1.4826 for a normal σ). */
  readonly mad: Float64Array;
}

/**
 * Median and median absolute deviation of every length-w window of x (n - w + 1 of each, window k
 * is x[k, k + w)), in O(n·(log w + w/W)): one sorted buffer updated by binary search and one shift
 * per step, the median read in O(1) and the MAD by two-array selection in O(log w).
 * NumPy/SciPy: np.nanmedian and scipy.stats.median_abs_deviation(nan_policy='omit') over
 * sliding_window_view(x, w). NaN is left out of its windows; a window of only NaN gives NaN.
 * Writes into `out`'s arrays when given (as NumPy's out=), else into fresh ones.
 * @throws RangeError when w is not an integer in [1, x.length], or an out array's length is not
 *   n - w + 1.
 * @example movingMedianMad([1, 2, 4, 8, 16], 3).mad // Float64Array [1, 2, 4]
 */
export function movingMedianMad(x: Numeric, w: number, out?: MovingMedianMad): MovingMedianMad {
  const n = x.length;
  if (!Number.isInteger(w) || w < 1 || w > n) {
    throw new RangeError(`w must be an integer in [1, ${n}], got ${w}`);
  }
  const count = n - w + 1;
  const median = outArray(out?.median, count, (length) => new Float64Array(length));
  const mad = outArray(out?.mad, count, (length) => new Float64Array(length));
  const sorted = new Float64Array(w);
  let size = 0;
  for (let i = 0; i < w - 1; i++) size = slide(sorted, size, NaN, x[i]);
  for (let k = 0; k < count; k++) {
    size = slide(sorted, size, k > 0 ? x[k - 1] : NaN, x[k + w - 1]);
    const m = sortedMedian(sorted, size);
    median[k] = m;
    mad[k] = sortedMad(sorted, size, m);
  }
  return { median, mad };
}
