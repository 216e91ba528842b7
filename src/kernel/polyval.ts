import type { Numeric } from './ndarray';

/** Horner's rule from a zero start, exactly NumPy's loop (so 0·Infinity makes polyval(p, ±Inf) NaN). */
function horner(p: Numeric, x: number): number {
  let y = 0;
  for (let i = 0; i < p.length; i++) y = y * x + p[i];
  return y;
}

/**
 * Value of the polynomial with coefficients p (highest power first) at x, by Horner's rule.
 * NumPy: np.polyval(p, x). A number x gives a number, an array gives a fresh Float64Array.
 * Empty p -> 0; NaN in p or x -> NaN; x = ±Infinity -> NaN, like NumPy (its loop starts from 0·x).
 * @example polyval([3, 0, -1], 2) // 11
 * @example polyval([1, 1], [0, 1, 2]) // Float64Array [1, 2, 3]
 */
export function polyval(p: Numeric, x: number): number;
export function polyval(p: Numeric, x: Numeric): Float64Array;
export function polyval(p: Numeric, x: number | Numeric): number | Float64Array {
  if (typeof x === 'number') return horner(p, x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = horner(p, x[i]);
  return out;
}
