import type { EChartsOption, LineSeriesOption, XAXisComponentOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { ForecastMethod } from '../analysis/forecast/Forecast';
import type { CapacityView } from '../analysis/views/capacityView';
import { axisTooltip } from './axisTooltip';
import { bandSeries } from './bandSeries';
import { baseOption } from './baseOption';
import { formatCount, formatNumber, formatValue, MISSING } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markLines, type MarkLineSpec } from './markLines';
import type { ChartTheme } from './theme';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/** Milliseconds in a UTC day (analysis/resampleDaily's DAY_MS; charts know analysis types only). */
const DAY_MS = 86_400_000;

/** How the Capacity panel and its chart name each forecasting method. */
export const FORECAST_METHOD_NAMES = {
  linear: 'Linear',
  holtWinters: 'Holt-Winters',
  seasonalNaive: 'Seasonal naive',
} as const satisfies Record<ForecastMethod, string>;

/** Epoch ms as its UTC date 'YYYY-MM-DD'; NaN and ±Infinity -> '–'. */
function utcDate(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : MISSING;
}

/** Where day `day` of `view` sits on the x axis: its 00:00 UTC in epoch ms, or the day number. */
function dayX(view: CapacityView): (day: number) => number {
  const zero = view.dayZeroMs;
  return zero === null ? (day) => day : (day) => zero + day * DAY_MS;
}

/**
 * How the Capacity panel names day `day` of `view`: its UTC date when the days are calendar days
 * (view.dayZeroMs set), else 'day N'.
 * @example capacityDayLabel({ ...view, dayZeroMs: Date.UTC(2024, 2, 4) }, 9) // '2024-03-13'
 */
export function capacityDayLabel(view: CapacityView, day: number): string {
  return view.dayZeroMs === null ? `day ${formatCount(day)}` : utcDate(dayX(view)(day));
}

/**
 * The x axis: calendar days on a time axis labelled with UTC dates (the days are UTC days, so they
 * are named in UTC whatever the display time zone; ticks no closer than a day), else day numbers.
 */
function dayAxis(view: CapacityView, theme: ChartTheme): XAXisComponentOption {
  if (view.dayZeroMs === null) return xAxisFor('index', theme, 'day');
  const axis = xAxisFor('time', theme);
  return {
    ...axis,
    name: 'date (UTC)',
    nameLocation: 'middle',
    nameGap: 24,
    minInterval: DAY_MS,
    axisLabel: { ...axis.axisLabel, formatter: '{yyyy}-{MM}-{dd}' },
  };
}

/**
 * The Capacity chart on a day axis: the history (on view.historyDays), with the linear plan's
 * fitted trend dashed when the method is linear, the chosen method's forecast (named by the
 * method) on forecast.futureDays inside its shaded prediction interval, a solid line at the
 * capacity, a dashed one at the required capacity and, when the forecast crosses the capacity
 * within the horizon, a vertical line at the expected first day over. The y range always shows
 * both capacities; the capacity label sits at the left end so it does not collide with the
 * required one at the right. Days are UTC dates when view.dayZeroMs is set (the series was
 * resampled to calendar days), else 'day N'. Without a forecast (too little history) only the
 * history and the capacity are drawn.
 */
export function capacityOption(view: CapacityView, theme: ChartTheme): EChartsCoreOption {
  const { plan, forecast, unit, capacity } = view;
  const x = dayX(view);
  const days = Float64Array.from(view.historyDays, x);
  const calendar = view.dayZeroMs !== null;
  const lines: MarkLineSpec[] = [
    {
      axis: 'y',
      value: capacity,
      label: `capacity ${formatValue(capacity, unit)}`,
      color: theme.danger,
      labelPosition: 'insideStartTop',
    },
  ];
  const history: LineSeriesOption = lineSeries({
    id: 'history',
    name: view.name,
    x: days,
    y: view.history,
    color: theme.accent,
    width: 1.5,
  });
  const base = {
    // The days are UTC days: a time axis must label them in UTC even when times elsewhere are local.
    ...(calendar && { useUTC: true }),
    xAxis: dayAxis(view, theme),
    tooltip: axisTooltip(theme, calendar ? utcDate : formatX('index', theme, 'day'), unit),
  };
  if ('reason' in forecast) {
    return {
      ...baseOption(theme, [view.name]),
      ...base,
      yAxis: valueAxis(theme, unit, [capacity]),
      series: [{ ...history, markLine: markLines(lines, theme) }],
    } satisfies EChartsOption;
  }
  lines.push({
    axis: 'y',
    value: forecast.requiredCapacity,
    label: `required ${formatValue(forecast.requiredCapacity, unit)}`,
    color: theme.warning,
    dashed: true,
  });
  const expected = forecast.overCapacity.expected;
  if (expected !== null) {
    const day = forecast.futureDays[expected - 1];
    lines.push({
      axis: 'x',
      value: x(day),
      label: `over capacity: ${capacityDayLabel(view, day)}`,
      color: theme.danger,
      dashed: true,
    });
  }
  const futureDays = Float64Array.from(forecast.futureDays, x);
  const forecastName = `${FORECAST_METHOD_NAMES[forecast.method]} forecast`;
  const intervalName = `${formatNumber(forecast.confidence * 100)} % prediction interval`;
  const trend =
    plan &&
    lineSeries({
      id: 'trend',
      name: 'Trend',
      x: days,
      y: plan.fitted,
      color: theme.muted,
      width: 1,
      dashed: true,
    });
  return {
    ...baseOption(theme, [
      view.name,
      ...(trend ? ['Trend'] : []),
      forecastName,
      { name: intervalName, icon: 'roundRect' },
    ]),
    ...base,
    yAxis: valueAxis(theme, unit, [capacity, forecast.requiredCapacity]),
    series: [
      history,
      ...(trend ? [trend] : []),
      ...bandSeries({
        id: 'interval',
        name: intervalName,
        x: futureDays,
        lower: forecast.lower,
        upper: forecast.upper,
        color: theme.band,
      }),
      {
        ...lineSeries({
          id: 'projection',
          name: forecastName,
          x: futureDays,
          y: forecast.mean,
          color: theme.series[1],
          width: 1.5,
        }),
        markLine: markLines(lines, theme),
      },
    ],
  } satisfies EChartsOption;
}
