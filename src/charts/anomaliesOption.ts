import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { AnomalyView } from '../analysis/views/anomalyView';
import { axisTooltip } from './axisTooltip';
import { bandSeries } from './bandSeries';
import { baseOption } from './baseOption';
import { formatNumber } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markerSeries } from './markerSeries';
import type { ChartTheme } from './theme';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/**
 * The Anomalies chart: the expected band (rolling mean ± threshold σ) shaded, the rolling mean as a
 * thin dashed line, the series on top and every marked anomaly as a point in the danger colour.
 * Legend: the series' own name, 'Expected', 'Band (±kσ)', 'Anomalies'. The band may dip below 0
 * (bandSeries stacks it whatever the signs).
 */
export function anomaliesOption(view: AnomalyView, theme: ChartTheme): EChartsCoreOption {
  const { series, band, markers } = view;
  const bandName = `Band (±${formatNumber(view.threshold)}σ)`;
  return {
    ...baseOption(theme, [
      series.name,
      'Expected',
      { name: bandName, icon: 'roundRect' },
      'Anomalies',
    ]),
    xAxis: xAxisFor(series.xKind, theme),
    yAxis: valueAxis(theme, series.unit),
    tooltip: axisTooltip(theme, formatX(series.xKind, theme), series.unit),
    series: [
      ...bandSeries({
        id: 'band',
        name: bandName,
        x: band.x,
        lower: band.lower,
        upper: band.upper,
        color: theme.band,
      }),
      lineSeries({
        id: 'expected',
        name: 'Expected',
        x: band.x,
        y: band.mean,
        color: theme.muted,
        width: 1,
        dashed: true,
      }),
      lineSeries({
        id: 'series',
        name: series.name,
        x: series.x,
        y: series.y,
        color: theme.accent,
      }),
      markerSeries({
        id: 'anomalies',
        name: 'Anomalies',
        x: markers.x,
        y: markers.y,
        color: theme.danger,
        size: 7,
      }),
    ],
  } satisfies EChartsOption;
}
