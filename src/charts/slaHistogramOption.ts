import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { SlaMetrics } from '../analysis/slaMetrics';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatCount, formatValue } from './formatNumber';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { valueAxis } from './xAxisFor';

/**
 * The SLA chart: the response-time histogram as touching bars at the bin centres on a value axis
 * in the series' `unit` ('ms', or 's' with values shown rescaled: 0.35 s as '350 ms'; no unit is
 * read as ms, as slaView does), `target` in that unit too, the x range spanning the outer bin edges and the SLA `target`, a solid line at the target
 * and dashed ones at p95 and p99 (of the IQR-filtered times, as result.percentiles are), their
 * labels staggered (above, top, middle) since they often fall close. Tooltips give the bin's range,
 * count and share of all times.
 */
export function slaHistogramOption(
  result: SlaMetrics,
  theme: ChartTheme,
  target: number,
  seriesUnit = 'ms',
): EChartsCoreOption {
  const { counts, edges } = result.histogram;
  const { p95, p99 } = result.percentiles;
  const unit = seriesUnit || 'ms';
  const centres = Array.from(counts, (_, i) => (edges[i] + edges[i + 1]) / 2);
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 24, top: 28, bottom: 8 },
    xAxis: {
      ...valueAxis(theme, unit, [edges[0], edges[edges.length - 1], target]),
      splitLine: { show: false },
    },
    yAxis: valueAxis(theme, 'count'),
    tooltip: itemTooltip(theme, (p) => {
      const i = p.dataIndex;
      return {
        title: `${formatValue(edges[i], unit)} – ${formatValue(edges[i + 1], unit)}`,
        rows: [
          { marker: p.marker as string, label: 'Responses', value: formatCount(counts[i]) },
          { label: 'Share', value: formatValue((counts[i] / result.count) * 100, '%') },
        ],
      };
    }),
    series: [
      {
        type: 'bar',
        id: 'histogram',
        name: 'Responses',
        data: centres.map((centre, i) => [centre, counts[i]]),
        barWidth: '96%',
        itemStyle: { color: theme.accent },
        markLine: markLines(
          [
            {
              axis: 'x',
              value: target,
              label: `target ${formatValue(target, unit)}`,
              color: theme.danger,
              labelPosition: 'end',
            },
            {
              axis: 'x',
              value: p95,
              label: `p95 ${formatValue(p95, unit)}`,
              color: theme.warning,
              dashed: true,
            },
            {
              axis: 'x',
              value: p99,
              label: `p99 ${formatValue(p99, unit)}`,
              color: theme.muted,
              dashed: true,
              labelPosition: 'insideMiddleTop',
            },
          ],
          theme,
        ),
      },
    ],
  } satisfies EChartsOption;
}
