import { extremumLanes, nanExtremum } from './extremum';
import type { NDArray, Numeric } from './ndarray';
import { reduce } from './reduceAxis';

const minLanes = extremumLanes('min');

/**
 * Smallest element. NumPy: np.min(x) or np.min(a, axis=axis); with an axis, returns an NDArray
 * with that axis removed. NaN anywhere -> NaN (NaN propagates, as in NumPy).
 * @throws RangeError when x (or the reduced axis) is empty, where NumPy raises ValueError.
 * @example min([3, -1, 2]) // -1
 */
export function min(x: Numeric): number;
export function min(x: NDArray, axis?: null): number;
export function min(x: NDArray, axis: number): NDArray;
export function min(x: Numeric | NDArray, axis?: number | null): number | NDArray {
  return reduce(x, axis, minLanes);
}

/**
 * Smallest non-NaN element. NumPy: np.nanmin(x). All-NaN -> NaN (NumPy warns and returns nan).
 * @throws RangeError when x is empty, where NumPy raises ValueError.
 * @example nanmin([NaN, 3, -1]) // -1
 */
export function nanmin(x: Numeric): number {
  return nanExtremum(x, 'min', min);
}
