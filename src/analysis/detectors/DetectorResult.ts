/** The detectors the selector offers. */
export type DetectorName = 'zscore' | 'robust' | 'seasonal' | 'adaptive';

/** A change of level found by a detector: where it starts and the typical level on each side. */
export interface LevelShift {
  /** Series index of the first point at the new level. */
  readonly index: number;
  /** Typical value before and after (medians). */
  readonly before: number;
  readonly after: number;
  readonly kind: 'levelShift' | 'trendChange';
}

/**
 * What every detector returns, one value per series point, so the chart's band, the anomaly table
 * and the NAB evaluation read the same output. NaN marks points without a verdict (warm-up, NaN
 * input) in score, expected, scale, deviation and the band.
 */
export interface DetectorResult {
  readonly detector: DetectorName;
  /** True when each point's score uses only the points up to it (what NAB requires). */
  readonly causal: boolean;
  /** Anomaly score in [0, 1]; a point is flagged when score >= scoreThreshold. */
  readonly score: Float64Array;
  /** The expected value. */
  readonly expected: Float64Array;
  /** The typical spread (a σ-equivalent) around the expected value. */
  readonly scale: Float64Array;
  /** (value - expected) / scale: signed, in σ. */
  readonly deviation: Float64Array;
  /** The expected band, expected ∓ threshold · scale. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** The sensitivity in σ the band and scoreThreshold were drawn for. */
  readonly threshold: number;
  /** scoreOfSigma(threshold): the score at or above which a point is flagged. */
  readonly scoreThreshold: number;
  /** The season in samples the detector used (the last one, for a causal detector), or null. */
  readonly period: number | null;
  /** Level shifts and trend changes, in time order. */
  readonly shifts: readonly LevelShift[];
  /**
   * Points at the start that are never flagged: the detector is still learning what is normal
   * there (its scores are relative to the history seen so far). 0 for detectors scored in σ.
   */
  readonly learning: number;
}

/**
 * The per-point arrays a detector can write into instead of allocating them (NumPy's out=), each
 * of the series' length: a window move on the same series reuses the previous run's.
 */
export type DetectorOutputs = Pick<
  DetectorResult,
  'score' | 'expected' | 'scale' | 'deviation' | 'lower' | 'upper'
>;

/** Options every detector takes. */
export interface DetectorOptions {
  /** Sensitivity: how many σ from the expected value is anomalous (default 3.5). */
  threshold?: number;
  /** Epoch ms per point, when the series has times (for period detection and explanations). */
  timeMs?: ArrayLike<number>;
}

/** The σ at which a score reaches 0.5: scoreOfSigma(SCORE_HALF_SIGMA) = 0.5. */
export const SCORE_HALF_SIGMA = 3;

/**
 * A deviation in σ as a score in [0, 1): |d| / (|d| + 3), so 3σ scores 0.5 and the order of
 * deviations is kept. NaN stays NaN.
 * @example scoreOfSigma(3) // 0.5
 */
export function scoreOfSigma(d: number): number {
  const a = Math.abs(d);
  return a === Infinity ? 1 : a / (a + SCORE_HALF_SIGMA);
}

/**
 * The inverse of scoreOfSigma: the deviation in σ that a score in [0, 1] stands for.
 * @example sigmaOfScore(0.5) // 3
 */
export function sigmaOfScore(score: number): number {
  return score >= 1 ? Infinity : (SCORE_HALF_SIGMA * score) / (1 - score);
}

/** The band's two edges, one value per point. */
export interface Band {
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * expected ∓ threshold · scale, per point, written into `out` when given (as NumPy's out=: a
 * caller that moves the threshold over the same series reuses its buffers instead of allocating
 * two new arrays per move), else into new arrays. NaN in expected or scale gives NaN there.
 * @throws RangeError when out's arrays are not of expected's length.
 */
export function bandOf(
  expected: Float64Array,
  scale: Float64Array,
  threshold: number,
  out: Band = {
    lower: new Float64Array(expected.length),
    upper: new Float64Array(expected.length),
  },
): Band {
  const { lower, upper } = out;
  if (lower.length !== expected.length || upper.length !== expected.length) {
    throw new RangeError(`band of length ${lower.length}, the series has ${expected.length}`);
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const half = threshold * scale[i];
    lower[i] = e - half;
    upper[i] = e + half;
  }
  return out;
}

/**
 * A detector's result from its own parts: the band (bandOf the expected value and scale at
 * `threshold`, into `band` when given) and the score threshold (scoreOfSigma(threshold)) are
 * derived here, the same way for every detector.
 */
export function detectorResult(
  parts: Omit<DetectorResult, 'lower' | 'upper' | 'scoreThreshold' | 'learning'> & {
    learning?: number;
  },
  band?: Band,
): DetectorResult {
  const { expected, scale, threshold } = parts;
  // Only the two arrays: `band` may be a whole earlier result (out=), whose other fields must not
  // come along.
  const { lower, upper } = bandOf(expected, scale, threshold, band);
  return { learning: 0, ...parts, lower, upper, scoreThreshold: scoreOfSigma(threshold) };
}

/** What a result's flags are decided on (see flaggedIndices). */
export type Verdicts = Pick<
  DetectorResult,
  'learning' | 'score' | 'scoreThreshold' | 'deviation' | 'threshold'
>;

/**
 * The anomalies, in order: the points past the learning period whose score is at or above the
 * result's scoreThreshold and whose deviation is at least `threshold` σ (the same test for
 * σ-scored detectors; for a history-scored one it keeps ordinary noise from being flagged in a very
 * quiet history). NaN scores are never flagged. O(n).
 */
export function flaggedIndices(result: Verdicts): number[] {
  const { learning, score, scoreThreshold, deviation, threshold } = result;
  const flagged: number[] = [];
  for (let i = learning; i < score.length; i++) {
    if (score[i] >= scoreThreshold && Math.abs(deviation[i]) >= threshold) flagged.push(i);
  }
  return flagged;
}
