import type { Numeric } from './ndarray';

/** Scratch space shared by the selection kernels; grown to the largest input seen, never shrunk. */
let scratch = new Float64Array(0);

/**
 * A copy of x in the kernel's scratch buffer, for a kernel that reorders a working copy and keeps
 * none of it (percentile, median): what NumPy's allocator gives np.partition's copy, memory
 * already mapped. A fresh 8 MB Float64Array costs more to fault in than selecting in it. The
 * copy is valid until the next call; it must not be returned or kept.
 * @example scratchCopy([3, 1]) // Float64Array [3, 1], overwritten by the next scratchCopy
 */
export function scratchCopy(x: Numeric): Float64Array {
  if (scratch.length < x.length) scratch = new Float64Array(x.length);
  const copy = scratch.subarray(0, x.length);
  if (x instanceof Float64Array) copy.set(x);
  else for (let i = 0; i < x.length; i++) copy[i] = x[i];
  return copy;
}
