import { float64Out, type Numeric } from '../../kernel';
import {
  detectorResult,
  scoreOfSigma,
  type DetectorOptions,
  type DetectorOutputs,
  type DetectorResult,
} from './DetectorResult';
import { levelShifts } from './levelShifts';
import { trailingDeviation } from './trailingRobust';

/**
 * Options for {@link robustDetector}: the window in samples (the points before the scored one), and
 * the arrays to write the result into (fresh ones when absent).
 */
export interface RobustOptions extends DetectorOptions {
  window?: number;
  out?: DetectorOutputs;
}

/**
 * Rolling median and MAD instead of mean and std: point i is compared with the median of the
 * `window` points before it, in units of their robust σ (trailingRobust), so one outlier neither
 * shifts the expected value nor widens the band. Causal; O(n log w). The first `window` points
 * (and every point when window >= n) have no verdict (NaN).
 * @throws RangeError when an array of `out` is not of the series' length.
 */
export function robustDetector(
  values: Numeric,
  { window = 288, threshold = 3.5, out }: RobustOptions = {},
): DetectorResult {
  const n = values.length;
  const w = Math.max(2, window);
  const { level, scale, deviation } = trailingDeviation(values, w, out);
  const score = float64Out(out?.score, n);
  for (let i = 0; i < n; i++) score[i] = scoreOfSigma(deviation[i]);
  return detectorResult(
    {
      detector: 'robust',
      causal: true,
      score,
      expected: level,
      scale,
      deviation,
      threshold,
      period: null,
      shifts: levelShifts(values, deviation, { threshold }),
    },
    out,
  );
}
