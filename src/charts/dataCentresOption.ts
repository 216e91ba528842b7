import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { DataCentresView } from '../analysis/views/dataCentresView';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatValue } from './formatNumber';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { categoryAxis, valueAxis } from './xAxisFor';

/** Percent of the chart width between two neighbouring small charts. */
const GAP = 2;

/**
 * The Data centres chart as small multiples: one horizontal bar chart per metric, side by side in
 * its own grid with its own value axis (cpu %, latency ms and error rate % do not share a scale, so
 * grouped bars on one axis would flatten all but the largest), data centres down the shared y order
 * (named on the first chart only), and a dashed line at the traffic-weighted average, noting the
 * share of traffic behind it when some centres do not report the metric (their bar is missing).
 */
export function dataCentresOption(view: DataCentresView, theme: ChartTheme): EChartsCoreOption {
  const { metricNames, dataCentres: centres, averages, coverage, weightShares } = view.aggregate;
  const units = metricNames.map((metric) => view.units[metric] ?? '');
  const width = 100 / Math.max(1, metricNames.length);
  const reading = (metric: string) =>
    view.dataCentres.map((dc) => {
      const v = Object.hasOwn(dc.metrics, metric) ? dc.metrics[metric] : NaN;
      return Number.isFinite(v) ? v : null;
    });
  const averageLabel = (m: number) =>
    `avg ${formatValue(averages[m], units[m])}` +
    (coverage[m] < 1 ? ` (${formatValue(coverage[m] * 100, '%')} of traffic)` : '');
  return {
    ...baseOption(theme),
    grid: metricNames.map((_, m) => ({
      left: `${m * width + GAP / 2}%`,
      width: `${width - GAP}%`,
      top: 24,
      bottom: 8,
      outerBoundsMode: 'same' as const,
    })),
    xAxis: metricNames.map((metric, m) => ({
      ...valueAxis(theme, units[m] ? `${metric} (${units[m]})` : metric, [averages[m]]),
      gridIndex: m,
      nameLocation: 'middle' as const,
      nameGap: 24,
      splitNumber: 3,
    })),
    yAxis: metricNames.map((_, m) => ({
      ...categoryAxis(theme, centres, { show: m === 0, width: 96 }),
      gridIndex: m,
      inverse: true,
    })),
    tooltip: itemTooltip(theme, (p) => {
      const m = p.seriesIndex ?? 0;
      return {
        title: centres[p.dataIndex],
        rows: [
          {
            marker: p.marker as string,
            label: metricNames[m],
            value: formatValue((p.value as number | null) ?? NaN, units[m]),
          },
          { label: 'traffic share', value: formatValue(weightShares[p.dataIndex] * 100, '%') },
        ],
      };
    }),
    series: metricNames.map((metric, m) => ({
      type: 'bar' as const,
      id: metric,
      name: metric,
      xAxisIndex: m,
      yAxisIndex: m,
      data: reading(metric),
      itemStyle: { color: theme.series[m % theme.series.length] },
      markLine: markLines(
        [
          {
            axis: 'x',
            value: averages[m],
            label: averageLabel(m),
            color: theme.text,
            dashed: true,
          },
        ],
        theme,
      ),
    })),
  } satisfies EChartsOption;
}
