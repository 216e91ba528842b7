import { arange, minMaxIndices, take, type Numeric } from '../../kernel';

/**
 * Points a chart draws of one long series: min/max pairs of 500 buckets, about one bucket per two
 * pixels of the widest plot (Grafana draws one point per pixel). More are lost to pixels anyway
 * and cost main-thread time to draw (the scale test holds each chart to one short task).
 */
export const DISPLAY_POINTS = 1000;

/** A series made ready to draw: at most DISPLAY_POINTS points that keep every peak and trough. */
export interface SeriesView {
  readonly name: string;
  readonly unit: string;
  /** 'time': x is epoch ms; 'index': x is the sample number (or day, minute...). */
  readonly xKind: 'time' | 'index';
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Samples in the full series. */
  readonly length: number;
}

/**
 * The x value of every sample: its timestamp when the series has one, else its index.
 * NumPy: time_ms or np.arange(n). Returns a fresh array.
 */
export function sampleX(length: number, timeMs?: Float64Array): Float64Array {
  return timeMs ? timeMs.slice() : arange(length);
}

/**
 * `values` reduced for drawing by min/max decimation (minMaxIndices) to at most `maxPoints` points,
 * with x from `timeMs` (epoch ms) or the sample index. Series of up to maxPoints come back whole.
 * Empty values -> empty view. NaN gaps are kept.
 */
export function seriesView(
  name: string,
  unit: string,
  values: Numeric,
  timeMs?: Float64Array,
  maxPoints = DISPLAY_POINTS,
): SeriesView {
  const keep = minMaxIndices(values, Math.max(1, Math.floor(maxPoints / 2)));
  return {
    name,
    unit,
    xKind: timeMs ? 'time' : 'index',
    x: timeMs ? take(timeMs, keep) : Float64Array.from(keep),
    y: take(values, keep),
    length: values.length,
  };
}
