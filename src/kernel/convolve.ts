import { toFloat64 } from './loops';
import type { Numeric } from './ndarray';
import { outArray } from './outArray';
import { SIMD_MAX_TAPS, simd } from './simd';

/** Which part of the full convolution to return, as in np.convolve. */
export type ConvolveMode = 'full' | 'same' | 'valid';

/**
 * Discrete linear convolution of a and v, direct O(n·m) sums. NumPy: np.convolve(a, v, mode),
 * including its swap of a and v when v is longer: 'full' gives n + m - 1 values, 'same' max(n, m)
 * centred on the full result, 'valid' max(n, m) - min(n, m) + 1. NaN propagates to every output
 * whose sum touches it; Infinity times a 0 weight is NaN, as in NumPy. Writes into `out` when
 * given and returns it, else into a fresh Float64Array (np.convolve has no out=; it saves a caller
 * that convolves repeatedly, on each slider move say, the result's allocation).
 * @throws RangeError when a or v is empty (NumPy raises ValueError), mode is unknown, or out's
 * length differs from the result's.
 * @example convolve([1, 2, 3], [0, 1, 0.5]) // Float64Array [0, 1, 2.5, 4, 1.5]
 */
export function convolve(
  a: Numeric,
  v: Numeric,
  mode: ConvolveMode = 'full',
  out?: Float64Array,
): Float64Array {
  if (a.length === 0) throw new RangeError('a must not be empty');
  if (v.length === 0) throw new RangeError('v must not be empty');
  const [long, short] = (v.length > a.length ? [v, a] : [a, v]).map(toFloat64);
  const n = long.length;
  const m = short.length;
  // Offset of the first returned value within the full result, which has n + m - 1 values.
  let first: number;
  let length: number;
  if (mode === 'full') [first, length] = [0, n + m - 1];
  else if (mode === 'same') [first, length] = [(m - 1) >> 1, n];
  else if (mode === 'valid') [first, length] = [m - 1, n - m + 1];
  else throw new RangeError(`mode must be 'full', 'same' or 'valid', got '${String(mode)}'`);
  const result = outArray(out, length, (size) => new Float64Array(size));
  // Outputs k whose sum spans all of `short` (m - 1 <= k <= n - 1) are computed eight at a time:
  // eight independent sums (register blocking), each adding its products in the scalar loop's order.
  const firstFull = Math.max(m - 1 - first, 0);
  const endFull = Math.min(n - first, length);
  // The same sums two outputs per instruction in WebAssembly SIMD, where it compiled (~5x faster).
  let simdEnd = firstFull;
  if (simd !== null && m <= SIMD_MAX_TAPS && endFull - firstFull >= 64) {
    simdEnd += simd.convolveFull(
      long,
      short,
      first + firstFull,
      endFull - firstFull,
      result,
      firstFull,
    );
  }
  for (let o = 0; o < length; o++) {
    if (o === firstFull && simdEnd > firstFull) {
      o = simdEnd - 1;
      continue;
    }
    if (o >= firstFull && o + 8 <= endFull) {
      const k = first + o;
      let acc0 = 0;
      let acc1 = 0;
      let acc2 = 0;
      let acc3 = 0;
      let acc4 = 0;
      let acc5 = 0;
      let acc6 = 0;
      let acc7 = 0;
      for (let j = m - 1; j >= 0; j--) {
        const weight = short[j];
        const at = k - j;
        acc0 += long[at] * weight;
        acc1 += long[at + 1] * weight;
        acc2 += long[at + 2] * weight;
        acc3 += long[at + 3] * weight;
        acc4 += long[at + 4] * weight;
        acc5 += long[at + 5] * weight;
        acc6 += long[at + 6] * weight;
        acc7 += long[at + 7] * weight;
      }
      result[o] = acc0;
      result[o + 1] = acc1;
      result[o + 2] = acc2;
      result[o + 3] = acc3;
      result[o + 4] = acc4;
      result[o + 5] = acc5;
      result[o + 6] = acc6;
      result[o + 7] = acc7;
      o += 7;
      continue;
    }
    const k = first + o;
    const jStart = Math.max(0, k - n + 1);
    let acc = 0;
    // Walking `long` forwards adds the products in the same order as NumPy's correlate loop.
    for (let j = Math.min(k, m - 1); j >= jStart; j--) acc += long[k - j] * short[j];
    result[o] = acc;
  }
  return result;
}
