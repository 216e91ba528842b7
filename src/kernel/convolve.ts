import type { Numeric } from './ndarray';

/** Which part of the full convolution to return, as in np.convolve. */
export type ConvolveMode = 'full' | 'same' | 'valid';

/**
 * Discrete linear convolution of a and v, direct O(n·m) sums. NumPy: np.convolve(a, v, mode),
 * including its swap of a and v when v is longer: 'full' gives n + m - 1 values, 'same' max(n, m)
 * centred on the full result, 'valid' max(n, m) - min(n, m) + 1. NaN propagates to every output
 * whose sum touches it; Infinity times a 0 weight is NaN, as in NumPy.
 * @throws RangeError when a or v is empty (NumPy raises ValueError) or mode is unknown.
 * @example convolve([1, 2, 3], [0, 1, 0.5]) // Float64Array [0, 1, 2.5, 4, 1.5]
 */
export function convolve(a: Numeric, v: Numeric, mode: ConvolveMode = 'full'): Float64Array {
  if (a.length === 0) throw new RangeError('a must not be empty');
  if (v.length === 0) throw new RangeError('v must not be empty');
  const [long, short] = v.length > a.length ? [v, a] : [a, v];
  const n = long.length;
  const m = short.length;
  // Offset of the first returned value within the full result, which has n + m - 1 values.
  let first: number;
  let length: number;
  if (mode === 'full') [first, length] = [0, n + m - 1];
  else if (mode === 'same') [first, length] = [(m - 1) >> 1, n];
  else if (mode === 'valid') [first, length] = [m - 1, n - m + 1];
  else throw new RangeError(`mode must be 'full', 'same' or 'valid', got '${String(mode)}'`);
  const out = new Float64Array(length);
  for (let o = 0; o < length; o++) {
    const k = first + o;
    const jStart = Math.max(0, k - n + 1);
    let acc = 0;
    // Walking `long` forwards adds the products in the same order as NumPy's correlate loop.
    for (let j = Math.min(k, m - 1); j >= jStart; j--) acc += long[k - j] * short[j];
    out[o] = acc;
  }
  return out;
}
