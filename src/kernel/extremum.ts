import { dropNaN, notNaN } from './dropNaN';
import { maxOf, minOf } from './loops';
import type { Numeric } from './ndarray';
import type { LaneReducer } from './reduceAxis';

/**
 * Lane-wise minimum ('min') or maximum ('max') with NumPy's NaN rule: a NaN anywhere in a lane makes
 * that lane NaN (once the running value is NaN no comparison replaces it).
 * @throws RangeError when the lanes are empty: NumPy raises for a reduction without identity.
 * @example reduceAll([2, -3, 7], extremumLanes('min')) // -3
 */
export function extremumLanes(kind: 'min' | 'max'): LaneReducer {
  return (_maxLanes, length) => {
    if (length === 0) {
      throw new RangeError(`${kind}(x): x is empty (NumPy raises: zero-size array)`);
    }
    const isMin = kind === 'min';
    const single = isMin ? minOf : maxOf;
    return (x, start, lanes, laneStride, stride, out, outStart) => {
      if (lanes === 1) {
        out[outStart] = single(x, start, length, stride);
        return;
      }
      for (let j = 0; j < lanes; j++) out[outStart + j] = x[start + j * laneStride];
      for (let k = 1; k < length; k++) {
        const row = start + k * stride;
        for (let j = 0; j < lanes; j++) {
          const v = x[row + j * laneStride];
          const m = out[outStart + j];
          if (v !== v || (isMin ? v < m : v > m)) out[outStart + j] = v;
        }
      }
    };
  };
}

/**
 * The nanmin/nanmax rule shared by both: `pick` applied to the non-NaN values.
 * @throws RangeError when x is empty (NumPy raises); all-NaN gives NaN (NumPy warns, returns nan).
 * @example nanExtremum([NaN, 3, -1], 'min', min) // -1
 */
export function nanExtremum(x: Numeric, kind: 'min' | 'max', pick: (x: Numeric) => number): number {
  if (x.length === 0) {
    throw new RangeError(`nan${kind}(x): x is empty (NumPy raises: zero-size array)`);
  }
  // Without a NaN the plain reduction is the answer, with no copy of x.
  if (notNaN(x) === x.length) return pick(x);
  const kept = dropNaN(x);
  return kept.length === 0 ? NaN : pick(kept);
}
