import { dropNaN } from './dropNaN';
import { meanLanes } from './mean';
import { compensatedSum, squaredDeviations } from './loops';
import { isNDArray, type NDArray, type Numeric } from './ndarray';
import { reduce, type LaneReducer } from './reduceAxis';
import { neumaierAdd, neumaierTotal } from './sum';

/**
 * Lane-wise two-pass variance: the mean first, then the compensated sum of squared deviations, so a
 * large common offset (1e9 + noise) does not cancel away the spread. Like NumPy 1.24 it divides by
 * max(n - ddof, 0): when ddof >= n that is 0/0 = NaN for constant data and +Infinity otherwise.
 */
function varianceLanes(ddof: number): LaneReducer {
  return (maxLanes, length) => {
    const meanOf = meanLanes(maxLanes, length);
    const mu = new Float64Array(maxLanes);
    const acc = new Float64Array(maxLanes);
    const comp = new Float64Array(maxLanes);
    const dof = Math.max(length - ddof, 0);
    return (x, start, lanes, laneStride, stride, out, outStart) => {
      if (lanes === 1) {
        const laneMean = compensatedSum(x, start, length, stride) / length;
        out[outStart] = squaredDeviations(x, start, length, stride, laneMean) / dof;
        return;
      }
      meanOf(x, start, lanes, laneStride, stride, mu, 0);
      acc.fill(0);
      comp.fill(0);
      for (let k = 0; k < length; k++) {
        const row = start + k * stride;
        for (let j = 0; j < lanes; j++) {
          const d = x[row + j * laneStride] - mu[j];
          neumaierAdd(acc, comp, j, d * d);
        }
      }
      for (let j = 0; j < lanes; j++) out[outStart + j] = neumaierTotal(acc[j], comp[j]) / dof;
    };
  };
}

/** Lane-wise standard deviation: the square root of varianceLanes. */
function stdLanes(ddof: number): LaneReducer {
  return (maxLanes, length) => {
    const varianceOf = varianceLanes(ddof)(maxLanes, length);
    return (x, start, lanes, laneStride, stride, out, outStart) => {
      varianceOf(x, start, lanes, laneStride, stride, out, outStart);
      for (let j = outStart; j < outStart + lanes; j++) out[j] = Math.sqrt(out[j]);
    };
  };
}

/** Splits the 1-D form f(x, ddof) from the ND form f(nd, axis, ddof). */
function reduceWithDdof(
  x: Numeric | NDArray,
  axisOrDdof: number | null | undefined,
  ddof: number | undefined,
  lanes: (ddof: number) => LaneReducer,
): number | NDArray {
  if (isNDArray(x)) return reduce(x, axisOrDdof, lanes(ddof ?? 0));
  return reduce(x, null, lanes(axisOrDdof ?? 0));
}

/**
 * Variance with `ddof` delta degrees of freedom, two-pass and compensated (stable on 1e9 + noise).
 * NumPy: np.var(x, ddof=ddof) or np.var(a, axis=axis, ddof=ddof). Empty -> NaN; NaN anywhere -> NaN;
 * ddof >= n -> NaN for constant data, else +Infinity (NumPy 1.24 divides by max(n - ddof, 0)).
 * @example variance([1, 2, 3, 4]) // 1.25
 */
export function variance(x: Numeric, ddof?: number): number;
export function variance(x: NDArray, axis?: null, ddof?: number): number;
export function variance(x: NDArray, axis: number, ddof?: number): NDArray;
export function variance(
  x: Numeric | NDArray,
  axisOrDdof?: number | null,
  ddof?: number,
): number | NDArray {
  return reduceWithDdof(x, axisOrDdof, ddof, varianceLanes);
}

/**
 * Standard deviation with `ddof` delta degrees of freedom: the square root of variance.
 * NumPy: np.std(x, ddof=ddof) or np.std(a, axis=axis, ddof=ddof). Empty -> NaN; NaN anywhere ->
 * NaN; ddof >= n -> NaN for constant data, else +Infinity, as in NumPy 1.24.
 * @example std([1, 2, 3, 4]) // 1.118033988749895
 */
export function std(x: Numeric, ddof?: number): number;
export function std(x: NDArray, axis?: null, ddof?: number): number;
export function std(x: NDArray, axis: number, ddof?: number): NDArray;
export function std(
  x: Numeric | NDArray,
  axisOrDdof?: number | null,
  ddof?: number,
): number | NDArray {
  return reduceWithDdof(x, axisOrDdof, ddof, stdLanes);
}

/**
 * Variance of the non-NaN elements with `ddof` delta degrees of freedom.
 * NumPy: np.nanvar(x, ddof=ddof). Empty or all-NaN -> NaN; unlike variance, ddof >= the non-NaN
 * count gives NaN, never Infinity (NumPy's nanvar masks those to nan).
 * @example nanvar([1, NaN, 3]) // 1
 */
export function nanvar(x: Numeric, ddof = 0): number {
  const kept = dropNaN(x);
  return kept.length - ddof > 0 ? variance(kept, ddof) : NaN;
}

/**
 * Standard deviation of the non-NaN elements: the square root of nanvar.
 * NumPy: np.nanstd(x, ddof=ddof). Empty, all-NaN or ddof >= the non-NaN count -> NaN.
 * @example nanstd([1, NaN, 3]) // 1
 */
export function nanstd(x: Numeric, ddof = 0): number {
  return Math.sqrt(nanvar(x, ddof));
}
