import type { Numeric } from '../../kernel';
import {
  detectorResult,
  sigmaOfScore,
  type DetectorOptions,
  type DetectorOutputs,
  type DetectorResult,
} from './DetectorResult';
import { causalPeriods } from './causalPeriods';
import { levelShifts } from './levelShifts';
import { probationaryLength } from './nabScore';
import { dampSeasonalRepeats } from './seasonalRepeats';
import { surpriseScores } from './surpriseScores';
import { trailingDeviation } from './trailingRobust';

/** Options for {@link adaptiveDetector}. */
export interface AdaptiveOptions extends DetectorOptions {
  /** Samples before each point whose median and MAD give the expected value (default 60). */
  window?: number;
  /** Quantile of the past |deviation| that scores 0.5 (default 0.995). */
  quantile?: number;
  /** Points during which a repeat no larger than an earlier score is halved (default 150). */
  suppress?: number;
  /** Arrays to write the result into (fresh ones when absent). */
  out?: DetectorOutputs;
}

/**
 * The robust detector's deviations (median and MAD of the `window` points before each point)
 * scored against the series' own history instead of a fixed σ line (surpriseScores): a deviation
 * as large as the past 99.5th percentile of |deviation| scores 0.5, larger ones approach 1, and a
 * repeat within `suppress` points that is no larger is halved, so each anomaly is reported where it
 * starts, and a deviation that already happened at the same time of an earlier season (a daily
 * batch job, a square wave's edge) is halved too (dampSeasonalRepeats, with the season re-detected
 * causally). This is what scores best on NAB of the detectors measured (see scripts/eval/nab.ts).
 * The first NAB probationary period (15 % of the points, at most 750) is its learning period:
 * scored, never flagged.
 * The band is the robust band at `threshold` σ; scoreThreshold is 0.5 (as surprising as the past
 * 99.5th percentile) scaled by the sensitivity: scoreOfSigma(threshold) with 3.5σ -> 0.54.
 * Causal; O(n log n). The seasons are detected once per series (causalPeriods), whatever the
 * window.
 * @throws RangeError when an array of `out` is not of the series' length.
 */
export function adaptiveDetector(
  values: Numeric,
  {
    window = 60,
    threshold = 3.5,
    quantile = 0.995,
    suppress = 150,
    timeMs,
    out,
  }: AdaptiveOptions = {},
): DetectorResult {
  const w = Math.max(2, window);
  const n = values.length;
  const { level, scale, deviation } = trailingDeviation(values, w, out);
  const periods = causalPeriods(values, timeMs);
  const surprise = surpriseScores(deviation, { quantile, suppress }, out?.score);
  const score = dampSeasonalRepeats(surprise, deviation, periods, {}, surprise);
  return detectorResult(
    {
      detector: 'adaptive',
      causal: true,
      score,
      expected: level,
      scale,
      deviation,
      threshold,
      period: n > 0 && periods[n - 1] > 0 ? periods[n - 1] : null,
      shifts: levelShifts(values, deviation, { threshold }),
      learning: probationaryLength(n),
    },
    out,
  );
}

/** The surprise ratio (|deviation| over the past quantile) a score of the adaptive detector means. */
export function surpriseOfScore(score: number): number {
  return sigmaOfScore(score) / 3;
}
