import type { Numeric } from './ndarray';

/**
 * Running totals: out[i] = x[0] + ... + x[i], added left to right exactly as np.cumsum does (it is
 * not pairwise or compensated, so the last element may differ from sum(x) in the last bits, as in
 * NumPy). NumPy: np.cumsum(x). Empty -> empty; a NaN makes it and every later total NaN.
 * @example cumsum([1, 2, 3]) // Float64Array [1, 3, 6]
 */
export function cumsum(x: Numeric): Float64Array {
  const out = new Float64Array(x.length);
  let total = 0;
  for (let i = 0; i < x.length; i++) out[i] = total += x[i];
  return out;
}
