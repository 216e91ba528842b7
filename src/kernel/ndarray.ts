/**
 * An n-dimensional array of float64 in C (row-major) order, like a contiguous NumPy ndarray.
 * A plain object `{ data, shape }` is a valid NDArray; `data.length` must equal the product of `shape`.
 */
export interface NDArray {
  readonly data: Float64Array;
  readonly shape: readonly number[];
}

/** Any 1-D numeric input the kernel accepts: a typed array or a plain array of numbers. */
export type Numeric = ArrayLike<number>;

/** True when `x` is an NDArray (has `data` and `shape`), false for plain 1-D inputs. */
export function isNDArray(x: unknown): x is NDArray {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as NDArray).data instanceof Float64Array &&
    Array.isArray((x as NDArray).shape)
  );
}

/** Number of elements of an array of this shape (1 for shape []), like np.prod(shape). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Wraps `data` as an NDArray of `shape`, checking that the sizes agree.
 * @throws RangeError when data.length differs from the product of shape.
 */
export function ndarray(data: Float64Array, shape: readonly number[]): NDArray {
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new RangeError(`shape must hold non-negative integers, got [${shape.join(', ')}]`);
  }
  if (shapeSize(shape) !== data.length) {
    throw new RangeError(
      `data has ${data.length} elements, shape [${shape.join(', ')}] needs ${shapeSize(shape)}`,
    );
  }
  return { data, shape: [...shape] };
}
