// Internal: NumPy's float64 summation, reproduced operation for operation so sum, mean, var and
// std give NumPy's bits. Not re-exported from index.ts.
//
// np.add.reduce on a contiguous float64 run (numpy/core/src/umath/loops_utils.h.src, NumPy 1.24):
// the reduction starts from the identity 0 and its iterator hands the inner loop at most
// BUFFER_SIZE elements at a time, so the total is 0 + s(chunk 1) + s(chunk 2) + ..., added in
// order, where s is `pairwise_sum`: below 8 elements a plain loop from 0; up to PW_BLOCKSIZE, eight
// accumulators r[j] over strides of 8, combined as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)),
// then the remainder added one by one; above it, the two halves (the first rounded down to a
// multiple of 8) summed recursively and added. Checked bit for bit against NumPy by
// scripts/fixtures/kernel_pairwise.py (test/kernel/pairwiseSum.test.ts). Full chunks go to the
// WebAssembly SIMD loops of ./simd where they compiled (the same additions, 1.3x faster in cache).
import { simd } from './simd';

/** NumPy's ufunc buffer size (NPY_BUFSIZE): a reduction's inner loop sees at most this many. */
const BUFFER_SIZE = 8192;
/** NumPy's PW_BLOCKSIZE: the largest run summed with eight accumulators without splitting. */
const BLOCK = 128;
/** Blocks in a full buffer: a full chunk's recursion is a balanced tree over these block sums. */
const BLOCKS_PER_BUFFER = BUFFER_SIZE / BLOCK;
const blockSums = new Float64Array(BLOCKS_PER_BUFFER);

/** Adds the 64 block sums of a full buffer as pairwise_sum's recursion does: a balanced tree. */
function treeTotal(): number {
  for (let width = BLOCKS_PER_BUFFER; width > 1; width >>= 1) {
    for (let b = 0; b < width; b += 2) blockSums[b >> 1] = blockSums[b] + blockSums[b + 1];
  }
  return blockSums[0];
}

/** pairwise_sum of x[i, i + n) for n <= BLOCK. */
function blockSum(x: Float64Array, i: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let k = i; k < i + n; k++) res += x[k];
    return res;
  }
  let r0 = x[i];
  let r1 = x[i + 1];
  let r2 = x[i + 2];
  let r3 = x[i + 3];
  let r4 = x[i + 4];
  let r5 = x[i + 5];
  let r6 = x[i + 6];
  let r7 = x[i + 7];
  const end = i + n - (n % 8);
  let k = i + 8;
  for (; k < end; k += 8) {
    r0 += x[k];
    r1 += x[k + 1];
    r2 += x[k + 2];
    r3 += x[k + 3];
    r4 += x[k + 4];
    r5 += x[k + 5];
    r6 += x[k + 6];
    r7 += x[k + 7];
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (; k < i + n; k++) res += x[k];
  return res;
}

/** pairwise_sum of x[i, i + n) for any n. */
function pairwise(x: Float64Array, i: number, n: number): number {
  if (n <= BLOCK) return blockSum(x, i, n);
  let half = n >> 1;
  half -= half % 8;
  return pairwise(x, i, half) + pairwise(x, i + half, n - half);
}

/**
 * pairwise_sum of the full buffer x[lo, lo + BUFFER_SIZE): the same additions as pairwise(x, lo,
 * BUFFER_SIZE), as flat loops (every block is exactly 128 long: sixteen steps of eight), which V8
 * runs about a quarter faster than the recursion.
 */
function bufferSum(x: Float64Array, lo: number): number {
  for (let b = 0; b < BLOCKS_PER_BUFFER; b++) {
    let i = lo + b * BLOCK;
    let r0 = x[i];
    let r1 = x[i + 1];
    let r2 = x[i + 2];
    let r3 = x[i + 3];
    let r4 = x[i + 4];
    let r5 = x[i + 5];
    let r6 = x[i + 6];
    let r7 = x[i + 7];
    for (let step = 1; step < BLOCK / 8; step++) {
      i += 8;
      r0 += x[i];
      r1 += x[i + 1];
      r2 += x[i + 2];
      r3 += x[i + 3];
      r4 += x[i + 4];
      r5 += x[i + 5];
      r6 += x[i + 6];
      r7 += x[i + 7];
    }
    blockSums[b] = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  }
  return treeTotal();
}

