import { dropNaN } from './dropNaN';
import { compensatedSum } from './loops';
import type { NDArray, Numeric } from './ndarray';
import { reduce, type LaneReducer } from './reduceAxis';

/**
 * Adds v to acc[i] and the rounding error of that addition to comp[i] (Knuth's branch-free TwoSum,
 * the exact error term used by Neumaier/Kahan–Babuška summation). Read the total with
 * neumaierTotal(acc[i], comp[i]).
 * @example for (const v of [1e16, 1, 1, -1e16]) neumaierAdd(acc, comp, 0, v); // acc[0] 0, comp[0] 2
 */
export function neumaierAdd(acc: Float64Array, comp: Float64Array, i: number, v: number): void {
  const s = acc[i];
  const t = s + v;
  const vPart = t - s;
  comp[i] += s - (t - vPart) + (v - vPart);
  acc[i] = t;
}

/**
 * The total of a compensated sum. Once the running sum has overflowed to ±Infinity (or become NaN)
 * the error term is meaningless (Infinity - Infinity), so it is not added back.
 * @example neumaierTotal(0, 2) // 2; neumaierTotal(Infinity, NaN) // Infinity
 */
export function neumaierTotal(s: number, comp: number): number {
  return Number.isFinite(s) ? s + comp : s;
}

/**
 * Lane-wise compensated sum. Kahan–Babuška–Neumaier summation keeps sums of 1e9 + noise correct to
 * about one ulp, tighter than NumPy's pairwise sum, so results agree with NumPy well within 1e-9.
 * Empty lanes sum to 0, as np.sum of nothing does.
 * @example reduceAll([1e16, 1, -1e16], sumLanes) // 1
 */
export const sumLanes: LaneReducer = (maxLanes, length) => {
  const acc = new Float64Array(maxLanes);
  const comp = new Float64Array(maxLanes);
  return (x, start, lanes, laneStride, stride, out, outStart) => {
    if (lanes === 1) {
      out[outStart] = compensatedSum(x, start, length, stride);
      return;
    }
    acc.fill(0);
    comp.fill(0);
    for (let k = 0; k < length; k++) {
      const row = start + k * stride;
      for (let j = 0; j < lanes; j++) neumaierAdd(acc, comp, j, x[row + j * laneStride]);
    }
    for (let j = 0; j < lanes; j++) out[outStart + j] = neumaierTotal(acc[j], comp[j]);
  };
};

/**
 * Sum of the elements, compensated (Neumaier), so it agrees with NumPy's pairwise sum to ~1e-15.
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
 * Sum of the non-NaN elements (compensated, like sum).
 * NumPy: np.nansum(x). Empty or all-NaN -> 0; ±Infinity are kept.
 * @example nansum([1, NaN, 2]) // 3
 */
export function nansum(x: Numeric): number {
  return sum(dropNaN(x));
}
