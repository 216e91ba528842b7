import { argsort, minMaxIndices, take } from '../../kernel';
import { detectAnomalies, type AnomalyOptions, type AnomalyResult } from '../detectAnomalies';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS, seriesView, type SeriesView } from './seriesView';

/** Anomalies listed in the panel's table; the count says how many there are in all. */
export const ANOMALY_TABLE_ROWS = 100;

/** One row of the anomaly table. */
export interface AnomalyRow {
  readonly index: number;
  readonly x: number;
  readonly value: number;
  readonly expected: number;
  readonly deviation: number;
}

/** The Anomalies panel: the series, the expected band, the marked anomalies and a table. */
export interface AnomalyView {
  readonly series: SeriesView;
  /** The band mean ± threshold·std, decimated like the series, on the same x axis. */
  readonly band: {
    readonly x: Float64Array;
    readonly lower: Float64Array;
    readonly mean: Float64Array;
    readonly upper: Float64Array;
  };
  /** Anomalies to mark: all of them, or the DISPLAY_POINTS largest deviations when there are more. */
  readonly markers: { readonly x: Float64Array; readonly y: Float64Array };
  /** Up to ANOMALY_TABLE_ROWS anomalies with the largest deviations, in time order. */
  readonly rows: AnomalyRow[];
  readonly count: number;
  readonly checked: number;
  readonly window: number;
  readonly threshold: number;
  /**
   * The largest deviation the seed's definition can reach, sqrt(window - 1): the scored point is
   * inside its own window, so a threshold at or above this can never flag anything.
   */
  readonly maxDeviation: number;
}

/** Positions (into the anomaly list) of the `k` largest deviations, ascending. */
function largest(result: AnomalyResult, k: number): Uint32Array {
  if (result.count <= k) return Uint32Array.from({ length: result.count }, (_, i) => i);
  return argsort(result.deviation)
    .slice(result.count - k)
    .sort();
}

/**
 * detectAnomalies() of a series, shaped for drawing: the band is decimated with the same min/max
 * rule as the series (on the band mean), markers and table rows are capped, and every x is on the
 * series' own axis (epoch ms or index).
 */
export function anomalyView(series: NamedSeries, options: AnomalyOptions = {}): AnomalyView {
  const result = detectAnomalies(series.values, options);
  const xAt = (i: number) => (series.timeMs ? series.timeMs[i] : i);
  const bandKeep = minMaxIndices(result.bandMean, DISPLAY_POINTS / 2);
  const markerKeep = largest(result, DISPLAY_POINTS);
  const rowKeep = largest(result, ANOMALY_TABLE_ROWS);
  return {
    series: seriesView(series.name, series.unit, series.values, series.timeMs),
    band: {
      x: Float64Array.from(bandKeep, (j) => xAt(j + result.bandStart)),
      lower: take(result.bandLower, bandKeep),
      mean: take(result.bandMean, bandKeep),
      upper: take(result.bandUpper, bandKeep),
    },
    markers: {
      x: Float64Array.from(markerKeep, (k) => xAt(result.indices[k])),
      y: take(result.values, markerKeep),
    },
    rows: Array.from(rowKeep, (k) => ({
      index: result.indices[k],
      x: xAt(result.indices[k]),
      value: result.values[k],
      expected: result.expected[k],
      deviation: result.deviation[k],
    })),
    count: result.count,
    checked: result.checked,
    window: result.window,
    threshold: result.threshold,
    maxDeviation: Math.sqrt(result.window - 1),
  };
}
