import { minMaxIndices, take } from '../../kernel';
import {
  bandOf,
  flaggedIndices,
  scoreOfSigma,
  type DetectorName,
  type DetectorResult,
} from '../detectors/DetectorResult';
import { explainAnomaly, type AnomalyExplanation } from '../detectors/explainAnomalies';
import { DETECTORS_WITH_OUT, runDetector } from '../detectors/runDetector';
import { lastResult } from '../lastResult';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS, sampleX, seriesView, type SeriesView } from './seriesView';

/** Anomalies listed in the panel's table; the count says how many there are in all. */
export const ANOMALY_TABLE_ROWS = 25;

/** Detectors whose window the panel's slider sets, with the window each opens with (samples). */
export const DETECTOR_WINDOWS: Readonly<Partial<Record<DetectorName, number>>> = {
  zscore: 30,
  robust: 30,
  adaptive: 60,
};

/** One row of the anomaly table: a flagged point, why, and where it is on the x axis. */
export interface AnomalyRow extends AnomalyExplanation {
  readonly x: number;
}

/** A line decimated for drawing, on the series' x axis. */
export interface XY {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** The Anomalies panel: the series, the expected band, the flags, the score track and a table. */
export interface AnomalyView {
  readonly series: SeriesView;
  readonly detector: DetectorName;
  /** True when every point was judged on the points up to it (NAB's rule); false looks ahead. */
  readonly causal: boolean;
  /** The band expected ∓ threshold·σ, decimated on the expected value, on the series' x axis. */
  readonly band: {
    readonly x: Float64Array;
    readonly lower: Float64Array;
    readonly expected: Float64Array;
    readonly upper: Float64Array;
  };
  /** Anomaly score in [0, 1] per point (its maxima kept when decimated), and the flag line. */
  readonly score: XY;
  readonly scoreThreshold: number;
  /** Flagged points to mark: all of them, or the DISPLAY_POINTS highest-scoring. */
  readonly markers: XY;
  /** Up to ANOMALY_TABLE_ROWS flagged points, highest score first. */
  readonly rows: AnomalyRow[];
  /** Flagged points in all. */
  readonly count: number;
  /** Points that got a verdict (a score, past the learning period). */
  readonly checked: number;
  /** The window used (samples), or null for a detector without one (seasonal). */
  readonly window: number | null;
  readonly threshold: number;
  /** The season the detector used (samples), or null. */
  readonly period: number | null;
  /** That season in ms on a timed series (period times the mean step), else null. */
  readonly periodMs: number | null;
  /** Where the learning period ends (x of its last point), or null when there is none. */
  readonly learningUntil: number | null;
  /**
   * zscore only: the largest deviation the seed's definition can reach, sqrt(window - 1) (the
   * scored point is inside its own window, so a threshold at or above this flags nothing); else null.
   */
  readonly maxDeviation: number | null;
}

/** What the Anomalies panel asks for. */
export interface AnomalyViewOptions {
  /** Default 'adaptive'. */
  detector?: DetectorName;
  /** Samples (zscore, robust, adaptive); default DETECTOR_WINDOWS[detector]. */
  window?: number;
  /** Sensitivity in σ (default 3.5). */
  threshold?: number;
  /** IANA time zone of the explanations' words (default 'UTC'). */
  timeZone?: string;
}

/** What a detector run is made for: a series, a detector and its window. */
interface RunKey {
  readonly input: NamedSeries;
  readonly detector: DetectorName;
  readonly window: number | undefined;
}

/**
 * A detector run and what the view draws of it that no sensitivity changes: the series line, the
 * points kept of the expected value and of the score, and how many points got a score.
 */
interface Run extends RunKey {
  readonly result: DetectorResult;
  readonly series: SeriesView;
  readonly bandKeep: Uint32Array;
  readonly scoreKeep: Uint32Array;
  readonly checked: number;
}

/** Whether a and b are the same series: the same values, time axis, name and unit. */
const sameSeries = (a: NamedSeries, b: NamedSeries) =>
  a.values === b.values && a.timeMs === b.timeMs && a.name === b.name && a.unit === b.unit;

/** The last detector run: moving the sensitivity re-reads it instead of running it again. */
const lastRun = lastResult<RunKey, Run>(
  (kept, key) =>
    sameSeries(kept.input, key.input) &&
    kept.detector === key.detector &&
    kept.window === key.window,
);

/**
 * runDetector at its own default sensitivity on the key's series, with the view's decimations of
 * it. What `previous` (the last run) holds is reused rather than allocated again: the detector's
 * arrays when the same detector writes into them on a series of the same length (a window move:
 * see DETECTORS_WITH_OUT), and its series line for the same series.
 */
function run(key: RunKey, previous: Run | null): Run {
  const { input, detector, window } = key;
  const { name, unit, values, timeMs } = input;
  const out =
    previous?.input.values.length === values.length &&
    previous.detector === detector &&
    DETECTORS_WITH_OUT.has(detector)
      ? previous.result
      : undefined;
  const result = runDetector(detector, values, { window, timeMs, out });
  let checked = 0;
  for (let i = result.learning; i < values.length; i++) checked += +!Number.isNaN(result.score[i]);
  return {
    ...key,
    result,
    series:
      previous && sameSeries(previous.input, input)
        ? previous.series
        : seriesView(name, unit, values, timeMs),
    bandKeep: minMaxIndices(result.expected, DISPLAY_POINTS / 2),
    // A faint track a fifth of the chart high: half the points of a line are plenty.
    scoreKeep: minMaxIndices(result.score, DISPLAY_POINTS / 4),
    checked,
  };
}

/** Indices of the `k` highest scores of `flagged`, highest first (ties: larger |deviation|). */
function strongest(
  flagged: number[],
  result: Pick<DetectorResult, 'score' | 'deviation'>,
  k: number,
): number[] {
  const { score, deviation } = result;
  return [...flagged]
    .sort((a, b) => score[b] - score[a] || Math.abs(deviation[b]) - Math.abs(deviation[a]))
    .slice(0, k);
}

/**
 * A detector (runDetector) on one series, shaped for drawing: the band decimated with the same
 * min/max rule as the series (on the expected value), the score track decimated keeping its peaks,
 * flagged points (flaggedIndices) capped for markers and explained in words for the table, highest
 * score first; every x on the series' own axis (epoch ms or index). Warm-up points have no band or score
 * (NaN gaps). An empty series gives empty lines and no rows.
 */
export function anomalyView(series: NamedSeries, options: AnomalyViewOptions = {}): AnomalyView {
  const { detector = 'adaptive', threshold = 3.5, timeZone = 'UTC' } = options;
  const window =
    detector in DETECTOR_WINDOWS ? (options.window ?? DETECTOR_WINDOWS[detector]) : undefined;
  const { values, timeMs } = series;
  // The run for this series, detector and window: the last one when they match (a sensitivity
  // move), else a new one. Level shifts are the detector's own at its default; the sensitivity
  // decides which are flagged.
  const key = { input: series, detector, window };
  const cached = lastRun.get(key, (previous) => run(key, previous));
  const { bandKeep, scoreKeep } = cached;
  // The run's per-point arrays judged at this sensitivity. The band is drawn at the kept points
  // only: a move costs O(displayed points) there, not O(n).
  const result: Omit<DetectorResult, 'lower' | 'upper'> = {
    ...cached.result,
    threshold,
    scoreThreshold: scoreOfSigma(threshold),
  };
  const expected = take(result.expected, bandKeep);
  const { lower, upper } = bandOf(expected, take(result.scale, bandKeep), threshold);
  const xAt = (i: number) => (timeMs ? timeMs[i] : i);
  const xOf = (indices: ArrayLike<number>) => sampleX(indices, timeMs);
  const flagged = flaggedIndices(result);
  const markerKeep =
    flagged.length <= DISPLAY_POINTS
      ? flagged
      : strongest(flagged, result, DISPLAY_POINTS).sort((a, b) => a - b);
  return {
    // Copies: the worker transfers a result's buffers, which would detach the run's own.
    series: { ...cached.series, x: cached.series.x.slice(), y: cached.series.y.slice() },
    detector,
    causal: result.causal,
    band: { x: xOf(bandKeep), lower, expected, upper },
    score: { x: xOf(scoreKeep), y: take(result.score, scoreKeep) },
    scoreThreshold: result.scoreThreshold,
    markers: { x: xOf(markerKeep), y: Float64Array.from(markerKeep, (i) => values[i]) },
    rows: strongest(flagged, result, ANOMALY_TABLE_ROWS).map((i) => ({
      ...explainAnomaly(values, result, i, { timeMs, timeZone }),
      x: xAt(i),
    })),
    count: flagged.length,
    checked: cached.checked,
    window: window ?? null,
    threshold,
    period: result.period,
    periodMs:
      result.period !== null && timeMs && values.length > 1
        ? (result.period * (timeMs[values.length - 1] - timeMs[0])) / (values.length - 1)
        : null,
    learningUntil:
      result.learning > 0 && values.length > 0
        ? xAt(Math.min(result.learning, values.length) - 1)
        : null,
    maxDeviation:
      detector === 'zscore' && window !== undefined
        ? Math.sqrt(Math.min(window, values.length) - 1)
        : null,
  };
}
