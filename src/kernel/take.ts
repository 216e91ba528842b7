import type { Numeric } from './ndarray';

/**
 * The elements of `x` at `indices`, in the order given. NumPy: np.take(x, indices).
 * Empty indices -> empty result; NaN values are copied as they are.
 * @throws RangeError when an index is outside [0, x.length).
 * @example take([10, 20, 30], [2, 0]) // Float64Array [30, 10]
 */
export function take(x: Numeric, indices: ArrayLike<number>): Float64Array {
  const out = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const j = indices[i];
    if (!(j >= 0 && j < x.length)) {
      throw new RangeError(`indices: ${j} is out of bounds for x of length ${x.length}`);
    }
    out[i] = x[j];
  }
  return out;
}
