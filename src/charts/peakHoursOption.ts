import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TrafficView } from '../analysis/views/trafficView';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatValue } from './formatNumber';
import type { ChartTheme } from './theme';
import { categoryAxis, valueAxis } from './xAxisFor';

/** What the peak-hours chart says when the traffic does not make whole hours. */
export const NO_HOURLY_BREAKDOWN = 'Hourly breakdown needs whole hours of samples';

/**
 * Mean bandwidth per hour as bars labelled '00', '01', ... (hours since the first sample), the peak
 * hours in the warning colour and the rest in the accent colour. When view.hourlyMbps is null (the
 * samples are not whole hours) the option has no series, only a title saying so.
 */
export function peakHoursOption(view: TrafficView, theme: ChartTheme): EChartsCoreOption {
  const hourly = view.hourlyMbps;
  if (hourly === null) {
    return {
      ...baseOption(theme),
      title: {
        text: NO_HOURLY_BREAKDOWN,
        left: 'center',
        top: 'middle',
        textStyle: { color: theme.muted, fontSize: 13, fontWeight: 'normal' },
      },
    } satisfies EChartsOption;
  }
  const peaks = Array.from(view.peakHours?.hours ?? []);
  const hours = Array.from(hourly, (_, h) => String(h).padStart(2, '0'));
  return {
    ...baseOption(theme),
    xAxis: {
      ...categoryAxis(theme, hours, { interval: 'auto' }),
      name: 'hour',
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: valueAxis(theme, 'Mbps'),
    tooltip: itemTooltip(theme, (p) => {
      const rank = peaks.indexOf(p.dataIndex);
      return {
        title: `hour ${hours[p.dataIndex]}`,
        rows: [
          {
            marker: p.marker as string,
            label: 'Mean bandwidth',
            value: formatValue(hourly[p.dataIndex], 'Mbps'),
          },
          ...(rank >= 0 ? [{ label: 'Peak hour', value: `#${rank + 1}` }] : []),
        ],
      };
    }),
    series: [
      {
        type: 'bar',
        id: 'hourly',
        name: 'Mean bandwidth',
        data: Array.from(hourly, (mbps, h) => ({
          value: Number.isFinite(mbps) ? mbps : null,
          itemStyle: { color: peaks.includes(h) ? theme.warning : theme.accent },
        })),
      },
    ],
  } satisfies EChartsOption;
}
