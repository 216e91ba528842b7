import type { Numeric } from './ndarray';

/**
 * Element-wise `x[i] > threshold` as a 0/1 mask, the condition the analyses feed to `where` and
 * `nonzero`. NumPy: np.greater(x, threshold). NaN compares false, so a missing sample is never
 * "above"; a NaN threshold gives an all-zero mask. Empty in, empty out.
 * @example greater([1, NaN, 5], 2) // Uint8Array [0, 0, 1]
 */
export function greater(x: Numeric, threshold: number): Uint8Array {
  const mask = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) mask[i] = x[i] > threshold ? 1 : 0;
  return mask;
}
