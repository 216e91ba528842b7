import type { LineSeriesOption } from 'echarts';
import { xyPairs } from './xyPairs';

/** A line over x named `name` (its legend entry and tooltip label), drawn in `color`. */
export interface LineSpec {
  readonly id: string;
  readonly name: string;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly color: string;
  /** Line width in px (default 1.25). */
  readonly width?: number;
  readonly dashed?: boolean;
}

/**
 * A plain line series: [x, y] rows (a y that is not finite is a gap), no point symbols, the line
 * and its legend and tooltip marker in `color`. Callers add what only their chart has (markLine,
 * markArea) to the returned object.
 */
export function lineSeries(line: LineSpec): LineSeriesOption {
  const { id, name, x, y, color, width = 1.25, dashed = false } = line;
  return {
    type: 'line',
    id,
    name,
    data: xyPairs(x, y),
    showSymbol: false,
    lineStyle: dashed ? { width, type: 'dashed', color } : { width, color },
    itemStyle: { color },
  };
}
