import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Correlation } from '../analysis/correlate';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatCount } from './formatNumber';
import type { ChartTheme } from './theme';
import { categoryAxis } from './xAxisFor';

/** r to 2 decimals, as cells and tooltips show it. */
const formatR = (r: number) => r.toFixed(2);

/**
 * The correlation matrix as a k x k heatmap: metric names on both axes (row 0 at the top, reading
 * like the matrix), cells coloured on a diverging scale fixed at -1..1 so 0 is always neutral, and
 * labelled with r to 2 decimals. NaN r (a constant metric) leaves its cell blank. Tooltips name
 * the pair (escaped) with r and the number of complete samples behind it.
 */
export function correlationOption(correlation: Correlation, theme: ChartTheme): EChartsCoreOption {
  const { names, matrix, n } = correlation;
  const k = names.length;
  const data: [number, number, number][] = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (Number.isFinite(matrix[i * k + j])) data.push([j, i, matrix[i * k + j]]);
    }
  }
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 16, top: 12, bottom: 60 },
    xAxis: categoryAxis(theme, names, { rotate: k > 4 ? 30 : 0, width: 96 }),
    yAxis: { ...categoryAxis(theme, names, { width: 120 }), inverse: true },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min: -1,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: ['1', '-1'],
      textStyle: { color: theme.muted },
      inRange: { color: [...theme.diverging] },
    },
    tooltip: itemTooltip(theme, (p) => {
      const [j, i, r] = p.value as [number, number, number];
      return {
        title: `${names[i]} × ${names[j]}`,
        rows: [
          { label: 'r', value: formatR(r) },
          { label: 'samples', value: formatCount(n) },
        ],
      };
    }),
    series: [
      {
        type: 'heatmap',
        id: 'correlation',
        name: 'Pearson r',
        data,
        label: {
          show: true,
          color: theme.text,
          fontSize: 11,
          formatter: (p) => formatR((p.value as number[])[2]),
        },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } },
      },
    ],
  } satisfies EChartsOption;
}
