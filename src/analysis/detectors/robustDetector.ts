import type { Numeric } from '../../kernel';
import {
  detectorResult,
  scoreOfSigma,
  type DetectorOptions,
  type DetectorResult,
} from './DetectorResult';
import { levelShifts } from './levelShifts';
import { trailingRobust } from './trailingRobust';

/** Options for {@link robustDetector}: the window in samples (the points before the scored one). */
export interface RobustOptions extends DetectorOptions {
  window?: number;
}

/**
 * Rolling median and MAD instead of mean and std: point i is compared with the median of the
 * `window` points before it, in units of their robust σ (trailingRobust), so one outlier neither
 * shifts the expected value nor widens the band. Causal; O(n log w). The first `window` points
 * (and every point when window >= n) have no verdict (NaN).
 */
export function robustDetector(
  values: Numeric,
  { window = 288, threshold = 3.5 }: RobustOptions = {},
): DetectorResult {
  const n = values.length;
  const w = Math.max(2, window);
  const { level, scale } = trailingRobust(values, w);
  const deviation = new Float64Array(n).fill(NaN);
  const score = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    deviation[i] = (values[i] - level[i]) / scale[i];
    score[i] = scoreOfSigma(deviation[i]);
  }
  return detectorResult({
    detector: 'robust',
    causal: true,
    score,
    expected: level,
    scale,
    deviation,
    threshold,
    period: null,
    shifts: levelShifts(values, deviation, { threshold }),
  });
}
