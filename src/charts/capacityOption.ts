import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { CapacityView } from '../analysis/views/capacityView';
import { axisTooltip } from './axisTooltip';
import { bandSeries } from './bandSeries';
import { baseOption } from './baseOption';
import { formatCount, formatValue } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markLines, type MarkLineSpec } from './markLines';
import type { ChartTheme } from './theme';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/**
 * The Capacity chart on a day axis: the history (on view.historyDays) with its fitted trend dashed, the
 * projection over plan.futureDays inside its shaded prediction interval, a solid line at the
 * capacity, a dashed one at the required capacity and, when the projection crosses the capacity
 * within the horizon, a vertical line at that first day. The y range always shows both capacities;
 * the capacity label sits at the left end so it does not collide with the required one at the right.
 */
export function capacityOption(view: CapacityView, theme: ChartTheme): EChartsCoreOption {
  const { plan, unit, capacity } = view;
  const days = view.historyDays;
  const over = plan.firstDayOverCapacity;
  const lines: MarkLineSpec[] = [
    {
      axis: 'y',
      value: capacity,
      label: `capacity ${formatValue(capacity, unit)}`,
      color: theme.danger,
      labelPosition: 'insideStartTop',
    },
    {
      axis: 'y',
      value: plan.requiredCapacity,
      label: `required ${formatValue(plan.requiredCapacity, unit)}`,
      color: theme.warning,
      dashed: true,
    },
  ];
  if (over !== null) {
    const day = plan.futureDays[over];
    lines.push({
      axis: 'x',
      value: day,
      label: `over capacity: day ${formatCount(day)}`,
      color: theme.danger,
      dashed: true,
    });
  }
  return {
    ...baseOption(theme, [
      view.name,
      'Trend',
      'Projection',
      { name: 'Prediction interval', icon: 'roundRect' },
    ]),
    xAxis: xAxisFor('index', theme, 'day'),
    yAxis: valueAxis(theme, unit, [capacity, plan.requiredCapacity]),
    tooltip: axisTooltip(theme, formatX('index', 'day'), unit),
    series: [
      lineSeries({
        id: 'history',
        name: view.name,
        x: days,
        y: view.history,
        color: theme.accent,
        width: 1.5,
      }),
      lineSeries({
        id: 'trend',
        name: 'Trend',
        x: days,
        y: plan.fitted,
        color: theme.muted,
        width: 1,
        dashed: true,
      }),
      ...bandSeries({
        id: 'interval',
        name: 'Prediction interval',
        x: plan.futureDays,
        lower: plan.lower,
        upper: plan.upper,
        color: theme.band,
      }),
      {
        ...lineSeries({
          id: 'projection',
          name: 'Projection',
          x: plan.futureDays,
          y: plan.projected,
          color: theme.series[1],
          width: 1.5,
        }),
        markLine: markLines(lines, theme),
      },
    ],
  } satisfies EChartsOption;
}
