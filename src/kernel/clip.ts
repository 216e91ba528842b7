import type { Numeric } from './ndarray';

/**
 * Each element limited to [lo, hi]: min(max(x, lo), hi), so lo > hi gives hi everywhere, as in
 * NumPy. NumPy: np.clip(x, lo, hi). A null or NaN bound leaves that side open (NumPy 1.24 ignores
 * a NaN bound); NaN elements stay NaN; ±Infinity are clipped like any value.
 * @throws RangeError when both lo and hi are null (NumPy raises ValueError).
 * @example clip([-5, 0.5, 7, NaN], 0, 1) // Float64Array [0, 0.5, 1, NaN]
 */
export function clip(x: Numeric, lo: number | null, hi: number | null): Float64Array {
  if (lo === null && hi === null) {
    throw new RangeError('clip(x, lo, hi): at least one of lo and hi must be given');
  }
  // Comparisons with NaN are false, so a NaN element or NaN bound passes through both tests.
  const low = lo ?? NaN;
  const high = hi ?? NaN;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const raised = x[i] <= low ? low : x[i];
    out[i] = raised >= high ? high : raised;
  }
  return out;
}
