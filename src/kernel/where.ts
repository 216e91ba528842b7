import { toFloat64 } from './loops';
import type { Numeric } from './ndarray';
import { outArray } from './outArray';
import { simd } from './simd';
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
 * The choice over a typed mask and full-length a and b (the analyses' case): WebAssembly SIMD's
 * branch-free bitselect where it compiled, then one loop over typed arrays for the rest. At 1e6
 * (Node 20) the loop takes 1.9 ms on a noisy mask, mispredicting; the SIMD choice ~0.8 ms, copies
 * in and out included. Measured and dropped: branch-free JS (a scratch pair read back by index, a
 * bit blend through Int32 views), slower than the loop on the runs real thresholds give.
 */
function chooseArrays(mask: Uint8Array, a: Float64Array, b: Float64Array, out: Float64Array) {
  const from = simd === null ? 0 : simd.choose(mask, a, b, out);
  for (let i = from; i < out.length; i++) out[i] = mask[i] !== 0 ? a[i] : b[i];
}

/**
 * Element-wise choice: a[i] where cond[i] is truthy (nonzero; NaN is truthy), else b[i]. Scalars
 * and length-1 arrays broadcast. NumPy: np.where(cond, a, b). Empty cond -> empty result. Writes
 * into `out` when given (it may be a or b itself) and returns it, else into a fresh Float64Array;
 * np.where has no out=, the ufuncs do, and here it saves the result's allocation.
 * @throws RangeError when the lengths do not broadcast (NumPy raises ValueError), or out's length
 * differs from the result's.
 * @example where([1, 0, NaN], [1, 2, 3], 0) // Float64Array [1, 0, 3]
 */
export function where(
  cond: ArrayLike<number | boolean>,
  a: number | Numeric,
  b: number | Numeric,
  out?: Float64Array,
): Float64Array {
  const n = broadcastLength(cond, a, b);
  const result = outArray(out, n, (length) => new Float64Array(length));
  if (n === 0) return result;
  // Broadcasts resolved once, so the loops below stay monomorphic over typed arrays.
  const aArray = typeof a === 'number' || a.length === 1 ? null : toFloat64(a);
  const bArray = typeof b === 'number' || b.length === 1 ? null : toFloat64(b);
  if (cond instanceof Uint8Array && cond.length === n && aArray !== null && bArray !== null) {
    chooseArrays(cond, aArray, bArray, result);
    return result;
  }
  const aScalar = typeof a === 'number' ? a : a[0];
  const bScalar = typeof b === 'number' ? b : b[0];
  const single = cond.length === 1;
  for (let i = 0; i < n; i++) {
    result[i] = truthy(cond[single ? 0 : i])
      ? aArray === null
        ? aScalar
        : aArray[i]
      : bArray === null
        ? bScalar
        : bArray[i];
  }
  return result;
}
