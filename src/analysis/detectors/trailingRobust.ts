import { float64Out, movingMean, movingMedianMad, view, type Numeric } from '../../kernel';
import type { DetectorOutputs } from './DetectorResult';

/** 1 / Φ⁻¹(3/4): turns a median absolute deviation into a normal σ. */
export const MAD_TO_SIGMA = 1.482602218505602;
/** E|X₁ - X₂| = 2σ/√π for independent normals: turns the mean absolute step into σ. */
const STEP_TO_SIGMA = Math.sqrt(Math.PI) / 2;
/** Spread below this fraction of the level is rounding, not signal. */
const FLAT_RELATIVE = 1e-9;
/**
 * The spread is never below this fraction of the mean absolute step of everything seen so far, so a
 * stretch of identical values (a MAD and step mean of 0) does not turn the next ordinary move into
 * a billion-σ event. 0.1 keeps the floor well under the spread of any noisy stretch.
 */
const STEP_FLOOR = 0.1;

/** Robust level and spread of the `window` points before each point. */
export interface TrailingRobust {
  /** Median of x[i - window, i): NaN for i < window or when under half of those are numbers. */
  readonly level: Float64Array;
  /**
   * A σ-equivalent spread: the larger of 1.4826·MAD and the mean absolute step / (2/√π) over the
   * same points (so quantised metrics whose MAD is 0 keep their jitter), floored at 0.1 of the mean
   * absolute step of all points before i and at 1e-9 of |level|.
   */
  readonly scale: Float64Array;
}

/**
 * Rolling robust statistics over the `window` points strictly before each point, so a point never
 * masks itself and the result is causal: point i's level and scale use x[i - window, i) only.
 * O(n log w) through movingMedianMad. Level and scale are written into `out` when given.
 * @throws RangeError when an array of `out` is not of x's length.
 */
export function trailingRobust(x: Numeric, window: number, out?: TrailingRobust): TrailingRobust {
  const n = x.length;
  const level = float64Out(out?.level, n);
  const scale = float64Out(out?.scale, n);
  if (window < 2 || window >= n) return { level: level.fill(NaN), scale: scale.fill(NaN) };
  const step = (i: number) => Math.abs(x[i] - x[i - 1]);
  // scale holds step i at i (0 at 0) until movingMean has read them: one 8 MB array fewer per
  // 1e6 points. The steps inside x[i - window, i) are steps i - window + 1 .. i - 1.
  scale[0] = 0;
  for (let i = 1; i < n; i++) scale[i] = step(i);
  const stepMean = movingMean(scale, window - 1);
  // Point i's window x[i - window, i) is movingMedianMad's window i - window (the last point starts
  // none): median and MAD land at i, and the MAD is turned into the scale in place below.
  movingMedianMad(view(x, 0, n - 1), window, {
    median: level.subarray(window),
    mad: scale.subarray(window),
  });
  level.fill(NaN, 0, window);
  scale.fill(NaN, 0, window);
  let stepSum = 0;
  let stepCount = 0;
  for (let i = 1; i < window; i++) {
    if (!Number.isNaN(step(i))) {
      stepSum += step(i);
      stepCount++;
    }
  }
  // A window needs at least half its points to be numbers to give a verdict.
  let valid = 0;
  for (let i = 0; i < window; i++) if (!Number.isNaN(x[i])) valid++;
  for (let i = window; i < n; i++) {
    const m = level[i];
    const enough = 2 * valid >= window;
    valid += (Number.isNaN(x[i]) ? 0 : 1) - (Number.isNaN(x[i - window]) ? 0 : 1);
    const s = Math.max(
      MAD_TO_SIGMA * scale[i],
      Number.isNaN(stepMean[i - window + 1]) ? 0 : STEP_TO_SIGMA * stepMean[i - window + 1],
    );
    const floor = stepCount > 0 ? (STEP_FLOOR * stepSum) / stepCount : 0;
    if (enough) scale[i] = Math.max(s, floor, FLAT_RELATIVE * Math.abs(m), Number.MIN_VALUE);
    else level[i] = scale[i] = NaN;
    if (!Number.isNaN(step(i))) {
      stepSum += step(i);
      stepCount++;
    }
  }
  return { level, scale };
}

/** trailingRobust with each point's deviation from its level, in units of its scale. */
export interface TrailingDeviation extends TrailingRobust {
  /** (x - level) / scale: NaN where either is. */
  readonly deviation: Float64Array;
}

/**
 * trailingRobust(x, window) and the deviation of every point from it, written into `out`'s
 * expected (the level), scale and deviation when given (NumPy's out=), else into new arrays.
 * @throws RangeError when an array of `out` is not of x's length.
 */
export function trailingDeviation(
  x: Numeric,
  window: number,
  out?: Pick<DetectorOutputs, 'expected' | 'scale' | 'deviation'>,
): TrailingDeviation {
  const { level, scale } = trailingRobust(
    x,
    window,
    out && { level: out.expected, scale: out.scale },
  );
  const deviation = float64Out(out?.deviation, x.length);
  for (let i = 0; i < x.length; i++) deviation[i] = (x[i] - level[i]) / scale[i];
  return { level, scale, deviation };
}
