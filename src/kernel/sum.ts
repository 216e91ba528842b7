import { zeroNaN } from './dropNaN';
import type { NDArray, Numeric } from './ndarray';
import { pairwiseSum } from './pairwiseSum';
import { reduce, type LaneReducer } from './reduceAxis';

/**
 * Lane-wise sum with NumPy's additions. Contiguous lanes (stride 1: a 1-D sum, or the last axis of
 * an NDArray) use NumPy's pairwise summation (see pairwiseSum), so their sums are NumPy's to the
 * last bit; strided lanes (an axis with axes after it) are added element by element from 0, as
 * NumPy's reduction loop does there. Empty lanes sum to 0, as np.sum of nothing does.
 * @example reduceAll([1e16, 1, -1e16], sumLanes) // 0, as np.sum gives
 */
export const sumLanes: LaneReducer =
  (_maxLanes, length) => (x, start, lanes, laneStride, stride, out, outStart) => {
    if (stride === 1) {
      for (let j = 0; j < lanes; j++) {
        out[outStart + j] = pairwiseSum(x, start + j * laneStride, length);
      }
      return;
    }
    let j = 0;
    if (lanes <= FEW_LANES) {
      for (; j + 4 <= lanes; j += 4) {
        sumFourLanes(x, start + j * laneStride, laneStride, stride, length, out, outStart + j);
      }
    }
    out.fill(0, outStart + j, outStart + lanes);
    for (let k = 0; k < length; k++) {
      const row = start + k * stride;
      for (let i = j; i < lanes; i++) out[outStart + i] += x[row + i * laneStride];
    }
  };

/**
 * Up to this many strided lanes are summed four at a time in registers: with few lanes the loop
 * below would wait on each out[j] it just wrote (store-to-load latency), as in a farm's mean over
 * time with 3 or 4 metrics as lanes.
 */
const FEW_LANES = 16;

/** Lanes j..j+3 of a strided sum, each added in order from 0 like the general loop, in locals. */
function sumFourLanes(
  x: Float64Array,
  base: number,
  laneStride: number,
  stride: number,
  length: number,
  out: Float64Array,
  at: number,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0, row = base; k < length; k++, row += stride) {
    s0 += x[row];
    s1 += x[row + laneStride];
    s2 += x[row + 2 * laneStride];
    s3 += x[row + 3 * laneStride];
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
  out[at + 3] = s3;
}

/**
 * Sum of the elements by NumPy's pairwise summation, so a 1-D sum is np.sum's to the last bit
 * (relative error O(ε·log n), not compensated: sum([1e16, 1, -1e16]) is 0, as in NumPy).
 * NumPy: np.sum(x) or np.sum(a, axis=axis). Empty -> 0; NaN anywhere -> NaN; +Infinity and
 * -Infinity together -> NaN. With an axis, returns an NDArray with that axis removed.
 * @example sum([1, 2, 3.5]) // 6.5
 */
export function sum(x: Numeric): number;
export function sum(x: NDArray, axis?: null): number;
export function sum(x: NDArray, axis: number): NDArray;
export function sum(x: Numeric | NDArray, axis?: number | null): number | NDArray {
  return reduce(x, axis, sumLanes);
}

/**
 * Sum of the non-NaN elements: the pairwise sum of x with each NaN as 0, as NumPy sums it (so
 * np.nansum's bits, see zeroNaN).
 * NumPy: np.nansum(x). Empty or all-NaN -> 0; ±Infinity are kept.
 * @example nansum([1, NaN, 2]) // 3
 */
export function nansum(x: Numeric): number {
  return sum(zeroNaN(x).filled);
}
