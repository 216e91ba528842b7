import type { MarkLineComponentOption } from 'echarts';
import type { ChartTheme } from './theme';

/** Where a line's label sits (ECharts markLine label positions); stagger lines that run close. */
export type MarkLabelPosition = 'end' | 'insideEndTop' | 'insideMiddleTop' | 'insideStartTop';

/** One reference line: at `value` on the x or y axis, drawn in `color`, labelled `label`. */
export interface MarkLineSpec {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** Default 'insideEndTop': along the line, at its end (right, or top for a vertical line). */
  readonly labelPosition?: MarkLabelPosition;
}

/**
 * A series' markLine holding `lines` (thresholds, percentiles, capacity), each a thin line in its
 * own colour with its label at the end. Lines whose value is NaN or ±Infinity (a statistic of no
 * data) are left out rather than drawn at a meaningless place. Silent: they are not hover targets.
 */
export function markLines(
  lines: readonly MarkLineSpec[],
  theme: ChartTheme,
): MarkLineComponentOption {
  return {
    silent: true,
    symbol: 'none',
    label: { formatter: '{b}', fontSize: 11, color: theme.muted },
    data: lines
      .filter((line) => Number.isFinite(line.value))
      .map((line) => ({
        name: line.label,
        ...(line.axis === 'x' ? { xAxis: line.value } : { yAxis: line.value }),
        lineStyle: { color: line.color, width: 1, type: line.dashed ? 'dashed' : 'solid' },
        label: { color: line.color, position: line.labelPosition ?? 'insideEndTop' },
      })),
  };
}
