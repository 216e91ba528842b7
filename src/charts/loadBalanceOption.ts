import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { LoadDistribution } from '../analysis/analyzeLoadDistribution';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatCount, formatValue } from './formatNumber';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { categoryAxis, valueAxis } from './xAxisFor';

/** A server's standing against the tolerance band, by the same rule analyzeLoadDistribution uses. */
function standing(result: LoadDistribution, count: number): string {
  if (Number.isNaN(count)) return 'did not report';
  if (count > result.upperLimit) return 'overloaded';
  if (count < result.lowerLimit) return 'underutilised';
  return 'within band';
}

/**
 * The Load balancer chart: requests per server as bars (overloaded in the danger colour,
 * underutilised in the warning colour, the rest in the accent colour; silent servers have no bar),
 * a dashed line at the even-spread expectation and the ±tolerance band shaded between lowerLimit
 * and upperLimit. Server names are category labels (rotated when there are more than 8).
 */
export function loadBalanceOption(result: LoadDistribution, theme: ChartTheme): EChartsCoreOption {
  const { names, counts, expected, lowerLimit, upperLimit } = result;
  const colours: Record<string, string> = {
    overloaded: theme.danger,
    underutilised: theme.warning,
  };
  const tolerance = ((upperLimit - expected) / expected) * 100;
  const band = Number.isFinite(lowerLimit) && Number.isFinite(upperLimit);
  return {
    ...baseOption(theme),
    xAxis: categoryAxis(theme, names, { rotate: names.length > 8 ? 45 : 0, width: 96 }),
    yAxis: valueAxis(theme, 'requests', [lowerLimit, upperLimit]),
    tooltip: itemTooltip(theme, (p) => {
      const i = p.dataIndex;
      return {
        title: names[i],
        rows: [
          { marker: p.marker as string, label: 'Requests', value: formatCount(counts[i]) },
          { label: 'Share', value: formatValue(result.distributionPct[i], '%') },
          { label: 'Status', value: standing(result, counts[i]) },
        ],
      };
    }),
    series: [
      {
        type: 'bar',
        id: 'requests',
        name: 'Requests',
        data: Array.from(counts, (count) => ({
          value: Number.isFinite(count) ? count : null,
          itemStyle: { color: colours[standing(result, count)] ?? theme.accent },
        })),
        markLine: markLines(
          [
            {
              axis: 'y',
              value: expected,
              label: `expected ${formatCount(expected)}`,
              color: theme.muted,
              dashed: true,
            },
          ],
          theme,
        ),
        markArea: {
          silent: true,
          itemStyle: { color: theme.band },
          label: { color: theme.muted, position: 'insideTopLeft', fontSize: 11 },
          data: band
            ? [
                [
                  { name: `±${formatValue(tolerance, '%')}`, yAxis: lowerLimit },
                  { yAxis: upperLimit },
                ],
              ]
            : [],
        },
      },
    ],
  } satisfies EChartsOption;
}
