import { minMaxIndices, take, type Numeric } from '../../kernel';

/**
 * Points a chart draws of one long series: min/max pairs of 400 buckets, one bucket per three
 * pixels of a 1200 px plot, every peak and trough kept (Grafana draws one point per pixel). More
 * are lost to pixels anyway and cost main-thread time to draw: with the anomaly score track, the
 * capacity band and the farm's outlines, 500 buckets took the 1e6-row long CSV's longest chart
 * task to 53-62 ms of CPU, over the scale test's 50 ms.
 */
export const DISPLAY_POINTS = 800;

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
 * The x values of the samples at `indices`: their timestamps when the series has them, else the
 * indices themselves. NumPy: time_ms[indices], or indices as floats. A fresh array.
 */
export function sampleX(indices: ArrayLike<number>, timeMs?: Float64Array): Float64Array {
  const x = new Float64Array(indices.length);
  for (let k = 0; k < x.length; k++) x[k] = timeMs ? timeMs[indices[k]] : indices[k];
  return x;
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
