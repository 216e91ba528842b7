import type { Numeric } from './ndarray';
import { lowerBound } from './lowerBound';

/**
 * The k-th smallest (0-based) absolute deviation from `med` of sorted[0, size), in O(log size):
 * the deviations below the median, med - sorted[p - 1 - j], and above it, sorted[p + j] - med, are
 * two ascending sequences (p = first index >= med), and this is the classic two-array selection,
 * bisecting how many of the k + 1 smallest come from the lower side.
 */
function kthDeviation(
  sorted: Float64Array,
  size: number,
  p: number,
  med: number,
  k: number,
): number {
  const nR = size - p;
  let lo = Math.max(0, k + 1 - nR);
  let hi = Math.min(k + 1, p);
  while (lo < hi) {
    const i = (lo + hi) >>> 1;
    const j = k + 1 - i;
    // More from the lower side when the upper side's j-th is larger than the lower side's (i+1)-th.
    if (j > 0 && i < p && sorted[p + j - 1] - med > med - sorted[p - 1 - i]) lo = i + 1;
    else hi = i;
  }
  const j = k + 1 - lo;
  const fromLow = lo > 0 ? med - sorted[p - lo] : -Infinity;
  const fromHigh = j > 0 ? sorted[p + j - 1] - med : -Infinity;
  return fromLow > fromHigh ? fromLow : fromHigh;
}

/** Median of the first `size` values of an ascending buffer (mean of the middle two when even). */
function sortedMedian(sorted: Float64Array, size: number): number {
  if (size === 0) return NaN;
  const h = size >>> 1;
  return size % 2 === 1 ? sorted[h] : sorted[h - 1] + (sorted[h] - sorted[h - 1]) / 2;
}

/** Median absolute deviation from `med` (the median) of an ascending buffer, in O(log size). */
function sortedMad(sorted: Float64Array, size: number, med: number): number {
  if (size === 0) return NaN;
  const p = lowerBound(sorted, size, med);
  const h = size >>> 1;
  if (size % 2 === 1) return kthDeviation(sorted, size, p, med, h);
  const a = kthDeviation(sorted, size, p, med, h - 1);
  return a + (kthDeviation(sorted, size, p, med, h) - a) / 2;
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
 * is x[k, k + w)), in O(n·(log w + w/W)): one sorted buffer updated by binary search and a
 * copyWithin shift, the median read in O(1) and the MAD by two-array selection in O(log w).
 * NumPy/SciPy: np.nanmedian and scipy.stats.median_abs_deviation(nan_policy='omit') over
 * sliding_window_view(x, w). NaN is left out of its windows; a window of only NaN gives NaN.
 * @throws RangeError when w is not an integer in [1, x.length].
 * @example movingMedianMad([1, 2, 4, 8, 16], 3).mad // Float64Array [1, 2, 4]
 */
export function movingMedianMad(x: Numeric, w: number): MovingMedianMad {
  const n = x.length;
  if (!Number.isInteger(w) || w < 1 || w > n) {
    throw new RangeError(`w must be an integer in [1, ${n}], got ${w}`);
  }
  const out = n - w + 1;
  const median = new Float64Array(out);
  const mad = new Float64Array(out);
  const sorted = new Float64Array(w);
  let size = 0;
  const insert = (v: number) => {
    if (Number.isNaN(v)) return;
    const i = lowerBound(sorted, size, v);
    sorted.copyWithin(i + 1, i, size);
    sorted[i] = v;
    size++;
  };
  const remove = (v: number) => {
    if (Number.isNaN(v)) return;
    const i = lowerBound(sorted, size, v);
    sorted.copyWithin(i, i + 1, size);
    size--;
  };
  for (let i = 0; i < w - 1; i++) insert(x[i]);
  for (let k = 0; k < out; k++) {
    insert(x[k + w - 1]);
    const m = sortedMedian(sorted, size);
    median[k] = m;
    mad[k] = sortedMad(sorted, size, m);
    remove(x[k]);
  }
  return { median, mad };
}
