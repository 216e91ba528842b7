import { movingMean, movingStd, type Numeric } from '../../kernel';
import {
  detectorResult,
  scoreOfSigma,
  type DetectorOptions,
  type DetectorResult,
} from './DetectorResult';

/** Options for {@link zscoreDetector}: the seed's window (samples, the point included). */
export interface ZscoreOptions extends DetectorOptions {
  window?: number;
}

// As detectAnomalies: spread below 1e-12 of the level is rounding, not signal.
const FLAT_RELATIVE = 1e-12;

/**
 * The seed's moving z-score as a detector: point i is compared with the mean and population std of
 * the `window` points ending at i (itself included), deviation (x - mean) / std, score
 * scoreOfSigma(|deviation|). Causal. Points before window - 1 and windows holding NaN have no
 * verdict (NaN). A flat window gives deviation 0, as detectAnomalies. O(n).
 * @example zscoreDetector(values, { window: 30, threshold: 3 }).score
 */
export function zscoreDetector(
  values: Numeric,
  { window = 30, threshold = 3.5 }: ZscoreOptions = {},
): DetectorResult {
  const n = values.length;
  const w = Math.min(window, n);
  const expected = new Float64Array(n).fill(NaN);
  const scale = new Float64Array(n).fill(NaN);
  const deviation = new Float64Array(n).fill(NaN);
  const score = new Float64Array(n).fill(NaN);
  if (w >= 2) {
    const m = movingMean(values, w);
    const s = movingStd(values, w, 0);
    for (let k = 0; k < m.length; k++) {
      const i = k + w - 1;
      const sd = Math.max(s[k], FLAT_RELATIVE * Math.abs(m[k]));
      expected[i] = m[k];
      scale[i] = sd;
      deviation[i] = sd === 0 ? 0 : (values[i] - m[k]) / sd;
      score[i] = scoreOfSigma(deviation[i]);
    }
  }
  return detectorResult({
    detector: 'zscore',
    causal: true,
    score,
    expected,
    scale,
    deviation,
    threshold,
    period: null,
    shifts: [],
  });
}
