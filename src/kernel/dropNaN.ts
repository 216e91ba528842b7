import type { Numeric } from './ndarray';

/**
 * A fresh Float64Array of the values of x that are not NaN, in order: the common first step of the
 * nan-functions (nansum, nanmean, nanvar, nanmin, nanpercentile), which NumPy defines as the plain
 * function applied to the non-NaN values. Empty or all-NaN input gives an empty array.
 * @example dropNaN([1, NaN, 3]) // Float64Array [1, 3]
 */
export function dropNaN(x: Numeric): Float64Array {
  const kept = new Float64Array(x.length);
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) kept[n++] = v;
  }
  return kept.slice(0, n);
}
