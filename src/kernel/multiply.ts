import type { Numeric } from './ndarray';

/**
 * Element-wise product x * y, where y is a number or an array of x's length. NumPy:
 * np.multiply(x, y) (x * y). NaN propagates; 0 * Infinity is NaN as in IEEE arithmetic.
 * Empty in, empty out.
 * @throws RangeError when y is an array of another length (NumPy raises ValueError).
 * @example multiply([1, 2, 3], 2) // Float64Array [2, 4, 6]
 */
export function multiply(x: Numeric, y: number | Numeric): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (typeof y === 'number') {
    for (let i = 0; i < n; i++) out[i] = x[i] * y;
    return out;
  }
  if (y.length !== n) {
    throw new RangeError(`multiply(x, y): lengths ${n} and ${y.length} do not broadcast`);
  }
  for (let i = 0; i < n; i++) out[i] = x[i] * y[i];
  return out;
}
