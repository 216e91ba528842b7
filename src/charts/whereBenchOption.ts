import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { BenchResult } from '../analysis/benchWhereVsLoop';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatCount, formatValue } from './formatNumber';
import type { ChartTheme } from './theme';
import { categoryAxis, valueAxis } from './xAxisFor';

/** The two paths compared, top to bottom. */
const PATHS = ['vectorised where', 'plain loop'];

/**
 * The where-vs-loop benchmark as two horizontal bars (ms): the kernel's vectorised `where` in the
 * ok colour on top, the seed's per-element loop in the warning colour below, each labelled with its
 * median time.
 */
export function whereBenchOption(result: BenchResult, theme: ChartTheme): EChartsCoreOption {
  const times = [result.vectorisedMs, result.loopMs];
  const colours = [theme.ok, theme.warning];
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 72, top: 20, bottom: 8 },
    xAxis: valueAxis(theme, 'ms'),
    yAxis: { ...categoryAxis(theme, PATHS), inverse: true },
    tooltip: itemTooltip(theme, (p) => ({
      title: PATHS[p.dataIndex],
      rows: [
        {
          marker: p.marker as string,
          label: 'median time',
          value: formatValue(times[p.dataIndex], 'ms'),
        },
        { label: 'values', value: formatCount(result.n) },
      ],
    })),
    series: [
      {
        type: 'bar',
        id: 'times',
        name: 'Median time',
        data: times.map((ms, i) => ({
          value: Number.isFinite(ms) ? ms : null,
          itemStyle: { color: colours[i] },
        })),
        barWidth: '50%',
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: (p) => formatValue(p.value as number, 'ms'),
        },
      },
    ],
  } satisfies EChartsOption;
}
