import { extremumLanes, nanExtremum } from './extremum';
import type { NDArray, Numeric } from './ndarray';
import { reduce } from './reduceAxis';

const maxLanes = extremumLanes('max');

/**
 * Largest element. NumPy: np.max(x) or np.max(a, axis=axis); with an axis, returns an NDArray
 * with that axis removed. NaN anywhere -> NaN (NaN propagates, as in NumPy).
 * @throws RangeError when x (or the reduced axis) is empty, where NumPy raises ValueError.
 * @example max([3, -1, 2]) // 3
 */
export function max(x: Numeric): number;
export function max(x: NDArray, axis?: null): number;
export function max(x: NDArray, axis: number): NDArray;
export function max(x: Numeric | NDArray, axis?: number | null): number | NDArray {
  return reduce(x, axis, maxLanes);
}

/**
 * Largest non-NaN element. NumPy: np.nanmax(x). All-NaN -> NaN (NumPy warns and returns nan).
 * @throws RangeError when x is empty, where NumPy raises ValueError.
 * @example nanmax([NaN, 3, -1]) // 3
 */
export function nanmax(x: Numeric): number {
  return nanExtremum(x, 'max', max);
}
