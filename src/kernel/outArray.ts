/**
 * The array an element-wise op writes to: the caller's `out` when given (NumPy's out=), checked
 * to have the result's length, else a fresh one from `create`.
 * @throws RangeError naming out when its length differs from the result's (NumPy raises ValueError).
 * @example outArray(undefined, 3, (n) => new Float64Array(n)) // Float64Array [0, 0, 0]
 */
export function outArray<T extends { length: number }>(
  out: T | undefined,
  length: number,
  create: (length: number) => T,
): T {
  if (out === undefined) return create(length);
  if (out.length !== length) {
    throw new RangeError(`out has length ${out.length}, the result needs ${length}`);
  }
  return out;
}

/** outArray for a Float64Array result: `out` when given (of `length`), else a new zeroed one. */
export const float64Out = (out: Float64Array | undefined, length: number): Float64Array =>
  outArray(out, length, (size) => new Float64Array(size));
