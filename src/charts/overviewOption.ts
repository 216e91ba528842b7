import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { OverviewView } from '../analysis/views/overviewView';
import { axisTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatValue } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/**
 * The Overview chart: the series as a plain line, a dashed line at the high-load threshold and each
 * high-load period shaded. A period covers its samples' full width (half a sample step either side,
 * the step estimated from the series' span), so a one-sample period still shows. Compact: no legend.
 */
export function overviewOption(view: OverviewView, theme: ChartTheme): EChartsCoreOption {
  const { series, summary, periodsX } = view;
  const span = series.x.length > 0 ? series.x[series.x.length - 1] - series.x[0] : 0;
  const step = series.xKind === 'index' ? 1 : span / Math.max(1, series.length - 1);
  const half = step / 2;
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 24, top: 20, bottom: 4 },
    xAxis: xAxisFor(series.xKind, theme),
    yAxis: valueAxis(theme, series.unit, [summary.highLoad]),
    tooltip: axisTooltip(theme, formatX(series.xKind, theme), series.unit),
    series: [
      {
        ...lineSeries({
          id: 'series',
          name: series.name,
          x: series.x,
          y: series.y,
          color: theme.accent,
          width: 1.5,
        }),
        markLine: markLines(
          [
            {
              axis: 'y',
              value: summary.highLoad,
              label: `high load ${formatValue(summary.highLoad, series.unit)}`,
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
