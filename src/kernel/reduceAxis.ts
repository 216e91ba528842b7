import { toFloat64 } from './loops';
import { isNDArray, shapeSize, type NDArray, type Numeric } from './ndarray';

/**
 * Reduces `lanes` series of a fixed length side by side: element k of lane j is
 * x[start + j·laneStride + k·stride], and lane j's result is written to out[outStart + j].
 * Reducers loop over k outside and j inside, keeping per-lane state in typed arrays, so many lanes
 * advance together and no lane's running value waits on its own previous step. A single lane
 * (lanes = 1, every 1-D reduction) takes the reducer's plain loop in ./loops instead.
 */
export type LaneReduce = (
  x: Float64Array,
  start: number,
  lanes: number,
  laneStride: number,
  stride: number,
  out: Float64Array,
  outStart: number,
) => void;

/**
 * Builds a LaneReduce for up to `maxLanes` lanes of `length` elements each. Called once per
 * reduction, so it can validate the length (min of nothing throws) and allocate scratch once.
 */
export type LaneReducer = (maxLanes: number, length: number) => LaneReduce;

/**
 * Lanes per call when the reduced axis is the last one: enough to amortise the call and keep the
 * adds independent, few enough that the strided lanes stay within L1 cache lines between steps.
 */
const LAST_AXIS_LANES = 32;

/**
 * Reduces every element of a 1-D input to one number with `reducer`.
 * NumPy: the axis=None reduction, e.g. np.sum(x). A plain array is copied to a Float64Array
 * first, so the reducers' loops only ever see one element kind.
 * @example reduceAll([1, 2, 3], sumLanes) // 6
 */
export function reduceAll(x: Numeric, reducer: LaneReducer): number {
  const out = new Float64Array(1);
  reducer(1, x.length)(toFloat64(x), 0, 1, 0, 1, out, 0);
  return out[0];
}

/**
 * Reduces an NDArray along `axis` (negative counts from the end), returning an NDArray with that
 * axis removed, like np.sum(a, axis=axis). The reduced axis is the outer loop and the trailing axes
 * form contiguous lanes, so memory is read in order (no per-output strided walk); when the last axis
 * is reduced, blocks of neighbouring outputs form the lanes instead.
 * @throws RangeError when axis is not an integer in [-ndim, ndim).
 * @example reduceAxis(ndarray(Float64Array.of(1, 2, 3, 4), [2, 2]), 0, sumLanes) // { data: [4, 6], shape: [2] }
 */
export function reduceAxis(x: NDArray, axis: number, reducer: LaneReducer): NDArray {
  const ndim = x.shape.length;
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
    throw new RangeError(`axis ${axis} is out of bounds for an array of dimension ${ndim}`);
  }
  const a = axis < 0 ? axis + ndim : axis;
  const length = x.shape[a];
  const outer = shapeSize(x.shape.slice(0, a));
  const inner = shapeSize(x.shape.slice(a + 1));
  const out = new Float64Array(outer * inner);
  if (inner > 1) {
    const reduce = reducer(inner, length);
    for (let o = 0; o < outer; o++)
      reduce(x.data, o * length * inner, inner, 1, inner, out, o * inner);
  } else {
    const reduce = reducer(LAST_AXIS_LANES, length);
    for (let o = 0; o < outer; o += LAST_AXIS_LANES) {
      reduce(x.data, o * length, Math.min(LAST_AXIS_LANES, outer - o), length, 1, out, o);
    }
  }
  return { data: out, shape: x.shape.filter((_, i) => i !== a) };
}

/**
 * The shared front end of sum, mean, min, max, std and variance: a 1-D input or an NDArray without
 * an axis reduces to a number (NumPy's axis=None); an NDArray with an axis reduces along it.
 * @example reduce(ndarray(Float64Array.of(1, 2, 3, 4), [2, 2]), null, sumLanes) // 10
 */
export function reduce(
  x: Numeric | NDArray,
  axis: number | null | undefined,
  reducer: LaneReducer,
): number | NDArray {
  if (!isNDArray(x)) return reduceAll(x, reducer);
  if (axis === null || axis === undefined) return reduceAll(x.data, reducer);
  return reduceAxis(x, axis, reducer);
}
