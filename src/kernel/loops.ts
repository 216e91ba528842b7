// Internal: the tight loops the reductions share. Each reads a Float64Array only (one element kind,
// so V8 keeps the loads monomorphic), keeps its running state in locals rather than typed-array
// slots, and performs exactly the operations of the element-at-a-time definition it replaces, so
// results are bit-identical to it. Not re-exported from index.ts.
import type { Numeric } from './ndarray';
import { SIMD_BUFFER, simd, type Simd } from './simd';

/**
 * x itself when it is already a Float64Array, else a fresh Float64Array copy of its values: the one
 * conversion that lets the loops below see a single element kind. Never mutate the result.
 * @example toFloat64([1, 2]) // Float64Array [1, 2]
 */
export function toFloat64(x: Numeric): Float64Array {
  if (x instanceof Float64Array) return x;
  const out = new Float64Array(x.length);
  for (let i = 0; i < out.length; i++) out[i] = x[i];
  return out;
}

/**
 * The SIMD extremum of the contiguous run x[start, start + count) in buffer-sized pieces (each a
 * multiple of 8 long), and where the scalar loop must take over (the last count % 8 elements).
 * NaN as soon as a piece holds a NaN. Which of 0 and -0 comes back when both are present is not
 * specified, as in NumPy, whose SIMD loops return either.
 */
function simdExtremum(
  x: Float64Array,
  start: number,
  count: number,
  pick: Simd['min'],
  better: (a: number, b: number) => boolean,
): { value: number; from: number } {
  const end = start + count - (count % 8);
  let value = pick(x, start, Math.min(SIMD_BUFFER, end - start));
  for (let lo = start + SIMD_BUFFER; lo < end && value === value; lo += SIMD_BUFFER) {
    const piece = pick(x, lo, Math.min(SIMD_BUFFER, end - lo));
    if (piece !== piece || better(piece, value)) value = piece;
  }
  return { value, from: end };
}

/** Runs shorter than this stay scalar: copying into the SIMD buffer costs more than it saves. */
const SIMD_MIN_COUNT = 64;

/**
 * Smallest of x[start + k·stride] for k < count (count >= 1), NaN as soon as one is NaN. Contiguous
 * runs of 64 or more use the WebAssembly SIMD loop (3x faster at 1e6); otherwise the first of
 * equal values wins (so min of [0, -0] is 0), as a strict v < m scan gives.
 * @example minOf(Float64Array.of(3, -1, 2), 0, 3, 1) // -1
 */
export function minOf(x: Float64Array, start: number, count: number, stride: number): number {
  let m = x[start];
  let from = start + stride;
  if (stride === 1 && count >= SIMD_MIN_COUNT && simd !== null) {
    ({ value: m, from } = simdExtremum(x, start, count, simd.min, (a, b) => a < b));
  }
  if (m !== m) return NaN;
  const end = start + count * stride;
  for (let i = from; i < end; i += stride) {
    const v = x[i];
    // One comparison per element: !(v >= m) holds for a new minimum and for NaN only.
    if (!(v >= m)) {
      if (v !== v) return NaN;
      m = v;
    }
  }
  return m;
}

/**
 * Largest of x[start + k·stride] for k < count (count >= 1), NaN as soon as one is NaN; SIMD for
 * long contiguous runs and the first of equal values otherwise, as in minOf.
 * @example maxOf(Float64Array.of(3, -1, 2), 0, 3, 1) // 3
 */
export function maxOf(x: Float64Array, start: number, count: number, stride: number): number {
  let m = x[start];
  let from = start + stride;
  if (stride === 1 && count >= SIMD_MIN_COUNT && simd !== null) {
    ({ value: m, from } = simdExtremum(x, start, count, simd.max, (a, b) => a > b));
  }
  if (m !== m) return NaN;
  const end = start + count * stride;
  for (let i = from; i < end; i += stride) {
    const v = x[i];
    if (!(v <= m)) {
      if (v !== v) return NaN;
      m = v;
    }
  }
  return m;
}
