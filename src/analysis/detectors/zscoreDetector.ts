import { float64Out, movingMeanStd, type Numeric } from '../../kernel';
import {
  detectorResult,
  scoreOfSigma,
  type DetectorOptions,
  type DetectorOutputs,
  type DetectorResult,
} from './DetectorResult';

/**
 * Options for {@link zscoreDetector}: the seed's window (samples, the point included), and the
 * arrays to write the result into (fresh ones when absent).
 */
export interface ZscoreOptions extends DetectorOptions {
  window?: number;
  out?: DetectorOutputs;
}

// As detectAnomalies: spread below 1e-12 of the level is rounding, not signal.
const FLAT_RELATIVE = 1e-12;

/**
 * The seed's moving z-score as a detector: point i is compared with the mean and population std of
 * the `window` points ending at i (itself included), deviation (x - mean) / std, score
 * scoreOfSigma(|deviation|). Causal. Points before window - 1 and windows holding NaN have no
 * verdict (NaN). A flat window gives deviation 0, as detectAnomalies. O(n), allocating nothing of
 * the series' length when `out` is given.
 * @throws RangeError when an array of `out` is not of the series' length.
 * @example zscoreDetector(values, { window: 30, threshold: 3 }).score
 */
export function zscoreDetector(
  values: Numeric,
  { window = 30, threshold = 3.5, out }: ZscoreOptions = {},
): DetectorResult {
  const n = values.length;
  const w = Math.min(window, n);
  const expected = float64Out(out?.expected, n).fill(NaN);
  const scale = float64Out(out?.scale, n).fill(NaN);
  const deviation = float64Out(out?.deviation, n).fill(NaN);
  const score = float64Out(out?.score, n).fill(NaN);
  if (w >= 2) {
    // Window k ends at point k + w - 1: its mean and std land there directly.
    movingMeanStd(values, w, 0, expected.subarray(w - 1), scale.subarray(w - 1));
    for (let i = w - 1; i < n; i++) {
      const m = expected[i];
      const sd = Math.max(scale[i], FLAT_RELATIVE * Math.abs(m));
      scale[i] = sd;
      deviation[i] = sd === 0 ? 0 : (values[i] - m) / sd;
      score[i] = scoreOfSigma(deviation[i]);
    }
  }
  return detectorResult(
    {
      detector: 'zscore',
      causal: true,
      score,
      expected,
      scale,
      deviation,
      threshold,
      period: null,
      shifts: [],
    },
    out,
  );
}
