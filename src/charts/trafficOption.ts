import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TrafficView } from '../analysis/views/trafficView';
import { axisTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatValue } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markerSeries } from './markerSeries';
import { markLines } from './markLines';
import type { ChartTheme } from './theme';
import { timeZoom, zoomSliderSpace, type ZoomRange } from './timeZoom';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/**
 * The Network traffic chart: bandwidth (Mbps) over the sample index (axis 'minute'), spikes as
 * points in the danger colour, and dashed lines at p95 and at the spike threshold (mean + k σ),
 * both kept inside the y range, their labels at opposite ends so close lines stay legible. On a
 * time axis, the x window is `zoom` (null: the whole series) and can be zoomed (timeZoom).
 */
export function trafficOption(
  view: TrafficView,
  theme: ChartTheme,
  zoom: ZoomRange | null = null,
): EChartsCoreOption {
  const { bandwidth, spikes, stats } = view;
  const unit = 'Mbps';
  const base = baseOption(theme, ['Bandwidth', 'Spikes']);
  return {
    ...base,
    grid: { ...base.grid, bottom: 8 + zoomSliderSpace(bandwidth.xKind) },
    xAxis: xAxisFor(bandwidth.xKind, theme, 'minute'),
    dataZoom: timeZoom(bandwidth.xKind, zoom, theme),
    yAxis: valueAxis(theme, unit, [stats.p95Mbps, stats.spikeThresholdMbps]),
    tooltip: axisTooltip(theme, formatX(bandwidth.xKind, theme, 'minute'), unit),
    series: [
      {
        ...lineSeries({
          id: 'bandwidth',
          name: 'Bandwidth',
          x: bandwidth.x,
          y: bandwidth.y,
          color: theme.accent,
        }),
        markLine: markLines(
          [
            {
              axis: 'y',
              value: stats.p95Mbps,
              label: `p95 ${formatValue(stats.p95Mbps, unit)}`,
              color: theme.warning,
              dashed: true,
              labelPosition: 'insideStartTop',
            },
            {
              axis: 'y',
              value: stats.spikeThresholdMbps,
              label: `spike line ${formatValue(stats.spikeThresholdMbps, unit)}`,
              color: theme.danger,
              dashed: true,
            },
          ],
          theme,
        ),
      },
      markerSeries({
        id: 'spikes',
        name: 'Spikes',
        x: spikes.x,
        y: spikes.y,
        color: theme.danger,
        size: 6,
      }),
    ],
  } satisfies EChartsOption;
}