/**
 * Σ x[start, start + count) exactly as NumPy's np.add.reduce adds a contiguous float64 run:
 * 0 + the pairwise sums of 8192-element chunks in order. About 0.5 ns an element in V8, twice as
 * fast as a Neumaier-compensated loop; the error bound is NumPy's, O(ε·log n) per chunk.
 * NumPy: np.sum(x[start:start + count]). Empty -> 0; NaN -> NaN; Infinity + -Infinity -> NaN.
 * @example pairwiseSum(Float64Array.of(1e16, 1, -1e16), 0, 3) // 0, as np.sum gives
 */
export function pairwiseSum(x: Float64Array, start: number, count: number): number {
  const end = start + count;
  let total = 0;
  let lo = start;
  if (simd !== null) {
    for (; lo + BUFFER_SIZE <= end; lo += BUFFER_SIZE) total += simd.bufferSum(x, lo);
  }
  for (; lo + BUFFER_SIZE <= end; lo += BUFFER_SIZE) total += bufferSum(x, lo);
  if (lo < end) total += pairwise(x, lo, end - lo);
  return total;
}

/** blockSum of the squared deviations (x[k] - mu)². */
function blockSquares(x: Float64Array, i: number, n: number, mu: number): number {
  if (n < 8) {
    let res = 0;
    for (let k = i; k < i + n; k++) {
      const d = x[k] - mu;
      res += d * d;
    }
    return res;
  }
  let d0 = x[i] - mu;
  let d1 = x[i + 1] - mu;
  let d2 = x[i + 2] - mu;
  let d3 = x[i + 3] - mu;
  let d4 = x[i + 4] - mu;
  let d5 = x[i + 5] - mu;
  let d6 = x[i + 6] - mu;
  let d7 = x[i + 7] - mu;
  let r0 = d0 * d0;
  let r1 = d1 * d1;
  let r2 = d2 * d2;
  let r3 = d3 * d3;
  let r4 = d4 * d4;
  let r5 = d5 * d5;
  let r6 = d6 * d6;
  let r7 = d7 * d7;
  const end = i + n - (n % 8);
  let k = i + 8;
  for (; k < end; k += 8) {
    d0 = x[k] - mu;
    d1 = x[k + 1] - mu;
    d2 = x[k + 2] - mu;
    d3 = x[k + 3] - mu;
    d4 = x[k + 4] - mu;
    d5 = x[k + 5] - mu;
    d6 = x[k + 6] - mu;
    d7 = x[k + 7] - mu;
    r0 += d0 * d0;
    r1 += d1 * d1;
    r2 += d2 * d2;
    r3 += d3 * d3;
    r4 += d4 * d4;
    r5 += d5 * d5;
    r6 += d6 * d6;
    r7 += d7 * d7;
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (; k < i + n; k++) {
    const d = x[k] - mu;
    res += d * d;
  }
  return res;
}

/** pairwise of the squared deviations. */
function pairwiseSquares(x: Float64Array, i: number, n: number, mu: number): number {
  if (n <= BLOCK) return blockSquares(x, i, n, mu);
  let half = n >> 1;
  half -= half % 8;
  return pairwiseSquares(x, i, half, mu) + pairwiseSquares(x, i + half, n - half, mu);
}

/** bufferSum of the squared deviations. */
function bufferSquares(x: Float64Array, lo: number, mu: number): number {
  for (let b = 0; b < BLOCKS_PER_BUFFER; b++)
    blockSums[b] = blockSquares(x, lo + b * BLOCK, BLOCK, mu);
  return treeTotal();
}

/**
 * Σ (x[k] - mu)² over x[start, start + count), with NumPy's additions: np.var's second pass, which
 * forms (x - mean)² element by element (each square rounded once, as here) and reduces it with
 * np.add.reduce, so the result is pairwiseSum of those squares to the last bit without building
 * them. NumPy: np.sum((x - mu) ** 2). Empty -> 0; NaN -> NaN.
 * @example pairwiseSquaredDeviations(Float64Array.of(1, 2, 3), 0, 3, 2) // 2
 */
export function pairwiseSquaredDeviations(
  x: Float64Array,
  start: number,
  count: number,
  mu: number,
): number {
  const end = start + count;
  let total = 0;
  let lo = start;
  if (simd !== null) {
    for (; lo + BUFFER_SIZE <= end; lo += BUFFER_SIZE) total += simd.bufferSquares(x, lo, mu);
  }
  for (; lo + BUFFER_SIZE <= end; lo += BUFFER_SIZE) total += bufferSquares(x, lo, mu);
  if (lo < end) total += pairwiseSquares(x, lo, end - lo, mu);
  return total;
}
