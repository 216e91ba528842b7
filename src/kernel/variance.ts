import { zeroNaN } from './dropNaN';
import { isNDArray, type NDArray, type Numeric } from './ndarray';
import { pairwiseSquaredDeviations } from './pairwiseSum';
import { reduce, type LaneReducer } from './reduceAxis';
import { sum, sumLanes } from './sum';

/**
 * Lane-wise two-pass variance as np.var computes it: the mean (NumPy's sum / n) first, then the sum
 * of the squared deviations (x - mean)² with NumPy's additions (pairwise on contiguous lanes, so a
 * 1-D variance is np.var's to the last bit), divided by max(n - ddof, 0). Two passes keep a large
 * common offset (1e9 + noise) from cancelling the spread away. As in NumPy 1.24, ddof >= n gives
 * 0/0 = NaN for constant data and +Infinity otherwise.
 */
function varianceLanes(ddof: number): LaneReducer {
  return (maxLanes, length) => {
    const sumOf = sumLanes(maxLanes, length);
    const mu = new Float64Array(maxLanes);
    const dof = Math.max(length - ddof, 0);
    return (x, start, lanes, laneStride, stride, out, outStart) => {
      sumOf(x, start, lanes, laneStride, stride, mu, 0);
      if (stride === 1) {
        for (let j = 0; j < lanes; j++) {
          const laneMean = mu[j] / length;
          const squares = pairwiseSquaredDeviations(x, start + j * laneStride, length, laneMean);
          out[outStart + j] = squares / dof;
        }
        return;
      }
      for (let j = 0; j < lanes; j++) mu[j] /= length;
      out.fill(0, outStart, outStart + lanes);
      for (let k = 0; k < length; k++) {
        const row = start + k * stride;
        for (let j = 0; j < lanes; j++) {
          const d = x[row + j * laneStride] - mu[j];
          out[outStart + j] += d * d;
        }
      }
      for (let j = outStart; j < outStart + lanes; j++) out[j] /= dof;
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
 * Variance with `ddof` delta degrees of freedom, two-pass with NumPy's pairwise sums, so a 1-D
 * variance is np.var's to the last bit (and stable on 1e9 + noise).
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
 * Variance of the non-NaN elements with `ddof` delta degrees of freedom, as np.nanvar computes it:
 * the mean is the sum with zeros in the NaNs' places over the count, the deviations are 0 in the
 * NaNs' places, and their squares are summed pairwise over all n places (see zeroNaN), so the
 * result is np.nanvar's to the last bit.
 * NumPy: np.nanvar(x, ddof=ddof). Empty or all-NaN -> NaN; unlike variance, ddof >= the non-NaN
 * count gives NaN, never Infinity (NumPy's nanvar masks those to nan).
 * @example nanvar([1, NaN, 3]) // 1
 */
export function nanvar(x: Numeric, ddof = 0): number {
  const { filled, count } = zeroNaN(x);
  if (count - ddof <= 0) return NaN;
  const mu = sum(filled) / count;
  const squares = new Float64Array(filled.length);
  for (let i = 0; i < filled.length; i++) {
    const d = x[i] === x[i] ? filled[i] - mu : 0;
    squares[i] = d * d;
  }
  return sum(squares) / (count - ddof);
}

/**
 * Standard deviation of the non-NaN elements: the square root of nanvar.
 * NumPy: np.nanstd(x, ddof=ddof). Empty, all-NaN or ddof >= the non-NaN count -> NaN.
 * @example nanstd([1, NaN, 3]) // 1
 */
export function nanstd(x: Numeric, ddof = 0): number {
  return Math.sqrt(nanvar(x, ddof));
}
