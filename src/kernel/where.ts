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
  const pick = (v: number | Numeric, i: number) =>
    typeof v === 'number' ? v : v[v.length === 1 ? 0 : i];
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = truthy(cond[cond.length === 1 ? 0 : i]) ? pick(a, i) : pick(b, i);
  }
  return out;
}
