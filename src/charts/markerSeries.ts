import type { ScatterSeriesOption } from 'echarts';
import { xyPairs } from './xyPairs';

/** Points marking events on a chart (anomalies, traffic spikes), drawn in `color`. */
export interface MarkerSpec {
  readonly id: string;
  readonly name: string;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly color: string;
  /** Symbol size in px. */
  readonly size: number;
}

/**
 * A scatter series of markers over the chart's lines: [x, y] rows, above the lines (z 5). From
 * 500 markers on they are one path (ECharts' large mode; 2000 symbols as elements of their own
 * doubled a chart's draw), drawn 400 per animation frame after the first 400 (progressive), so the
 * chart's own task stays short; 'finished' waits for the last.
 */
export function markerSeries(markers: MarkerSpec): ScatterSeriesOption {
  const { id, name, x, y, color, size } = markers;
  return {
    type: 'scatter',
    id,
    name,
    data: xyPairs(x, y),
    symbolSize: size,
    itemStyle: { color },
    z: 5,
    large: true,
    largeThreshold: 500,
    progressive: 400,
    progressiveThreshold: 500,
  };
}
