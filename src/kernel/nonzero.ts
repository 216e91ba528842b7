import { truthy } from './truthy';

/**
 * Indices of the truthy (nonzero) elements of mask, ascending, as a fresh Uint32Array.
 * NumPy: np.nonzero(mask)[0] (= np.where(mask)[0]). NaN counts as nonzero, as in NumPy; empty or
 * all-zero mask -> empty array.
 * @example nonzero([0, 2, 0, NaN]) // Uint32Array [1, 3]
 */
export function nonzero(mask: ArrayLike<number | boolean>): Uint32Array {
  const found = new Uint32Array(mask.length);
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (truthy(mask[i])) found[n++] = i;
  return found.slice(0, n);
}
