import type { Numeric } from './ndarray';

/**
 * A fresh Float64Array of the values of x that are not NaN, in order: the first step of nanmin,
 * nanmax and nanpercentile, which NumPy defines as the plain function applied to the non-NaN
 * values. (nansum, nanmean and nanvar sum zeros in the NaNs' places instead: see zeroNaN.) Empty or
 * all-NaN input gives an empty array.
 * @example dropNaN([1, NaN, 3]) // Float64Array [1, 3]
 */
export function dropNaN(x: Numeric): Float64Array {
  const kept = new Float64Array(notNaN(x));
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) kept[n++] = v;
  }
  return kept;
}

/** How many values of x are not NaN. */
export function notNaN(x: Numeric): number {
  let count = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) count++;
  return count;
}

/**
 * x with every NaN replaced by 0, and how many values are not NaN: what NumPy's nansum, nanmean
 * and nanvar sum (np.nansum(x) is np.sum(np.where(np.isnan(x), 0, x))). The zeros keep every value
 * in its place in the pairwise summation, so these are NumPy's results to the last bit; summing the
 * non-NaN values alone is not (from 8 values on, they would move between the pairwise sum's
 * accumulators: np.nansum of 12 values can differ from np.sum of its 11 non-NaN ones).
 * A Float64Array without NaN comes back as itself (filled is x): callers must only read filled.
 * @example zeroNaN([1, NaN, 3]) // { filled: Float64Array [1, 0, 3], count: 2 }
 */
export function zeroNaN(x: Numeric): { filled: Float64Array; count: number } {
  const count = notNaN(x);
  // Nothing to fill: x itself (read, never written, by its callers) instead of an n-long copy.
  if (count === x.length && x instanceof Float64Array) return { filled: x, count };
  const filled = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) filled[i] = v;
  }
  return { filled, count };
}
