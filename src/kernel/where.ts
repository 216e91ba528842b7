import type { Numeric } from './ndarray';
import { truthy } from './truthy';

/**
 * The length np.where broadcasts 1-D operands to: scalars and length-1 arrays stretch to fit, every
 * other length must agree.
 */
function broadcastLength(cond: ArrayLike<unknown>, a: number | Numeric, b: number | Numeric) {
  const lengths = [cond.length];
  if (typeof a !== 'number') lengths.push(a.length);
  if (typeof b !== 'number') lengths.push(b.length);
  const n = lengths.find((len) => len !== 1) ?? 1;
  if (lengths.some((len) => len !== 1 && len !== n)) {
    throw new RangeError(`where(cond, a, b): lengths ${lengths.join(', ')} do not broadcast`);
  }
  return n;
}

/**
 * Element-wise choice: a[i] where cond[i] is truthy (nonzero; NaN is truthy), else b[i]. Scalars
 * and length-1 arrays broadcast. NumPy: np.where(cond, a, b). Empty cond -> empty result.
 * @throws RangeError when the lengths do not broadcast (NumPy raises ValueError).
 * @example where([1, 0, NaN], [1, 2, 3], 0) // Float64Array [1, 0, 3]
 */
export function where(
  cond: ArrayLike<number | boolean>,
  a: number | Numeric,
  b: number | Numeric,
): Float64Array {
  const n = broadcastLength(cond, a, b);
  const out = new Float64Array(n);
  if (n === 0) return out;
  // Broadcasts resolved once, so the loop below stays monomorphic over typed arrays.
  const aArray = typeof a === 'number' || a.length === 1 ? null : a;
  const bArray = typeof b === 'number' || b.length === 1 ? null : b;
  const aScalar = typeof a === 'number' ? a : a[0];
  const bScalar = typeof b === 'number' ? b : b[0];
  const single = cond.length === 1;
  for (let i = 0; i < n; i++) {
    out[i] = truthy(cond[single ? 0 : i])
      ? aArray === null
        ? aScalar
        : aArray[i]
      : bArray === null
        ? bScalar
        : bArray[i];
  }
  return out;
}
