import type { Numeric } from './ndarray';

/**
 * The n-th discrete difference: out[i] = x[i + 1] - x[i], applied n times, so the result has
 * max(length - n, 0) elements. NumPy: np.diff(x, n). n = 0 -> a copy; NaN or Infinity - Infinity
 * -> NaN in the differences that touch it.
 * @throws RangeError when n is not a non-negative integer (NumPy raises ValueError/TypeError).
 * @example diff([1, 4, 9, 16], 2) // Float64Array [2, 2]
 */
export function diff(x: Numeric, n = 1): Float64Array {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`diff(x, n): n must be a non-negative integer, got ${n}`);
  }
  let out = new Float64Array(x);
  for (let round = 0; round < n && out.length > 0; round++) {
    const prev = out;
    out = new Float64Array(prev.length - 1);
    for (let i = 0; i < out.length; i++) out[i] = prev[i + 1] - prev[i];
  }
  return out;
}
