import type { Numeric } from './ndarray';

/** First index i < size with sorted[i] >= v (or size). */
function lowerBound(sorted: Float64Array, size: number, v: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The k-th smallest (0-based) of the union of two ascending sequences given by accessors, in
 * O(log(nL + nR)) by bisecting how many come from the left one (the classic two-array selection).
 */
function kthOfTwo(
  left: (i: number) => number,
  nL: number,
  right: (j: number) => number,
  nR: number,
  k: number,
): number {
  let lo = Math.max(0, k + 1 - nR);
  let hi = Math.min(k + 1, nL);
  while (lo < hi) {
    const i = (lo + hi) >>> 1;
    const j = k + 1 - i;
    if (j > 0 && i < nL && right(j - 1) > left(i)) lo = i + 1;
    else hi = i;
  }
  const j = k + 1 - lo;
  return Math.max(lo > 0 ? left(lo - 1) : -Infinity, j > 0 ? right(j - 1) : -Infinity);
}

/** Median of the first `size` values of an ascending buffer (mean of the middle two when even). */
function sortedMedian(sorted: Float64Array, size: number): number {
  if (size === 0) return NaN;
  const h = size >>> 1;
  return size % 2 === 1 ? sorted[h] : sorted[h - 1] + (sorted[h] - sorted[h - 1]) / 2;
}

/**
 * Median absolute deviation from `med` of an ascending buffer, in O(log size): the deviations below
 * the median (med - sorted[p - 1 - j]) and above it (sorted[p + j] - med) are two ascending
 * sequences, and their median is a two-array selection.
 */
function sortedMad(sorted: Float64Array, size: number, med: number): number {
  if (size === 0) return NaN;
  const p = lowerBound(sorted, size, med);
  const left = (j: number) => med - sorted[p - 1 - j];
  const right = (j: number) => sorted[p + j] - med;
  const nR = size - p;
  const h = size >>> 1;
  if (size % 2 === 1) return kthOfTwo(left, p, right, nR, h);
  const a = kthOfTwo(left, p, right, nR, h - 1);
  return a + (kthOfTwo(left, p, right, nR, h) - a) / 2;
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
