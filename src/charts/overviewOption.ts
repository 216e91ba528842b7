import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { OverviewView } from '../analysis/views/overviewView';
import { axisTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatValue } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { timeZoom, zoomSliderSpace, type ZoomRange } from './timeZoom';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/**
 * The Overview chart, like a time-series panel: every drawn series as a line in the theme's
 * palette (with a legend whose entries toggle them when there are several), a dashed line at the
 * high-load threshold, and each high-load period shaded. A period covers its samples' full width
 * (half a sample step either side, the step estimated from the first line's span), so a one-sample
 * period still shows. On a time axis, the x window is `zoom` (null: the whole series) and can be
 * zoomed (timeZoom).
 */
export function overviewOption(
  view: OverviewView,
  theme: ChartTheme,
  zoom: ZoomRange | null = null,
): EChartsCoreOption {
  const { lines, summary, periodsX, unit } = view;
  const first = lines[0];
  const span = first.x.length > 0 ? first.x[first.x.length - 1] - first.x[0] : 0;
  const step = first.xKind === 'index' ? 1 : span / Math.max(1, first.length - 1);
  const half = step / 2;
  const legend = lines.length > 1 ? lines.map((l) => l.name) : undefined;
  const base = baseOption(theme, legend);
  return {
    ...base,
    grid: { left: 8, right: 24, top: legend ? 36 : 20, bottom: 4 + zoomSliderSpace(first.xKind) },
    xAxis: xAxisFor(first.xKind, theme),
    dataZoom: timeZoom(first.xKind, zoom, theme),
    yAxis: valueAxis(theme, unit, [summary.highLoad]),
    tooltip: axisTooltip(theme, formatX(first.xKind, theme), unit),
    series: [
      ...lines.map((line, i) =>
        lineSeries({
          id: `series-${i}`,
          name: line.name,
          x: line.x,
          y: line.y,
          color: theme.series[i % theme.series.length],
          width: lines.length > 1 ? 1.25 : 1.5,
        }),
      ),
      {
        // The line and the periods belong to no one series: they stay when the legend hides any.
        type: 'line',
        id: 'high-load',
        data: [],
        silent: true,
        markLine: markLines(
          [
            {
              axis: 'y',
              value: summary.highLoad,
              label: `high load ${formatValue(summary.highLoad, unit)}`,
              color: theme.danger,
              dashed: true,
            },
          ],
          theme,
        ),
        markArea: {
          silent: true,
          itemStyle: { color: theme.danger, opacity: 0.12 },
          data: periodsX.map((p) => [{ xAxis: p.start - half }, { xAxis: p.end + half }]),
        },
      },
    ],
  } satisfies EChartsOption;
}
