import { zeroNaN } from './dropNaN';
import type { NDArray, Numeric } from './ndarray';
import { reduce, type LaneReducer } from './reduceAxis';
import { sum, sumLanes } from './sum';

/**
 * Lane-wise arithmetic mean: NumPy's sum divided by the count, as np.mean divides np.sum.
 * Empty lanes give 0/0 = NaN.
 * @example reduceAll([1, 2, 6], meanLanes) // 3
 */
export const meanLanes: LaneReducer = (maxLanes, length) => {
  const sumOf = sumLanes(maxLanes, length);
  return (x, start, lanes, laneStride, stride, out, outStart) => {
    sumOf(x, start, lanes, laneStride, stride, out, outStart);
    for (let j = outStart; j < outStart + lanes; j++) out[j] /= length;
  };
};

/**
 * Arithmetic mean: NumPy's pairwise sum divided by the count, so a 1-D mean is np.mean's bits.
 * NumPy: np.mean(x) or np.mean(a, axis=axis). Empty -> NaN; NaN anywhere -> NaN. With an axis,
 * returns an NDArray with that axis removed.
 * @example mean([1, 2, 3, 4]) // 2.5
 */
export function mean(x: Numeric): number;
export function mean(x: NDArray, axis?: null): number;
export function mean(x: NDArray, axis: number): NDArray;
export function mean(x: Numeric | NDArray, axis?: number | null): number | NDArray {
  return reduce(x, axis, meanLanes);
}

/**
 * Arithmetic mean of the non-NaN elements: nansum(x) divided by their count, as np.nanmean divides
 * (its sum has zeros in the NaNs' places, see zeroNaN).
 * NumPy: np.nanmean(x). Empty or all-NaN -> NaN (NumPy warns and returns nan).
 * @example nanmean([1, NaN, 3]) // 2
 */
export function nanmean(x: Numeric): number {
  const { filled, count } = zeroNaN(x);
  return count === 0 ? NaN : sum(filled) / count;
}
