import type { Numeric } from './ndarray';

/**
 * x[from:to] to read: a view sharing x's memory when x is a typed array (what NumPy's basic
 * slicing returns), else a plain-array copy. Bounds clamp as Array.prototype.slice's do. Callers
 * must not write to it.
 * @example view(Float64Array.of(1, 2, 3), 1, 3) // Float64Array [2, 3], x's own memory
 */
export function view(x: Numeric, from: number, to: number): Numeric {
  return ArrayBuffer.isView(x)
    ? (x as Float64Array).subarray(from, to)
    : (Array.prototype.slice.call(x, from, to) as number[]);
}
